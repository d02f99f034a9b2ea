#!/usr/bin/env node
/**
 * Generates the worksheet functions' metadata and help WITHOUT webpack:
 *
 *   node scripts/functions-metadata.js [outDir]     (default dist/)
 *
 * writes functions.json (custom-functions-metadata from the JSDoc in src/functions/functions.ts),
 * functions-zh-cn.json and help/*.html (scripts/functions/functionAssets.js, as the webpack plugin does).
 * Exits 1 with the generator's messages on any error (the generator's own CLI exits 0 even on errors).
 * Also a module: `generateFunctionsMetadata({ outDir? })` for tests.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
const { buildFunctionAssets } = require("./functions/functionAssets");

const ROOT = path.resolve(__dirname, "..");
const FUNCTIONS_SOURCE = path.join(ROOT, "src", "functions", "functions.ts");

/**
 * @param {{ outDir?: string, input?: string }} [options] outDir: where to write (nothing written when omitted)
 * @returns {Promise<{ metadata: object, metadataZh: object, assets: Record<string, string> }>}
 */
async function generateFunctionsMetadata(options = {}) {
  const input = options.input || FUNCTIONS_SOURCE;
  const result = await generateCustomFunctionsMetadata(input, false);
  if (result.errors.length > 0) throw new Error(`custom-functions-metadata found errors in ${input}:\n${result.errors.join("\n")}`);
  if (!result.metadataJson) throw new Error(`custom-functions-metadata found no @customfunction in ${input}`);
  const assets = { "functions.json": result.metadataJson, ...buildFunctionAssets(result.metadataJson) };
  if (options.outDir) {
    for (const [name, text] of Object.entries(assets)) {
      const file = path.join(options.outDir, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  }
  return { metadata: JSON.parse(assets["functions.json"]), metadataZh: JSON.parse(assets["functions-zh-cn.json"]), assets };
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] || path.join(ROOT, "dist"));
  generateFunctionsMetadata({ outDir }).then(
    ({ metadata, assets }) => {
      console.log(`${metadata.functions.length} functions: ${metadata.functions.map((f) => f.id).join(", ")}`);
      console.log(`wrote ${Object.keys(assets).length} files to ${outDir}`);
    },
    (error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}

module.exports = { generateFunctionsMetadata, FUNCTIONS_SOURCE };
