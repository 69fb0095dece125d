/**
 * Served in place of Microsoft's office.js in browser tests: installs the fake Word host on a blank document
 * before the task pane's own script runs. Query parameters of the page choose the host's traits:
 * `theme=dark`, `wordapi=1.4`, `platform=PC|Mac|OfficeOnline`.
 */
import { FakeWordDocument } from "../../src/fake-office/fake-document";
import { createFakeHost, installFakeHost } from "../../src/fake-office/fake-office";

const params = new URLSearchParams(window.location.search);
const host = createFakeHost({
  document: FakeWordDocument.blank(),
  theme: params.get("theme") === "dark" ? "dark" : "light",
  supportedWordApi: params.get("wordapi") ?? "1.3",
  platform: (params.get("platform") as "PC" | "Mac" | "OfficeOnline" | null) ?? "OfficeOnline",
});
installFakeHost(globalThis, host);
(window as unknown as { __caitienHost: typeof host }).__caitienHost = host;
