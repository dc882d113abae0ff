/**
 * Emits the custom functions' metadata, functions.json (Chinese, the default) and functions.<locale>.json,
 * from the same definitions the bundle registers (src/functions/metadata.ts), so ids, parameters and
 * their order cannot drift from the code. An indicator's arguments are stated once.
 */
const path = require("path");
const { sources, WebpackError } = require("webpack");
const { requireSource, SRC } = require("./require-ts");

class FunctionsMetadataPlugin {
  constructor({ locales = { "zh-CN": "functions.json", "en-US": "functions.en-US.json" } } = {}) {
    this.locales = locales;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "FunctionsMetadataPlugin",
          stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          compilation.contextDependencies.add(SRC);
          try {
            const { functionsMetadata } = requireSource(path.join(SRC, "functions", "metadata.ts"));
            for (const [locale, file] of Object.entries(this.locales))
              compilation.emitAsset(
                file,
                new sources.RawSource(JSON.stringify(functionsMetadata(locale), null, 2))
              );
          } catch (e) {
            compilation.errors.push(new WebpackError(`functions metadata: ${e.stack || e}`));
          }
        }
      );
    });
  }
}

module.exports = FunctionsMetadataPlugin;
