// The Office add-in convention (eslint-plugin-office-addins: its Office.js rules, React and Prettier at
// width 100), plus the architecture: Office.js only in src/hosts/office.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const node = {
  require: "readonly",
  module: "writable",
  process: "readonly",
  __dirname: "readonly",
  __filename: "readonly",
  console: "readonly",
  Buffer: "readonly",
  setTimeout: "readonly",
  URL: "readonly",
  performance: "readonly",
};

const office = officeAddins.configs.react.find((c) => c.plugins?.["@typescript-eslint"]);

export default [
  { ignores: ["dist/", "build/", "node_modules/", "artifacts/", "coverage/"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: office.plugins,
    // The plugin's own parser import comes out undefined (4.0.10), so TypeScript's parser is named here.
    languageOptions: {
      ...office.languageOptions,
      parser: tseslint.parser,
      ecmaVersion: 2022,
    },
    rules: office.rules,
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      // TypeScript knows every name; the rule does not know TypeScript's.
      "no-undef": "off",
      "no-redeclare": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/hosts/office/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        {
          name: "Office",
          message: "Office.js is used in src/hosts/office only.",
        },
        {
          name: "Excel",
          message: "Office.js is used in src/hosts/office only.",
        },
        {
          name: "OfficeExtension",
          message: "Office.js is used in src/hosts/office only.",
        },
      ],
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: node,
    },
  },
  {
    files: ["eslint.config.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
  },
  {
    // The Office.js rules read any load()/sync() as Office's: they belong where Office.js is used.
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    ignores: ["src/hosts/office/**"],
    rules: Object.fromEntries(
      Object.keys(office.rules)
        .filter((r) => r.startsWith("office-addins/"))
        .map((r) => [r, "off"])
    ),
  },
];
