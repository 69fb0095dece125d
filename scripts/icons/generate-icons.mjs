// Renders the add-in icons (assets/icon-*.png) from their SVG sources.
// The PNGs are committed, so this only needs to run after an SVG changes:
//   node scripts/icons/generate-icons.mjs
// Needs rsvg-convert (Debian/Ubuntu: apt-get install -y librsvg2-bin).
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../assets");

// 16 px has its own drawing: the full mark turns to mush at that size.
// 32 = ribbon and IconUrl, 64 = HighResolutionIconUrl, 80 = ribbon on high-DPI screens.
const renders = [
  { source: "icon-16.svg", size: 16 },
  { source: "icon.svg", size: 32 },
  { source: "icon.svg", size: 64 },
  { source: "icon.svg", size: 80 },
];

function ensureRsvg() {
  try {
    execFileSync("rsvg-convert", ["--version"], { stdio: "ignore" });
  } catch {
    console.error("rsvg-convert was not found. Install it (apt-get install -y librsvg2-bin) and run again.");
    process.exit(1);
  }
}

ensureRsvg();
for (const { source, size } of renders) {
  const output = path.join(assets, `icon-${size}.png`);
  execFileSync("rsvg-convert", ["-w", String(size), "-h", String(size), "-o", output, path.join(assets, source)]);
  console.log(`${path.relative(process.cwd(), output)}  ${size}×${size}  ${statSync(output).size} bytes`);
}
