#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is bundled into dist-cli/ by `npm install` (the `prepare` script) or `npm run build`.
let cli;
try {
  cli = require("../dist-cli/caitien.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write("caitien: the CLI is not built yet. Run `npm install` (or `npm run build`) in the project folder.\n");
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`caitien: unexpected error: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  },
);
