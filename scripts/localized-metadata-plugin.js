/**
 * Writes functions.<locale>.json beside the functions.json that custom-functions-metadata-plugin generates
 * from the (Chinese) JSDoc: same ids, names and parameters, descriptions from a translation file. A function
 * or parameter without a translation fails the build, so the two files cannot drift apart.
 */
const fs = require('fs');
const { sources, WebpackError, Compilation } = require('webpack');

class LocalizedMetadataPlugin {
  constructor({ source = 'functions.json', locale, translations }) {
    Object.assign(this, { source, locale, translations });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LocalizedMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'LocalizedMetadataPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.source);
        if (!asset) return;
        compilation.fileDependencies.add(this.translations);
        const table = JSON.parse(fs.readFileSync(this.translations, 'utf8'));
        const metadata = JSON.parse(asset.source.source().toString());
        const problems = [];
        for (const fn of metadata.functions) {
          const t = table[fn.id];
          if (!t) {
            problems.push(`${fn.id}: no ${this.locale} description`);
            continue;
          }
          fn.description = t.description;
          for (const p of fn.parameters) {
            if (!t.parameters || !t.parameters[p.name]) problems.push(`${fn.id}(${p.name}): no ${this.locale} description`);
            else p.description = t.parameters[p.name];
          }
        }
        for (const id of Object.keys(table)) {
          if (!metadata.functions.some((f) => f.id === id)) problems.push(`${id}: translated but not a function`);
        }
        if (problems.length) compilation.errors.push(new WebpackError(`${this.translations}: ${problems.join('; ')}`));
        const name = this.source.replace(/\.json$/, `.${this.locale}.json`);
        compilation.emitAsset(name, new sources.RawSource(JSON.stringify(metadata, null, 2)));
      });
    });
  }
}

module.exports = LocalizedMetadataPlugin;
