/**
 * IMCOST build: one page (taskpane.html) hosts both the custom functions and the React pane (shared runtime).
 *
 *   npm run build                                        -> dist/ for https://localhost:3000
 *   BASE_URL=https://cdn.example.com/imcost npm run build -> dist/ with every https://localhost:3000 in
 *                                                           manifest.xml, *.json and help/*.html rewritten
 *   npm start                                            -> scripts/start.js serves the same outputs over https
 *
 * Outputs: taskpane.html, runtime.js, engine.js (decimal.js + src/engine, shared), functions.js, taskpane.js
 * (React/Fluent), riskWorker.js (the pane's Monte Carlo Web Worker, loaded on demand, not by taskpane.html),
 * xlsxWriter.js (exceljs and the xlsx writer: loaded only when the standalone calculator's Download is
 * clicked, never by taskpane.html), functions.json, manifest.xml, assets/.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const BaseUrlPlugin = require("./scripts/webpack/BaseUrlPlugin");
const { CONTENT_SECURITY_POLICY } = require("./scripts/webpack/contentSecurityPolicy");

const FUNCTIONS_ENTRY = "./src/functions/functions.ts";
/** A no-op CustomFunctions where office.js did not load (the standalone calculator in a plain browser). */
const FUNCTIONS_FALLBACK = "./src/taskpane/standalone/customFunctionsFallback.ts";
const LOCALE_PLUGIN = path.join(__dirname, "scripts", "webpack", "FunctionsLocalePlugin.js");

/** Modules shared by the functions and the pane: one copy, in engine.js. */
const ENGINE_MODULES = /[\\/](node_modules[\\/]decimal\.js|src[\\/]engine)[\\/]/;
/** The two entries taskpane.html loads. The risk worker (src/taskpane/risk/riskWorker.ts, chunk "riskWorker")
 * is a separate entry in its own thread: it carries its own copy of what it needs and never pulls modules
 * into engine.js (which would weigh on the functions path). */
const PAGE_ENTRIES = new Set(["functions", "taskpane"]);
/**
 * The named options (IMCOST.COMPARE and the pane's Options panel) stay in each entry: small, and moved into
 * engine.js they would cost the functions path more in cross-chunk exports than they save the pane.
 */
const OPTIONS_MODULES = /[\\/]src[\\/]engine[\\/]options[\\/]/;
const sharedEngineModule = (module) => ENGINE_MODULES.test(module.resource || "") && !OPTIONS_MODULES.test(module.resource || "");

/**
 * A production build without BASE_URL still points the manifest, metadata and help pages at
 * https://localhost:3000: fine for sideloading, wrong for deployment. Say so in the build output.
 */
class LocalhostManifestWarning {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalhostManifestWarning", (compilation) => {
      const warning = new compiler.webpack.WebpackError(
        "BASE_URL is not set: dist/manifest.xml, functions*.json and help/*.html still point at https://localhost:3000. " +
          "That is right for sideloading with `npm start`; to deploy, build with BASE_URL=https://your.host/path npm run build.",
      );
      warning.name = "LocalhostManifestWarning";
      compilation.warnings.push(warning);
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || process.env.NODE_ENV || "production";
  const dev = mode === "development";

  return {
    mode,
    context: __dirname,
    // No eval-* source maps: the pane's Content-Security-Policy has no 'unsafe-eval', in development too.
    devtool: dev ? "cheap-module-source-map" : false,
    entry: {
      // The fallback first: outside Office (no office.js) the functions' associate calls must not throw.
      functions: [FUNCTIONS_FALLBACK, FUNCTIONS_ENTRY],
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Relative URLs: the same dist/ works under https://localhost:3000/ and under any BASE_URL path.
      publicPath: "",
      clean: true,
      // Always write the files: an unchanged taskpane.html kept its old date, so the e2e runner (which rebuilds
      // when dist/ is older than the sources) rebuilt on every run.
      compareBeforeEmit: false,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // `npm test` type-checks (tsc --noEmit); the build only transpiles.
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "es2020", sourceMap: dev },
            },
          },
        },
      ],
    },
    optimization: {
      // Both entries run in the same page: one webpack runtime, so engine modules are instantiated once and
      // state is shared between the custom functions and the pane.
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          // Only what both entries use (decimal.js, computeBudget …) is shared; engine code only the pane needs
          // (workbook plan, risk) stays in the pane's bundle so the functions load light.
          engine: {
            name: "engine",
            test: sharedEngineModule,
            chunks: (chunk) => PAGE_ENTRIES.has(chunk.name),
            minChunks: 2,
            enforce: true,
            priority: 10,
          },
        },
      },
    },
    performance: {
      hints: dev ? false : "warning",
      // The pane carries React + Fluent UI v9; sizes are tracked in the bench, this only flags big jumps.
      maxEntrypointSize: 800 * 1024,
      maxAssetSize: 700 * 1024,
      // xlsxWriter.js (exceljs) is fetched only when the standalone calculator's Download is clicked.
      assetFilter: (file) => !/\.map$/.test(file) && !/^xlsxWriter\b/.test(file),
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_ENTRY }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY },
        // Functions first: registering custom functions never waits for the UI bundle.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        publicPath: "",
        minify: dev ? false : { collapseWhitespace: true, removeComments: true },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", globOptions: { ignore: ["**/.*"] } },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      // functions locale + help pages plugin (added by the functions work)
      ...(fs.existsSync(LOCALE_PLUGIN) ? [new (require(LOCALE_PLUGIN))()] : []),
      // Last: rewrites https://localhost:3000 when BASE_URL is set (no-op otherwise).
      new BaseUrlPlugin(),
      ...(!dev && !process.env.BASE_URL ? [new LocalhostManifestWarning()] : []),
    ],
  };
};
