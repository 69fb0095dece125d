/// <reference lib="webworker" />
/**
 * The web page's service worker: after the first visit the page, its scripts and the batch worker are served from
 * this cache, so the page works with no network at all. It answers only for the files in its list (the build writes
 * the list in, see scripts/web-precache-plugin.js) and lets every other request through untouched, so the add-in's
 * own pages on the same site are never served from here. Its scope is the whole site, not just web.html: a worker's
 * script is fetched through the worker registered for the worker's own URL (chunks/…), and the batch worker must
 * load offline too.
 */
declare const self: ServiceWorkerGlobalScope;
export {};

const FILES: string[] = JSON.parse("__CAITIEN_PRECACHE__") as string[];

/** A short hash of the list: a new build gets a new cache, and the old one is dropped when it takes over. */
function listHash(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = (hash * 33) ^ text.charCodeAt(i);
  return (hash >>> 0).toString(36);
}

const CACHE_PREFIX = "caitien-web-";
const CACHE = `${CACHE_PREFIX}${listHash(FILES.join("\n"))}`;
const URLS = new Set(FILES.map((file) => new URL(file, self.location.href).href));
const PAGE = new URL("web.html", self.location.href).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll([...URLS]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.search = "";
  url.hash = "";
  // web.html?… and a navigation to web/ both open the page.
  const key = request.mode === "navigate" && /\/web(\.html)?\/?$/.test(url.pathname) ? PAGE : url.href;
  if (!URLS.has(key)) return;
  event.respondWith(
    (async () => {
      const cached = await caches.match(key, { cacheName: CACHE });
      return cached ?? fetch(request);
    })(),
  );
});
