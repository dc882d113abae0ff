/**
 * Writes the offline page: the task pane's template with its one script inline in place of the office.js
 * loader, the script asset removed. Runs after minification, so what is inlined is what would be served.
 */
const { readFileSync } = require("fs");
const { Compilation, sources } = require("webpack");

/** A script's text made safe inside <script>…</script>: no closing tag, no comment opener in it. */
const inlineSafe = (js) => js.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--");

function offlinePage({ script, page, template }) {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap("OfflinePage", (compilation) => {
        compilation.hooks.processAssets.tap(
          { name: "OfflinePage", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
          () => {
            const js = compilation.getAsset(script).source.source().toString();
            const html = readFileSync(template, "utf8");
            const loader = /<!--\s*The add-in's one page[\s\S]*?<\/script>/;
            if (!loader.test(html))
              throw new Error(`${template}: the office.js loader was not found`);
            const out = html.replace(loader, () => `<script>${inlineSafe(js)}</script>`);
            compilation.emitAsset(page, new sources.RawSource(out));
            compilation.deleteAsset(script);
          }
        );
      });
    },
  };
}

module.exports = { offlinePage };
