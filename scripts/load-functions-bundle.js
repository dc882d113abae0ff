/**
 * Runs the built PERF.* functions as Excel's runtime would: the scripts taskpane.html loads for them
 * (webpack's shared chunks, then functions.js), in a fresh context whose CustomFunctions records what
 * the bundle associates. Used by the bundle test and the functions benchmark.
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");

function loadFunctionsBundle(CustomFunctions, dist = path.join(__dirname, "..", "dist")) {
  const page = path.join(dist, "taskpane.html");
  if (!fs.existsSync(page))
    throw new Error(`${page} is missing: run \`npm run build\` first (npm test does)`);
  const html = fs.readFileSync(page, "utf8");
  const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s) && s !== "taskpane.js" && s !== "commands.js");
  // The page's address, which webpack's runtime reads to place the worker the browser mode uses.
  const context = vm.createContext({
    CustomFunctions,
    location: { href: "https://localhost:3000/taskpane.html" },
  });
  context.self = context;
  for (const s of scripts)
    vm.runInContext(fs.readFileSync(path.join(dist, s), "utf8"), context, {
      filename: s,
    });
  return scripts;
}

module.exports = { loadFunctionsBundle };
