/**
 * Everything the build derives from the generated functions.json: the Chinese metadata
 * (functions-zh-cn.json) and the help pages (help/<id>.html, help/index.html). Used by the webpack plugin
 * (scripts/webpack/FunctionsLocalePlugin.js) and by scripts/functions-metadata.js, so both produce the same
 * files. Plain Node, no webpack.
 *
 * The Chinese descriptions and the help content are data in src/functions/functionsZh.json and
 * src/functions/functionHelp.json (also imported, typed, by the TypeScript side).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { renderHelpPages } = require("../help/renderHelpPages");

const ROOT = path.resolve(__dirname, "..", "..");
const DATA_FILES = {
  zh: path.join(ROOT, "src", "functions", "functionsZh.json"),
  help: path.join(ROOT, "src", "functions", "functionHelp.json"),
};

/** Reads the data files afresh (no require cache, so watch mode sees edits). */
function loadFunctionData() {
  return {
    zh: JSON.parse(fs.readFileSync(DATA_FILES.zh, "utf8")),
    help: JSON.parse(fs.readFileSync(DATA_FILES.help, "utf8")),
  };
}

function isText(value) {
  return typeof value === "string" && value.trim() !== "";
}

/** Problems in a metadata object: functions or parameters without description, functions without help URL. */
function metadataProblems(metadata, label) {
  const problems = [];
  if (!metadata || !Array.isArray(metadata.functions) || metadata.functions.length === 0) return [`${label}: no functions`];
  for (const f of metadata.functions) {
    if (!isText(f.description)) problems.push(`${label}: ${f.id} has no description`);
    if (!isText(f.helpUrl)) problems.push(`${label}: ${f.id} has no help URL`);
    if (f.name !== f.id) problems.push(`${label}: ${f.id} has the name ${f.name}; names must equal ids`);
    for (const p of f.parameters || []) if (!isText(p.description)) problems.push(`${label}: ${f.id}(${p.name}) has no description`);
  }
  return problems;
}

/**
 * The Chinese metadata: the same functions, ids, names, parameters and types, with Chinese descriptions and
 * parameter names (functionsZh.json `parameterNames`), and
 * the help URL pointing at the Chinese half of the same bilingual page (#zh). Throws when a translation is
 * missing or stale (a function or parameter that no longer exists).
 */
function localizeMetadata(metadata, zh) {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(zh)) if (!ids.has(id)) problems.push(`functionsZh.json: ${id} is not a declared function`);
  const functions = metadata.functions.map((f) => {
    const t = zh[f.id];
    if (!t) {
      problems.push(`functionsZh.json: no entry for ${f.id}`);
      return f;
    }
    const names = new Set((f.parameters || []).map((p) => p.name));
    for (const name of Object.keys(t.parameters || {})) {
      if (!names.has(name)) problems.push(`functionsZh.json: ${f.id} has no parameter ${name}`);
    }
    if (!isText(t.description)) problems.push(`functionsZh.json: ${f.id} has no description`);
    const parameters = (f.parameters || []).map((p) => {
      const description = t.parameters ? t.parameters[p.name] : undefined;
      if (!isText(description)) problems.push(`functionsZh.json: ${f.id}(${p.name}) has no description`);
      // Excel shows parameter names in its formula tooltip: Chinese users get Chinese names.
      const name = t.parameterNames ? t.parameterNames[p.name] : undefined;
      if (!isText(name)) problems.push(`functionsZh.json: ${f.id}(${p.name}) has no Chinese name`);
      return { ...p, name, description };
    });
    const zhNames = parameters.map((p) => p.name);
    if (new Set(zhNames).size !== zhNames.length) problems.push(`functionsZh.json: ${f.id} repeats a Chinese parameter name`);
    for (const name of Object.keys(t.parameterNames || {})) {
      if (!names.has(name)) problems.push(`functionsZh.json: ${f.id} names a parameter ${name} it does not have`);
    }
    const helpUrl = f.helpUrl ? f.helpUrl.replace(/#.*$/, "") + "#zh" : f.helpUrl;
    return { ...f, description: t.description, helpUrl, parameters };
  });
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return { ...metadata, functions };
}

/**
 * From the text (or object) of functions.json: { "functions-zh-cn.json": text, "help/<id>.html": html, … }.
 * Throws an Error listing every problem (missing descriptions, help URLs, translations or help entries).
 */
function buildFunctionAssets(metadataJson, data = loadFunctionData()) {
  const metadata = typeof metadataJson === "string" ? JSON.parse(metadataJson) : metadataJson;
  const problems = metadataProblems(metadata, "functions.json");
  if (problems.length > 0) throw new Error(problems.join("\n"));
  const metadataZh = localizeMetadata(metadata, data.zh);
  const pages = renderHelpPages({ metadata, metadataZh, help: data.help });
  const assets = { "functions-zh-cn.json": JSON.stringify(metadataZh, null, 4) };
  for (const page of pages) assets[`help/${page.file}`] = page.html;
  return assets;
}

module.exports = { DATA_FILES, loadFunctionData, localizeMetadata, metadataProblems, buildFunctionAssets };
