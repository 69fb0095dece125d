// Two projects: fast unit/integration tests, and browser tests that need the production build in dist/.
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

const globals = { __APP_VERSION__: require("./package.json").version };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      globals,
      roots: ["<rootDir>/test"],
      testMatch: ["<rootDir>/test/{unit,integration}/**/*.test.{ts,tsx}"],
      // Integration tests drive whole samples through the fake host: seconds each on a shared, loaded 2-core machine.
      testTimeout: 60_000,
      transform: { "^.+\\.[cm]?[jt]sx?$": swc },
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      globals,
      roots: ["<rootDir>/test"],
      testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
      transform: { "^.+\\.[cm]?[jt]sx?$": swc },
      globalSetup: "<rootDir>/test/browser/global-setup.js",
      globalTeardown: "<rootDir>/test/browser/global-teardown.js",
      setupFilesAfterEnv: ["<rootDir>/test/browser/jest-setup.ts"],
    },
  ],
};
