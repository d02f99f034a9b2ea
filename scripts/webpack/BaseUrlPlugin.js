/**
 * Rewrites the development origin (https://localhost:3000) to the deployment base URL in the emitted
 * manifest.xml, every *.json (functions.json, functions-zh-cn.json, …) and help/*.html.
 *
 *   BASE_URL=https://cdn.example.com/imcost npm run build
 *
 * It runs in processAssets at PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER with `additionalAssets: true`, i.e. after
 * CopyWebpackPlugin, CustomFunctionsMetadataPlugin, HtmlWebpackPlugin and any project plugin that emits assets
 * at an earlier stage; assets added later still pass through it. Without a base URL it does nothing.
 */
"use strict";
const { Compilation, sources } = require("webpack");

const PLUGIN = "BaseUrlPlugin";
const DEV_ORIGIN = "https://localhost:3000";
const DEFAULT_TEST = /(^|\/)manifest\.xml$|\.json$|^help\/.*\.html$/;

/**
 * Checks and normalises a base URL: must be an absolute https URL without query or fragment; trailing
 * slashes are removed. Throws an Error with a plain message otherwise.
 */
function normaliseBaseUrl(value) {
  const raw = String(value).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`BASE_URL must be an absolute https URL such as https://cdn.example.com/imcost (got "${raw}")`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`BASE_URL must use https: Office only loads add-ins over https (got "${raw}")`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`BASE_URL must not contain a query, fragment or credentials (got "${raw}")`);
  }
  return raw.replace(/\/+$/, "");
}

class BaseUrlPlugin {
  /**
   * @param {{ baseUrl?: string, from?: string, test?: RegExp }} [options]
   *   baseUrl: target (default process.env.BASE_URL; empty = plugin off);
   *   from: origin to replace (default https://localhost:3000);
   *   test: which asset names to rewrite (default manifest.xml, *.json, help/*.html).
   */
  constructor(options = {}) {
    const baseUrl = options.baseUrl !== undefined ? options.baseUrl : process.env.BASE_URL;
    this.baseUrl = baseUrl ? normaliseBaseUrl(baseUrl) : "";
    this.from = options.from || DEV_ORIGIN;
    this.test = options.test || DEFAULT_TEST;
    // The origin, not followed by another port digit (https://localhost:30001 is left alone).
    this.pattern = new RegExp(this.from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "(?![0-9])", "g");
  }

  apply(compiler) {
    if (!this.baseUrl || this.baseUrl === this.from) return;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER, additionalAssets: true },
        (assets) => {
          const rewritten = [];
          for (const name of Object.keys(assets)) {
            if (!this.test.test(name)) continue;
            const asset = compilation.getAsset(name);
            if (!asset) continue;
            const text = asset.source.source().toString();
            const out = text.replace(this.pattern, () => this.baseUrl);
            if (out === text) continue;
            compilation.updateAsset(name, new sources.RawSource(out));
            rewritten.push(name);
          }
          if (rewritten.length) {
            compilation.getLogger(PLUGIN).info(`${this.from} -> ${this.baseUrl} in ${rewritten.join(", ")}`);
          }
        },
      );
    });
  }
}

module.exports = BaseUrlPlugin;
module.exports.normaliseBaseUrl = normaliseBaseUrl;
module.exports.DEV_ORIGIN = DEV_ORIGIN;
