const fs = require("node:fs");
const path = require("node:path");
const { startStaticServer } = require("../support/static-server.js");
const { findBrowser } = require("./find-browser");

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, "../..");
  for (const required of ["dist/taskpane.html", "dist/preview.html", "dist-test/office-stand-in.js"]) {
    if (!fs.existsSync(path.join(root, required))) {
      throw new Error(`Browser tests need the production build (${required} is missing): run "npm run build" first.`);
    }
  }
  // Found (and, for the npm-packaged browser, unpacked) once here, before the workers start.
  const browser = await findBrowser();
  console.log(`\nBrowser tests use ${browser.executablePath} (${browser.source}).`);
  const server = await startStaticServer([path.join(root, "dist"), path.join(root, "dist-test")]);
  globalThis.__caitienServer = server;
  process.env.CAITIEN_TEST_URL = server.url;
};
