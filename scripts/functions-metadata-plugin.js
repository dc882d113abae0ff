/**
 * Completes the functions.json that custom-functions-metadata-plugin generates from the (Chinese) JSDoc:
 *  - top-level settings the JSDoc cannot express: `allowErrorForDataTypeAny`, so a range holding one error
 *    value still reaches the function (Excel otherwise returns the error without calling it, and every
 *    PERF.SCORE over the data block would show it);
 *  - functions.<locale>.json beside it: same ids, names and parameters, descriptions from a translation
 *    file. A function or parameter without a translation fails the build, so the two cannot drift apart.
 */
const fs = require("fs");
const { sources, WebpackError, Compilation } = require("webpack");

class FunctionsMetadataPlugin {
  constructor({ source = "functions.json", locale, translations, settings = {} }) {
    Object.assign(this, { source, locale, translations, settings });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "FunctionsMetadataPlugin",
          stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const asset = compilation.getAsset(this.source);
          if (!asset) return;
          compilation.fileDependencies.add(this.translations);
          const metadata = {
            ...JSON.parse(asset.source.source().toString()),
            ...this.settings,
          };
          compilation.updateAsset(
            this.source,
            new sources.RawSource(JSON.stringify(metadata, null, 2))
          );

          const table = JSON.parse(fs.readFileSync(this.translations, "utf8"));
          const localized = JSON.parse(JSON.stringify(metadata));
          const problems = [];
          for (const fn of localized.functions) {
            const t = table[fn.id];
            if (!t) {
              problems.push(`${fn.id}: no ${this.locale} description`);
              continue;
            }
            fn.description = t.description;
            for (const p of fn.parameters) {
              if (!t.parameters || !t.parameters[p.name])
                problems.push(`${fn.id}(${p.name}): no ${this.locale} description`);
              else p.description = t.parameters[p.name];
            }
          }
          for (const id of Object.keys(table)) {
            if (!localized.functions.some((f) => f.id === id))
              problems.push(`${id}: translated but not a function`);
          }
          if (problems.length)
            compilation.errors.push(
              new WebpackError(`${this.translations}: ${problems.join("; ")}`)
            );
          const name = this.source.replace(/\.json$/, `.${this.locale}.json`);
          compilation.emitAsset(name, new sources.RawSource(JSON.stringify(localized, null, 2)));
        }
      );
    });
  }
}

module.exports = FunctionsMetadataPlugin;
