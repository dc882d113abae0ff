/**
 * Production build of the add-in's web part into dist/: the shared-runtime page (taskpane.html), the PERF.*
 * custom functions with their metadata (functions.json from the JSDoc, functions.en-US.json from its
 * translation), the icons and the manifest.
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const LocalizedMetadataPlugin = require('./scripts/localized-metadata-plugin');

const FUNCTIONS = './src/functions/functions.ts';

module.exports = (env, argv) => ({
  mode: argv.mode || 'production',
  target: ['web', 'es2020'],
  devtool: argv.mode === 'development' ? 'source-map' : false,
  entry: { functions: FUNCTIONS },
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      { test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { onlyCompileBundledFiles: true, compilerOptions: { noEmit: false } } },
    ],
  },
  plugins: [
    new CustomFunctionsMetadataPlugin({ input: FUNCTIONS, output: 'functions.json' }),
    new LocalizedMetadataPlugin({ locale: 'en-US', translations: path.resolve(__dirname, 'src/functions/locales/en-US.json') }),
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['functions'] }),
    new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }, { from: 'manifest.xml', to: 'manifest.xml' }] }),
  ],
  performance: { hints: false },
});
