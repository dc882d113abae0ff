/**
 * Browser build. For now it bundles the scoring core as a library (proof that it needs nothing of
 * Node); the task pane, custom functions and commands join as entries when they are built.
 */
const path = require('path');

module.exports = (env, argv) => ({
  mode: argv.mode || 'production',
  target: 'web',
  devtool: argv.mode === 'development' ? 'source-map' : false,
  entry: { 'perf-core': './src/core/index.ts' },
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].js',
    library: { name: 'PerfScore', type: 'umd' },
    globalObject: 'globalThis',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'], fallback: {} },
  module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', exclude: /node_modules/, options: { onlyCompileBundledFiles: true, compilerOptions: { noEmit: false } } }] },
  performance: { hints: false },
});
