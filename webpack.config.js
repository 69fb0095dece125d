// Three builds:
//  - "taskpane": the add-in (taskpane.html, commands.html), the preview page and the manifest, into dist/;
//  - "cli": the command-line tool, one Node bundle in dist-cli/ (built on `npm install` by `prepare`; kept out of
//    dist/, which is what gets deployed);
//  - "office-stand-in": test-only script that replaces office.js in browser tests, into dist-test/ (never deployed);
//  - "bench": the benchmark harness, into dist-bench/ (`npm run bench`).
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const webpack = require("webpack");
const pkg = require("./package.json");

const { DEV_BASE_URL, manifestForBase } = require("./scripts/manifest-base-url.js");
const { WebPrecachePlugin } = require("./scripts/web-precache-plugin.js");
const { CONTENT_SECURITY_POLICY } = require("./scripts/content-security-policy.js");

const swcRule = {
  test: /\.[cm]?tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "swc-loader",
    options: {
      jsc: {
        parser: { syntax: "typescript", tsx: true },
        transform: { react: { runtime: "automatic" } },
        target: "es2020",
      },
    },
  },
};

const taskpane = (env, argv) => {
  const production = argv.mode === "production";
  const baseUrl = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  return {
    name: "taskpane",
    target: "web",
    // Not an eval-based source map in development: the pages' policy allows no eval (scripts/content-security-policy.js).
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/preview.tsx",
      web: "./src/web/web.tsx",
      // The web page's service worker keeps a fixed name: the browser checks that URL for updates.
      "sw-web": { import: "./src/web/sw.ts", filename: "sw-web.js" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "chunks/[id].[contenthash:8].js",
      assetModuleFilename: "assets/[name].[contenthash:8][ext]",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [swcRule, { test: /\.docx$/, type: "asset/resource" }],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __APP_VERSION__: JSON.stringify(pkg.version) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        csp: CONTENT_SECURITY_POLICY,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        csp: CONTENT_SECURITY_POLICY,
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        csp: CONTENT_SECURITY_POLICY,
      }),
      new HtmlWebpackPlugin({
        filename: "web.html",
        template: "./src/web/web.html",
        chunks: ["web"],
        csp: CONTENT_SECURITY_POLICY,
      }),
      new WebPrecachePlugin({ entry: "web", page: "web.html", worker: "sw-web.js", extra: ["document.css", "assets/icon-32.png", "assets/icon-64.png"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/preview/document.css", to: "document.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? manifestForBase(content, baseUrl) : content),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*", "Content-Security-Policy": CONTENT_SECURITY_POLICY },
      static: false,
      open: false,
      client: { overlay: { warnings: false } },
    },
  };
};

const cli = (env, argv) => ({
  name: "cli",
  target: "node20",
  devtool: false,
  entry: { caitien: "./src/cli/main.ts" },
  output: {
    path: path.resolve(__dirname, "dist-cli"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: { rules: [swcRule] },
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [new webpack.DefinePlugin({ __APP_VERSION__: JSON.stringify(pkg.version) })],
  mode: argv.mode || "production",
});

const officeStandIn = () => ({
  name: "office-stand-in",
  target: "web",
  devtool: false,
  entry: { "office-stand-in": "./test/browser/office-stand-in.ts" },
  output: { path: path.resolve(__dirname, "dist-test"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: { rules: [swcRule, { test: /\.docx$/, type: "asset/inline" }] },
  performance: { hints: false },
});

// Benchmarks run from a Node bundle of bench/run.ts; packages stay external (playwright, mammoth are loaded as is).
const bench = () => ({
  name: "bench",
  target: "node20",
  devtool: false,
  entry: { bench: "./bench/run.ts" },
  // Keep __dirname relative to the project (the bench runs from the project folder), not to dist-bench/.
  node: { __dirname: true },
  output: { path: path.resolve(__dirname, "dist-bench"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  externals: [
    ({ request }, callback) =>
      /^[a-z@]/i.test(request) && !request.startsWith("node:") ? callback(null, `commonjs ${request}`) : callback(),
  ],
  module: { rules: [swcRule, { test: /\.docx$/, type: "asset/inline" }] },
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [new webpack.DefinePlugin({ __APP_VERSION__: JSON.stringify(pkg.version) })],
});

module.exports = [taskpane, cli, officeStandIn, bench];
