import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { extract } from "tar-fs";

const ROOT = path.resolve(__dirname, "../..");
/** The npm package (a devDependency) that ships a headless Chromium for Linux x64 inside its tarball, brotli-compressed. */
const PACKAGED = path.join(ROOT, "node_modules/@sparticuz/chromium");

export interface FoundBrowser {
  executablePath: string;
  /** Where it came from, for messages: "CHROMIUM_PATH", "npm package @sparticuz/chromium 147.0.0", "installed". */
  source: string;
  /** Extra environment the browser needs (the packaged one brings its own NSS libraries and font configuration). */
  env: Record<string, string>;
}

export const NO_BROWSER_MESSAGE = [
  "No Chromium-family browser found for the browser tests. Do one of these:",
  "  - on Linux x64: run `npm install` in the project (it brings @sparticuz/chromium, a headless Chromium inside an npm package);",
  "  - install Google Chrome or Microsoft Edge in its standard place;",
  "  - or point CHROMIUM_PATH at a Chrome, Edge or Chromium executable: CHROMIUM_PATH=/path/to/chrome npm test",
].join("\n");

/**
 * The browser the tests drive: CHROMIUM_PATH, else the one the npm dependencies bring (so a fresh clone needs no
 * system package), else an installed Chrome or Edge, else a distribution's Chromium.
 */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<FoundBrowser> {
  const requested = env.CHROMIUM_PATH;
  if (requested) {
    if (!isExecutableFile(requested)) {
      throw new Error(`CHROMIUM_PATH is set to "${requested}", which is not an executable file.\n${NO_BROWSER_MESSAGE}`);
    }
    return { executablePath: requested, source: "CHROMIUM_PATH", env: {} };
  }
  const packaged = await packagedChromium();
  if (packaged) return packaged;
  const installed = installedBrowserPaths(env).find(isExecutableFile);
  if (installed) return { executablePath: installed, source: "installed", env: {} };
  throw new Error(NO_BROWSER_MESSAGE);
}

/** Standard install places of Chrome, Edge and Chromium on Windows, macOS and Linux, most specific first. */
export function installedBrowserPaths(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string[] {
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return roots.flatMap((root) => [
      path.win32.join(root, "Google", "Chrome", "Application", "chrome.exe"),
      path.win32.join(root, "Microsoft", "Edge", "Application", "msedge.exe"),
    ]);
  }
  if (platform === "darwin") {
    return [
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
    ];
  }
  return [
    "/opt/google/chrome/chrome",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/google-chrome",
    "/opt/microsoft/msedge/msedge",
    "/usr/bin/microsoft-edge-stable",
    "/usr/bin/microsoft-edge",
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/snap/bin/chromium",
  ];
}

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, process.platform === "win32" ? fs.constants.F_OK : fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The packaged Chromium, unpacked once per package version into node_modules/.cache. It is a Linux x64 build linked
 * only against glibc plus the NSS/NSPR/expat libraries the package carries (al2023.tar.br), so a bare Linux machine
 * runs it; fonts come from the system's fontconfig when it has one, and Open Sans from the package otherwise.
 */
async function packagedChromium(): Promise<FoundBrowser | undefined> {
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  const bin = path.join(PACKAGED, "bin");
  if (!fs.existsSync(path.join(bin, "chromium.br"))) return undefined;
  const version = (JSON.parse(fs.readFileSync(path.join(PACKAGED, "package.json"), "utf8")) as { version: string }).version;
  const dir = path.join(ROOT, "node_modules/.cache/caitien-chromium", version);
  if (!fs.existsSync(path.join(dir, "chromium"))) await unpack(bin, dir);
  return {
    executablePath: path.join(dir, "chromium"),
    source: `npm package @sparticuz/chromium ${version}`,
    env: {
      LD_LIBRARY_PATH: [path.join(dir, "al2023/lib"), process.env.LD_LIBRARY_PATH].filter(Boolean).join(":"),
      FONTCONFIG_PATH: dir,
    },
  };
}

/** Unpacks into a private folder, then renames it into place, so parallel jest workers never see half a browser. */
async function unpack(bin: string, dir: string): Promise<void> {
  const staging = `${dir}.${process.pid}.${Date.now()}`;
  fs.mkdirSync(staging, { recursive: true });
  try {
    await pipeline(
      fs.createReadStream(path.join(bin, "chromium.br")),
      zlib.createBrotliDecompress(),
      fs.createWriteStream(path.join(staging, "chromium"), { mode: 0o755 }),
    );
    for (const archive of ["al2023", "fonts"]) {
      await pipeline(
        fs.createReadStream(path.join(bin, `${archive}.tar.br`)),
        zlib.createBrotliDecompress(),
        extract(path.join(staging, archive)),
      );
    }
    // The package's own fonts.conf names Lambda's folders; this one keeps the system's fonts and adds Open Sans.
    const fontsConf = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      "<fontconfig>",
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      `  <dir>${path.join(dir, "fonts/fonts")}</dir>`,
      `  <cachedir>${path.join(dir, "fontconfig-cache")}</cachedir>`,
      "</fontconfig>",
      "",
    ].join("\n");
    fs.writeFileSync(path.join(staging, "fonts.conf"), fontsConf);
    try {
      fs.renameSync(staging, dir);
    } catch (error) {
      // Another worker finished first: its copy is as good as ours.
      if (!fs.existsSync(path.join(dir, "chromium"))) throw error;
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
