const { readFileSync, readdirSync, rmSync } = require("node:fs");
const { join } = require("node:path");

/**
 * Removes the run's temporary folder, then checks that the system's temporary folder is left as found:
 * a file or folder that appeared there during the run is something a test wrote outside its sandbox.
 */
module.exports = async () => {
  const sandbox = process.env.PERFSCORE_TEST_TMP;
  const system = process.env.PERFSCORE_SYSTEM_TMP;
  if (!sandbox || !system) return;
  const before = new Set(JSON.parse(readFileSync(join(sandbox, ".before.json"), "utf8")));
  rmSync(sandbox, { recursive: true, force: true });
  // Another run's own folder (two jest runs at once) is that run's to check.
  const escaped = readdirSync(system).filter(
    (name) => !before.has(name) && !name.startsWith("perfscore-tests-")
  );
  if (escaped.length)
    throw new Error(
      `Tests left ${escaped.length} entries in ${system} (outside the run's temporary folder): ${escaped.join(", ")}`
    );
};
