/**
 * Production build of the add-in's web part into dist/: one page (taskpane.html) hosting the task pane,
 * the PERF.* custom functions and the ribbon commands (shared runtime); functions.json and functions.en-US.json
 * from the functions' definitions; the icons and the manifest. ExcelJS (for .xlsx files in a
 * plain browser) and the chart load only when used.
 * Then the offline page, dist/绩效自评.html: the pane alone in one self-contained file (its worker inside it),
 * for clerks who can only open a file (WPS, 信创 machines, an intranet without a web server for the add-in).
 */
const path = require("path");
const webpack = require("webpack");
const { offlinePage } = require("./scripts/offline-page-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const FunctionsMetadataPlugin = require("./scripts/functions-metadata-plugin");

const FUNCTIONS = "./src/functions/functions.ts";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_URL = "https://localhost:3000/";

/**
 * Build settings (npm run build -- --env NAME=VALUE):
 *   url=https://intranet.example/perf/   where dist/ will be served; the built manifest points there
 *   officejs=local                      ship office.js in dist/office-js/ for intranets without the CDN
 *   offline=no                          leave out the offline page (dist/绩效自评.html)
 */
function settings(env) {
  const url = new URL(env.url ?? DEV_URL);
  if (url.protocol !== "https:")
    throw new Error(`the add-in must be served over https, not ${env.url}`);
  const base = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return { base, origin: url.origin, localOfficeJs: env.officejs === "local" };
}

function manifestFor({ base, origin }) {
  return (content) =>
    content
      .toString()
      .replaceAll(DEV_URL, base)
      .replaceAll(
        "<AppDomain>https://localhost:3000</AppDomain>",
        `<AppDomain>${origin}</AppDomain>`
      );
}

const TS_RULE = {
  test: /\.tsx?$/,
  loader: "ts-loader",
  exclude: /node_modules/,
  // Types are checked once, by `npm run typecheck`: the bundles only transpile.
  options: { transpileOnly: true, compilerOptions: { noEmit: false } },
};

/**
 * esbuild minifies: terser took most of the build's 74 s (the pane is bundled twice, for the add-in and the
 * offline page) and esbuild does the same job in a few seconds.
 */
const minify = {
  minimizer: [
    new MinimizerPlugin({
      minify: MinimizerPlugin.esbuildMinify,
      minimizerOptions: { target: "es2020" },
    }),
  ],
};

/** Everything in one chunk: the offline page cannot load another file. */
const oneChunk = () => new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 });

/** The workbook worker as one script, kept as text for the offline page to start from a blob. */
const offlineWorker = (mode) => ({
  name: "offline-worker",
  dependencies: ["addin"],
  mode,
  target: ["webworker", "es2020"],
  entry: "./src/taskpane/session/file-worker.ts",
  output: {
    path: path.resolve(__dirname, "build", "offline"),
    filename: "file-worker.source.txt",
    publicPath: "",
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: { rules: [TS_RULE] },
  plugins: [oneChunk()],
  optimization: minify,
  performance: { hints: false },
});

/** The pane in one HTML file, scripts inline, no office.js: dist/绩效自评.html. */
const offlinePageConfig = (mode) => ({
  name: "offline-page",
  dependencies: ["offline-worker"],
  mode,
  target: ["web", "es2020"],
  entry: { offline: "./src/taskpane/index.tsx" },
  output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", publicPath: "" },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: { rules: [TS_RULE, { test: /\.source\.txt$/, type: "asset/source" }] },
  plugins: [
    new webpack.NormalModuleReplacementPlugin(
      /[\\/]file-worker-factory$/,
      (resource) => (resource.request += ".offline")
    ),
    oneChunk(),
    offlinePage({
      script: "offline.js",
      page: "绩效自评.html",
      template: "./src/taskpane/taskpane.html",
    }),
  ],
  optimization: minify,
  performance: { hints: false },
});

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const addin = addinConfig(env, mode);
  // The offline page is a release's: the development server, and a build for another address (--env
  // offline=no), make the add-in alone.
  return mode === "development" || env.offline === "no"
    ? addin
    : [addin, offlineWorker(mode), offlinePageConfig(mode)];
};

function addinConfig(env, mode) {
  const { base, origin, localOfficeJs } = settings(env);
  return {
    name: "addin",
    mode,
    target: ["web", "es2020"],
    devtool: mode === "development" ? "source-map" : false,
    entry: {
      functions: FUNCTIONS,
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    // Chunks load relative to taskpane.html, which sits beside them (no script-location guessing in the runtime).
    output: {
      path: path.resolve(__dirname, "dist"),
      publicPath: "",
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [TS_RULE],
    },
    plugins: [
      // functions.json and functions.en-US.json from the functions' definitions (src/functions/definitions.ts).
      new FunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        templateParameters: {
          officeJs: localOfficeJs ? "office-js/office.js" : OFFICE_JS_CDN,
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          // IIS reads it from the served folder: CORS for the functions' metadata, a MIME type for .json.
          { from: "deploy/web.config", to: "web.config" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: manifestFor({ base, origin }),
          },
          // Already minified by Microsoft: copied as they are.
          ...(localOfficeJs
            ? [
                {
                  from: "node_modules/@microsoft/office-js/dist",
                  to: "office-js",
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    // Code the three entries share (the scoring core, React) is loaded once, in chunks of its own, and one
    // runtime serves all three: a module (the notices a ribbon command leaves for the pane) is one instance.
    optimization: { ...minify, splitChunks: { chunks: "all" }, runtimeChunk: "single" },
    performance: { hints: false },
  };
}
