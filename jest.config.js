/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // The summary and the failures only: figures are the benchmarks' to print (npm run bench).
  silent: true,
  // One worker per core (jest's default leaves one idle): most suites wait on LibreOffice, Chromium or a
  // child CLI, so two workers on two cores take 3.6 minutes where one takes 6.5.
  maxWorkers: "100%",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/support/dom-setup.ts"],
  globalSetup: "<rootDir>/test/support/run/temp-setup.js",
  globalTeardown: "<rootDir>/test/support/run/temp-teardown.js",
  transform: { "^.+\\.tsx?$": "<rootDir>/test/support/run/esbuild-transform.js" },
};
