/**
 * What reaches dist/ (run `npm run build` first): axe-core never does; exceljs only in the lazy chunk the
 * standalone calculator's Download fetches (xlsxWriter.js), never in a script taskpane.html loads, the
 * custom-functions path or the risk worker; the pane never bundles
 * src/functions/functions.ts; no CDN fonts or other network hosts; the size budgets of scripts/bench/paneBench.ts.
 * Skipped with a warning when dist/ is missing locally; fails under CI.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, FUNCTIONS_BUDGET_KB, TASKPANE_BUDGET_KB, measurePane, scriptSources } from "../../scripts/bench/paneBench";
import { requireBuild } from "../support/requireBuild";

const ROOT = path.resolve(__dirname, "..", "..");
/** The lazy chunk with exceljs and the xlsx writer (src/taskpane/standalone/downloadBudget.ts imports it on click). */
const XLSX_CHUNK = "xlsxWriter.js";
const built = requireBuild(DIST, "bundle test");

/** Strings that only appear in a bundle that contains the package (checked against the packages below). */
const MARKERS: Readonly<Record<"exceljs" | "axe-core", readonly RegExp[]>> = {
  exceljs: [/exceljs/i, /xl\/workbook\.xml/, /\[Content_Types\]\.xml/, /sharedStrings\.xml/],
  "axe-core": [/axe-core/i, /Deque Systems/i, /_thisWillBeDeletedDoNotUse/, /aria-allowed-attr/, /landmark-one-main/],
};

const PACKAGE_FILES: Readonly<Record<keyof typeof MARKERS, string>> = {
  exceljs: path.join(ROOT, "node_modules", "exceljs", "dist", "exceljs.min.js"),
  "axe-core": path.join(ROOT, "node_modules", "axe-core", "axe.min.js"),
};

describe("bundle markers", () => {
  it.each(Object.keys(MARKERS) as (keyof typeof MARKERS)[])("detect %s in its own minified build", (pkg) => {
    const file = PACKAGE_FILES[pkg];
    if (!fs.existsSync(file)) return; // the package is a dev dependency; nothing to check against without it
    const text = fs.readFileSync(file, "utf8");
    expect(MARKERS[pkg].filter((m) => m.test(text)).length).toBeGreaterThanOrEqual(2);
  });

  it("parse quoted and unquoted script tags", () => {
    expect(scriptSources('<script src="a.js"></script><script defer src=b.js></script><script src=\'c.js\'>')).toEqual(["a.js", "b.js", "c.js"]);
  });
});


(built ? describe : describe.skip)("dist/ (production build)", () => {
  const files = () => fs.readdirSync(DIST).filter((f) => f.endsWith(".js") || f.endsWith(".LICENSE.txt"));
  const read = (f: string) => fs.readFileSync(path.join(DIST, f), "utf8");

  const hitsOf = (pkg: keyof typeof MARKERS, names: readonly string[]) => names.flatMap((f) => MARKERS[pkg].filter((m) => m.test(read(f))).map((m) => `${f}: ${m}`));
  /** Every local script taskpane.html loads (runtime, engine, functions, pane) and the risk worker. */
  const initialScripts = () => [...scriptSources(read("taskpane.html")).filter((s) => !/^[a-z]+:\/\//i.test(s)), "riskWorker.js"];

  it("contains no axe-core", () => {
    expect(hitsOf("axe-core", files())).toEqual([]);
  });

  it(`has exceljs only in ${XLSX_CHUNK} (and its licence file), a chunk no initial script carries and taskpane.html does not load`, () => {
    expect(initialScripts()).toEqual(expect.arrayContaining(["runtime.js", "engine.js", "functions.js", "taskpane.js", "riskWorker.js"]));
    expect(hitsOf("exceljs", initialScripts())).toEqual([]);
    expect(hitsOf("exceljs", files().filter((f) => !f.startsWith(XLSX_CHUNK)))).toEqual([]);
    // The writer is there, on its own: found by at least two markers.
    expect(hitsOf("exceljs", [XLSX_CHUNK]).length).toBeGreaterThanOrEqual(2);
    expect(read("taskpane.html")).not.toContain("xlsxWriter");
  });

  it(`fetches ${XLSX_CHUNK} on demand: the webpack runtime knows the chunk by name, the pane asks for it by import()`, () => {
    // runtime.js maps async chunk ids to file names ("xlsxWriter"); taskpane.js loads it with __webpack_require__.e.
    expect(read("runtime.js")).toContain('"xlsxWriter"');
    expect(read("taskpane.js")).toMatch(/\.e\(\d+\)\.then/);
  });

  it("does not bundle src/functions/functions.ts into the pane (no CustomFunctions.associate in taskpane.js)", () => {
    expect(read("taskpane.js")).not.toMatch(/CustomFunctions\s*\.\s*associate/);
  });

  it("loads no fonts or scripts from CDNs (only office.js from Microsoft)", () => {
    const cdn = /fonts\.googleapis|fonts\.gstatic|cdn\.jsdelivr|unpkg\.com|cdnjs|static2\.sharepointonline\.com|res-1\.cdn\.office\.net/i;
    for (const f of files()) expect(`${f}: ${cdn.test(read(f))}`).toBe(`${f}: false`);
    const external = scriptSources(read("taskpane.html")).filter((s) => /^[a-z]+:\/\//i.test(s));
    expect(external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    expect(read("taskpane.html")).not.toMatch(/<link[^>]+(stylesheet|font)/i);
  });

  it(`keeps the task pane scripts ≤ ${TASKPANE_BUDGET_KB} KB and the functions path ≤ ${FUNCTIONS_BUDGET_KB} KB (gzip -9)`, () => {
    const m = measurePane();
    expect(m.scripts.map((s) => s.src)).toEqual(expect.arrayContaining(["runtime.js", "engine.js", "functions.js", "taskpane.js"]));
    expect(m.totalGzip).toBeLessThanOrEqual(TASKPANE_BUDGET_KB * 1000);
    expect(m.functionsGzip).toBeLessThanOrEqual(FUNCTIONS_BUDGET_KB * 1000);
  });
});
