/**
 * The standalone calculator's budget.xlsx is the CLI's workbook: for the same inputs and language, the file
 * the browser download builds (src/taskpane/standalone/downloadBudget.ts) and the file `npm run budget` writes
 * hold the same sheets, the same cells (values and formulas, cell by cell) and the same defined names. Only
 * the file's timestamps may differ. Read back with exceljs (no cached results are stored, so none are lost).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/budget";
import { formToRaw, presetValues } from "../../src/taskpane/state/formState";
import { budgetXlsx, XLSX_MIME, WORKBOOK_FILE_NAME } from "../../src/taskpane/standalone/downloadBudget";

interface Contents {
  readonly sheets: string[];
  readonly cells: Map<string, string>;
  readonly names: string[];
}

/** Every non-empty cell as "Sheet!A1" → its formula or value, the sheet order and the defined names. */
async function contents(bytes: Uint8Array): Promise<Contents> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const cells = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as ExcelJS.CellValue & { formula?: string };
        cells.set(`${ws.name}!${cell.address}`, v && typeof v === "object" && "formula" in v ? `=${v.formula}` : JSON.stringify(v));
      }),
    );
  }
  const names = (wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => `${n.name}=${n.ranges.join(",")}`).sort();
  return { sheets: wb.worksheets.map((w) => w.name), cells, names };
}

async function cliXlsx(raw: Readonly<Record<string, unknown>>, lang: string): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), "imcost-standalone-cli-"));
  try {
    writeFileSync(join(dir, "req.json"), JSON.stringify(raw));
    let err = "";
    const code = await runCli(["--input", "req.json", "--out", "budget.xlsx", "--lang", lang], { out: () => undefined, err: (t) => (err += t), cwd: dir });
    expect({ code, err }).toEqual({ code: 0, err: "" });
    return readFileSync(join(dir, "budget.xlsx"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("standalone budget.xlsx", () => {
  it.each([
    ["zh-CN", "medium"],
    ["en-US", "large"],
  ] as const)("equals the CLI's workbook cell by cell, formulas and names included (%s, %s preset, CLI's default trials and seed)", async (lang, preset) => {
    const raw = { ...formToRaw(presetValues(preset)), headcount: 12345 };
    const [browser, cli] = await Promise.all([budgetXlsx(raw, { language: lang }), cliXlsx(raw, lang)]);
    const mine = await contents(browser.bytes);
    const theirs = await contents(cli);
    expect(browser.sheets).toBe(mine.sheets.length);
    expect(mine.sheets).toEqual(theirs.sheets);
    expect(mine.names).toEqual(theirs.names);
    expect(mine.names.filter((n) => n.startsWith("Total_TCO_")).length).toBe(3);
    const differing = [...new Set([...mine.cells.keys(), ...theirs.cells.keys()])].filter((k) => mine.cells.get(k) !== theirs.cells.get(k));
    expect(differing.slice(0, 10).map((k) => `${k}: ${mine.cells.get(k)} vs ${theirs.cells.get(k)}`)).toEqual([]);
    // Not vacuous: a real budget with live formulas, and the inputs as given.
    expect([...mine.cells.values()].filter((v) => v.startsWith("=")).length).toBeGreaterThan(200);
    expect([...mine.cells.values()]).toContain("12345");
  });

  it("is offered as budget.xlsx with the xlsx media type", () => {
    expect(WORKBOOK_FILE_NAME).toBe("budget.xlsx");
    expect(XLSX_MIME).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });
});
