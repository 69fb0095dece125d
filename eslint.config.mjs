import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// Only src/word talks to Office.js; everything else gets plain data through it (DESIGN.md).
const officeGlobalsBanned = {
  "no-restricted-globals": [
    "error",
    { name: "Office", message: "Only src/word/ may use Office.js." },
    { name: "Word", message: "Only src/word/ may use Office.js." },
  ],
};

export default tseslint.config(
  { ignores: ["dist/**", "dist-*/**", "node_modules/**", "test-results/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.name='eval']", message: "No eval." },
        { selector: "MemberExpression[property.name='innerHTML']", message: "No innerHTML: build DOM nodes instead." },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/word/**", "src/fake-office/**"],
    rules: officeGlobalsBanned,
  },
  {
    files: ["src/core/**/*.ts", "src/ooxml/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["node:*", "fs", "path", "react", "react-dom", "@fluentui/*"], message: "src/core and src/ooxml are pure: no Node, DOM or UI imports." }] },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
