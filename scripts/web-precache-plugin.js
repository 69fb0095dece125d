// Gives the web page's service worker the list of files to keep for offline use: the page, every script its entry
// can load (lazy chunks and the batch worker included, so exporting works offline too) and a few static files.
// The list is written into the worker's own script, so a new build changes its bytes and browsers update it.
const { Compilation, sources } = require("webpack");

const PLACEHOLDER = '"__CAITIEN_PRECACHE__"';

class WebPrecachePlugin {
  constructor({ entry, page, worker, extra = [] }) {
    this.options = { entry, page, worker, extra };
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WebPrecachePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "WebPrecachePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const { entry, page, worker, extra } = this.options;
        const files = new Set([page, ...extra]);
        const start = compilation.entrypoints.get(entry);
        const seen = new Set();
        const groups = start ? [start] : [];
        while (groups.length) {
          const group = groups.pop();
          if (seen.has(group)) continue;
          seen.add(group);
          for (const chunk of group.chunks) for (const file of chunk.files) if (!file.endsWith(".map")) files.add(file);
          groups.push(...group.childrenIterable, ...group.asyncEntrypointsIterable);
        }
        const script = compilation.getAsset(worker);
        if (!script) return;
        const source = script.source.source().toString();
        if (!source.includes(PLACEHOLDER)) {
          compilation.errors.push(new Error(`WebPrecachePlugin: ${worker} has no ${PLACEHOLDER} to replace`));
          return;
        }
        const list = JSON.stringify(JSON.stringify([...files].sort()));
        compilation.updateAsset(worker, new sources.RawSource(source.replace(PLACEHOLDER, list)));
      });
    });
  }
}

module.exports = { WebPrecachePlugin };
