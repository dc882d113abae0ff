/**
 * Jest's TypeScript transform: esbuild strips the types (they are checked once, by `npm run typecheck`)
 * about twenty times faster than ts-jest's transpiler, which a fresh clone pays for every file.
 */
const { transformSync } = require("esbuild");
const { createHash } = require("crypto");
const { readFileSync } = require("fs");
const { version } = require("esbuild/package.json");

/** A change to esbuild or to this file makes every cached transform stale. */
const SELF = createHash("sha1").update(version).update(readFileSync(__filename)).digest("hex");

module.exports = {
  process(source, file) {
    const { code, map } = transformSync(source, {
      loader: file.endsWith(".tsx") ? "tsx" : "ts",
      format: "cjs",
      target: "es2022",
      jsx: "automatic",
      // import() as require(): jest runs CommonJS without --experimental-vm-modules.
      supported: { "dynamic-import": false },
      sourcemap: "external",
      sourcefile: file,
    });
    return { code, map };
  },
  getCacheKey(source, file) {
    return createHash("sha1").update(SELF).update(file).update(source).digest("hex");
  },
};
