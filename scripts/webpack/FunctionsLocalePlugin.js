/**
 * After CustomFunctionsMetadataPlugin has emitted functions.json, emits what the build derives from it:
 * functions-zh-cn.json (same ids and names, Chinese descriptions from src/functions/functionsZh.json) and the
 * bilingual help pages help/<id>.html + help/index.html (content from src/functions/functionHelp.json).
 * A missing translation, description or help URL fails the build with a message saying which.
 *
 * Runs at PROCESS_ASSETS_STAGE_ADDITIONAL, so BaseUrlPlugin (later stage) rewrites the URLs in these files too.
 * The same logic without webpack: scripts/functions-metadata.js.
 */
"use strict";
const { Compilation, WebpackError, sources } = require("webpack");
const { DATA_FILES, buildFunctionAssets, loadFunctionData } = require("../functions/functionAssets");

const PLUGIN = "FunctionsLocalePlugin";

class FunctionsLocalePlugin {
  /** @param {{ metadata?: string }} [options] metadata: the asset name of the English metadata (functions.json) */
  constructor(options = {}) {
    this.metadataAsset = options.metadata || "functions.json";
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const file of Object.values(DATA_FILES)) compilation.fileDependencies.add(file);
        const asset = compilation.getAsset(this.metadataAsset);
        if (!asset) {
          // CustomFunctionsMetadataPlugin reports its own errors; without functions.json there is nothing to derive.
          compilation.warnings.push(new WebpackError(`${PLUGIN}: ${this.metadataAsset} was not emitted; functions-zh-cn.json and help pages skipped`));
          return;
        }
        let assets;
        try {
          assets = buildFunctionAssets(asset.source.source().toString(), loadFunctionData());
        } catch (error) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${error.message}`));
          return;
        }
        for (const [name, text] of Object.entries(assets)) {
          const source = new sources.RawSource(text);
          if (compilation.getAsset(name)) compilation.updateAsset(name, source);
          else compilation.emitAsset(name, source);
        }
      });
    });
  }
}

module.exports = FunctionsLocalePlugin;
