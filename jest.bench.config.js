/** Benchmarks run through jest only to reuse the TypeScript setup: they print figures and assert nothing timed. */
const base = require("./jest.config");

module.exports = {
  ...base,
  roots: ["<rootDir>/bench"],
  testMatch: ["**/*.bench.ts"],
  silent: false,
  testTimeout: 600000,
};
