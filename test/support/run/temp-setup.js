const { mkdtempSync, readdirSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

/**
 * Every test run works in a temporary folder of its own: os.tmpdir() of the workers (and of the
 * LibreOffice and Chromium they start) is a fresh folder, removed whole at the end. What the system's
 * temporary folder held before the run is noted, so the teardown can say whether anything escaped.
 */
module.exports = async () => {
  const system = tmpdir();
  const before = readdirSync(system);
  const sandbox = mkdtempSync(join(system, "perfscore-tests-"));
  writeFileSync(join(sandbox, ".before.json"), JSON.stringify(before));
  process.env.PERFSCORE_SYSTEM_TMP = system;
  process.env.PERFSCORE_TEST_TMP = sandbox;
  process.env.TMPDIR = sandbox;
};
