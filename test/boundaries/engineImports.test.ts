/**
 * Adapters (functions, workbook writers, pane, CLI, scripts) reach the engine only through src/engine/index.ts,
 * so the engine's public surface is one file and its insides can move freely.
 */
import fs from "fs";
import path from "path";

const root = path.join(__dirname, "../..");
const engineDir = path.join(root, "src/engine");
const ADAPTER_DIRS = ["src/functions", "src/workbook", "src/taskpane", "src/cli", "src/quoteText", "scripts"];
const ENGINE_INDEX = new Set([engineDir, path.join(engineDir, "index"), path.join(engineDir, "index.ts")]);

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sourceFiles(p);
    return /\.(ts|tsx|js|jsx|mjs|cjs)$/.test(e.name) ? [p] : [];
  });
}

/** Module specifiers of import/export … from, import(), require() and bare `import "x"`. */
export function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
  const found: string[] = [];
  const patterns = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]/g, /\brequire\s*\(\s*['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1]);
  return found;
}

/** The deep engine imports in one file (those that do not end at src/engine/index.ts). */
export function deepEngineImports(file: string, source: string): string[] {
  return specifiers(source).filter((spec) => {
    if (!spec.startsWith(".")) return /(^|\/)src\/engine\//.test(spec);
    const target = path.resolve(path.dirname(file), spec);
    const inside = !path.relative(engineDir, target).startsWith("..");
    return inside && !ENGINE_INDEX.has(target);
  });
}

describe("adapters import the engine only through src/engine/index.ts", () => {
  test("no file under src/functions, src/workbook, src/taskpane, src/cli or scripts imports deeper", () => {
    const files = ADAPTER_DIRS.flatMap((d) => sourceFiles(path.join(root, d)));
    expect(files.length).toBeGreaterThan(30);
    const offenders = files.flatMap((f) => deepEngineImports(f, fs.readFileSync(f, "utf8")).map((s) => `${path.relative(root, f)}: ${s}`));
    expect(offenders).toEqual([]);
  });

  test("the check catches what it must", () => {
    const cli = path.join(root, "src/cli/x.ts");
    const pane = path.join(root, "src/taskpane/components/x.tsx");
    expect(deepEngineImports(cli, 'import { computeBudget } from "../engine/budget/computeBudget";')).toEqual(["../engine/budget/computeBudget"]);
    expect(deepEngineImports(pane, 'import type { Decimal } from "../../engine/decimal";')).toEqual(["../../engine/decimal"]);
    expect(deepEngineImports(pane, 'export { a1 } from "../../engine/workbook/excelAddress";')).toEqual(["../../engine/workbook/excelAddress"]);
    expect(deepEngineImports(cli, 'const m = await import("../engine/risk/monteCarlo");')).toEqual(["../engine/risk/monteCarlo"]);
    expect(deepEngineImports(cli, 'const { x } = require("../engine/checks/computeChecks");')).toEqual(["../engine/checks/computeChecks"]);
    expect(deepEngineImports(path.join(root, "scripts/bench/x.ts"), 'import { x } from "../../src/engine/risk/riskModel";')).toEqual(["../../src/engine/risk/riskModel"]);
    expect(deepEngineImports(cli, 'import { computeBudget } from "../engine";\nimport { a } from "../engine/index";\nimport b from "./b";')).toEqual([]);
    expect(deepEngineImports(cli, '// import { x } from "../engine/decimal";\n/* import { y } from "../engine/decimal"; */')).toEqual([]);
    expect(deepEngineImports(cli, 'import { z } from "../engineering/thing";')).toEqual([]);
  });
});
