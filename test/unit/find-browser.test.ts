import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findBrowser, installedBrowserPaths, NO_BROWSER_MESSAGE } from "../browser/find-browser";

describe("the browser the browser tests drive", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "caitien-browser-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("takes CHROMIUM_PATH first when it names an executable", async () => {
    const exe = path.join(dir, "chrome");
    fs.writeFileSync(exe, "#!/bin/sh\n", { mode: 0o755 });
    await expect(findBrowser({ CHROMIUM_PATH: exe })).resolves.toEqual({ executablePath: exe, source: "CHROMIUM_PATH", env: {} });
  });

  it("says what to do when CHROMIUM_PATH names nothing runnable", async () => {
    const missing = path.join(dir, "no-such-chrome");
    await expect(findBrowser({ CHROMIUM_PATH: missing })).rejects.toThrow(`CHROMIUM_PATH is set to "${missing}"`);
    await expect(findBrowser({ CHROMIUM_PATH: dir })).rejects.toThrow(NO_BROWSER_MESSAGE);
  });

  it("looks for Chrome and Edge where their installers put them on each system", () => {
    const windows = installedBrowserPaths({ PROGRAMFILES: "C:\\Program Files", LOCALAPPDATA: "C:\\Users\\a\\AppData\\Local" }, "win32");
    expect(windows).toContain("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe");
    expect(windows).toContain("C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe");
    expect(windows).toContain("C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe");
    expect(installedBrowserPaths({}, "darwin")).toContain("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
    const linux = installedBrowserPaths({}, "linux");
    // A distribution's Chromium is the last resort, after Chrome and Edge.
    expect(linux.indexOf("/usr/bin/google-chrome-stable")).toBeLessThan(linux.indexOf("/usr/bin/chromium"));
    expect(linux.indexOf("/opt/microsoft/msedge/msedge")).toBeLessThan(linux.indexOf("/usr/bin/chromium"));
  });

  it("prefers the Chromium an npm dependency ships over the system's", async () => {
    const found = await findBrowser({});
    expect(found.source).toMatch(/^npm package @sparticuz\/chromium /);
    expect(fs.statSync(found.executablePath).isFile()).toBe(true);
  }, 60_000); // a fresh clone unpacks the browser here first
});
