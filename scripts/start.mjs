// `npm start`: serves the add-in on https://localhost:3000 with Office's dev certificates, then either tells how to
// sideload it into Word or, where no Word is installed, opens the browser preview on a sample plan.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const configs = require("../webpack.config.js");

const URL_BASE = "https://localhost:3000";
const PREVIEW_URL = `${URL_BASE}/preview.html`;
const WEB_URL = `${URL_BASE}/web.html`;

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    // Generates localhost certificates and asks the OS to trust their CA (Office requires a trusted HTTPS add-in).
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    // Without admin rights the CA cannot be trusted automatically, but the certificates exist: serve with them, and
    // the user can trust ca.crt by hand (or accept the browser's warning once for the preview).
    const files = ["localhost.crt", "localhost.key", "ca.crt"].map((name) => path.join(CERT_DIR, name));
    const firstLine = String(error.message).split("\n")[0];
    if (files.every((file) => fs.existsSync(file))) {
      console.warn(`Chưa cài được chứng chỉ gốc vào hệ điều hành (${firstLine}). Tin cậy tệp ${files[2]} nếu Word báo lỗi chứng chỉ.`);
      const [cert, key, ca] = files.map((file) => fs.readFileSync(file));
      return { cert, key, ca };
    }
    console.warn(`Không tạo được chứng chỉ phát triển của Office (${firstLine}); dùng chứng chỉ tự ký.`);
    return undefined;
  }
}

function wordInstalled() {
  if (process.platform === "darwin") return fs.existsSync("/Applications/Microsoft Word.app");
  if (process.platform === "win32") {
    const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    return roots.some((root) =>
      ["root/Office16", "Office16", "root/Office15"].some((dir) => fs.existsSync(path.join(root, "Microsoft Office", dir, "WINWORD.EXE"))),
    );
  }
  return false;
}

function openInBrowser(url) {
  if (process.env.CI) return;
  const command = process.platform === "darwin" ? "open" : process.platform === "win32" ? "cmd" : "xdg-open";
  const args = process.platform === "win32" ? ["/c", "start", "", url] : [url];
  try {
    spawn(command, args, { stdio: "ignore", detached: true }).on("error", () => {}).unref();
  } catch {
    // No desktop browser (a server, a container): the URL printed below is enough.
  }
}

const config = { ...configs[0]({}, { mode: "development" }), stats: "errors-warnings" };
const https = await httpsOptions();
const server = new WebpackDevServer(
  { ...config.devServer, server: https ? { type: "https", options: https } : "https" },
  webpack({ ...config, mode: "development" }),
);
try {
  await server.start();
} catch (error) {
  if (error.code === "EADDRINUSE") {
    console.error("Cổng 3000 đang được một chương trình khác dùng (có thể là một lần `npm start` trước). Hãy dừng nó rồi chạy lại.");
    process.exit(1);
  }
  throw error;
}

const hasWord = wordInstalled();
console.log(`
Cải Tiến đang chạy tại ${URL_BASE}
  Ngăn tác vụ:  ${URL_BASE}/taskpane.html
  Manifest:     ${path.resolve("manifest.xml")}
  Xem thử:      ${PREVIEW_URL}  (không cần Word: ngăn tác vụ bên cạnh tài liệu mẫu)
  Trên web:     ${WEB_URL}  (kiểm tra hàng loạt cho phòng GD&ĐT, kiểm tra và lập kế hoạch không cần Word)
${
  hasWord
    ? "Đã thấy Word trên máy: nạp manifest.xml vào Word (xem README, mục “Nạp add-in vào Word”)."
    : `Không thấy Word trên máy (${os.platform()}): mở trang xem thử. Có thể dùng Word trên web với manifest.xml (xem README).`
}
Nhấn Ctrl+C để dừng.`);
if (!hasWord) openInBrowser(PREVIEW_URL);
// The web page needs no Word at all (district offices, older Office): it opens in every case.
openInBrowser(WEB_URL);
