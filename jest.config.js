/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // The summary and the failures only: figures are the benchmarks' to print (npm run bench).
  silent: true,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/support/dom-setup.ts"],
  globalSetup: "<rootDir>/test/support/run/temp-setup.js",
  globalTeardown: "<rootDir>/test/support/run/temp-teardown.js",
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node10",
          esModuleInterop: true,
          resolveJsonModule: true,
          isolatedModules: true,
          jsx: "react-jsx",
        },
      },
    ],
  },
};
