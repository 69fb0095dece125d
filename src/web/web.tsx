/**
 * Cải Tiến trên web (web.html): the same checks as the add-in and the CLI, in any current browser, with nothing
 * uploaded. A service worker keeps the page for offline use after the first visit.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";

const root = document.getElementById("root");
if (!root) throw new Error("web.html has no #root");
createRoot(root).render(
  <FluentProvider theme={webLightTheme} lang="vi">
    <App />
  </FluentProvider>,
);

// Development builds change on every save: only the deployed page is kept for offline use.
if ("serviceWorker" in navigator && process.env.NODE_ENV === "production") {
  navigator.serviceWorker.register("sw-web.js").catch((error: unknown) => console.warn("Service worker not registered:", error));
}
