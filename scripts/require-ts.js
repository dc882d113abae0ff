/**
 * Lets a build script require the project's TypeScript sources (src/**.ts) directly: each file is
 * transpiled to CommonJS as it loads, type checks being the job of `npm run typecheck`. Used by the
 * functions metadata plugin, so functions.json is made by the same code the bundle registers.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const SRC = path.resolve(__dirname, "..", "src") + path.sep;

function register() {
  if (require.extensions[".ts"]) return;
  require.extensions[".ts"] = (module, filename) => {
    if (!filename.startsWith(SRC))
      throw new Error(`${filename}: only src/ is loaded from TypeScript`);
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
        resolveJsonModule: true,
      },
    });
    module._compile(outputText, filename);
  };
}

/** Requires a src module afresh (a rebuild in watch mode sees edited sources). */
function requireSource(file) {
  register();
  for (const id of Object.keys(require.cache)) if (id.startsWith(SRC)) delete require.cache[id];
  return require(file);
}

module.exports = { requireSource, SRC };
