/** Both writers pass every cell text through the engine's guard (cellText.ts). */
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import type { CellPlan, WorkbookPlan } from "../../src/engine/workbook/WorkbookPlan";
import { writeWorkbook } from "../../src/workbook/officeWriter";
import { writeXlsx } from "../../src/workbook/xlsxWriter";
import { FakeWorkbookState, installFakeExcel, uninstallFakeExcel } from "../fakes/fakeExcel";
import { unzip } from "../support/libreOffice";
import { syntheticPlan } from "./syntheticPlan";

afterEach(() => uninstallFakeExcel());

const BAD_LABEL = "Quote\ufffe from vendor \u0001 lone \ud800 end";
const REPAIRED = "Quote\ufffd from vendor \ufffd lone \ufffd end";

/** The synthetic plan with its Inputs sheet's first header cell replaced. */
function planWithLabel(label: string): WorkbookPlan {
  const plan = syntheticPlan();
  const [first, ...rest] = plan.sheets;
  const [block, ...blocks] = first.blocks;
  const cells: CellPlan[][] = block.cells.map((row, r) => row.map((cell, c) => (r === 0 && c === 0 ? { value: label, style: cell.style } : cell)));
  return { ...plan, sheets: [{ ...first, blocks: [{ ...block, cells }, ...blocks] }, ...rest] };
}

function planWithSheetName(name: string): WorkbookPlan {
  const plan = syntheticPlan();
  return { ...plan, sheets: plan.sheets.map((s, i) => (i === 1 ? { ...s, name } : s)) };
}

/** xmllint's verdict on one XML document (it must be installed: the test fails, never skips, without it). */
function xmllint(xml: Buffer): string {
  try {
    execFileSync("xmllint", ["--noout", "-"], { input: xml, stdio: ["pipe", "pipe", "pipe"] });
    return "well-formed";
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}

describe("xlsx writer", () => {
  test("a label holding U+FFFE, a control character and a lone surrogate gives a well-formed sharedStrings.xml, with U+FFFD in their place", async () => {
    const files = unzip(await writeXlsx(planWithLabel(BAD_LABEL)));
    const shared = files.get("xl/sharedStrings.xml")!;
    expect(xmllint(shared)).toBe("well-formed");
    for (const [path, data] of files) if (path.endsWith(".xml")) expect({ path, verdict: xmllint(data) }).toEqual({ path, verdict: "well-formed" });
    expect(shared.toString("utf8")).toContain(REPAIRED);
  });

  test("formula-like text is stored as a string cell, never as a formula", async () => {
    const labels = ["=SUM(A1:A9)", "+1", "-2", "@cmd", "=HYPERLINK(\"http://example.com\",\"x\")"];
    for (const label of labels) {
      const files = unzip(await writeXlsx(planWithLabel(label)));
      const sheet = files.get("xl/worksheets/sheet1.xml")!.toString("utf8");
      const a1 = /<c r="A1"[^>]*>.*?<\/c>/.exec(sheet)![0];
      expect({ label, a1: /t="s"/.test(a1) && !/<f>/.test(a1) }).toEqual({ label, a1: true });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await writeXlsx(planWithLabel(label)) as unknown as ArrayBuffer);
      expect(wb.worksheets[0].getCell("A1").value).toBe(label);
    }
  });

  test("a sheet name that breaks Excel's rules is a plan error", async () => {
    for (const name of ["Rate/Card", "x".repeat(32), "'quoted'", ""]) await expect(writeXlsx(planWithSheetName(name))).rejects.toThrow(/Plan error: sheet name/);
  });
});

describe("Office writer", () => {
  function fresh(): FakeWorkbookState {
    const state = new FakeWorkbookState();
    state.addSheet("Sheet1");
    return installFakeExcel(state);
  }

  test("a label holding characters XML cannot hold is written with U+FFFD in their place", async () => {
    const state = fresh();
    const plan = planWithLabel(BAD_LABEL);
    await writeWorkbook(plan);
    expect(state.cell(plan.sheets[0].name, "A1").value).toBe(REPAIRED);
  });

  test("formula-like text is written as text (leading apostrophe), never as a formula", async () => {
    const state = fresh();
    const plan = planWithLabel("=cmd|' /C calc'!A0");
    await writeWorkbook(plan);
    const a1 = state.cell(plan.sheets[0].name, "A1");
    expect(a1.formula).toBeNull();
    expect(a1.value).toBe("=cmd|' /C calc'!A0");
  });

  test("a sheet name that breaks Excel's rules stops the run before anything is written", async () => {
    const state = fresh();
    await expect(writeWorkbook(planWithSheetName("Rate:Card"))).rejects.toThrow(/Plan error: sheet name "Rate:Card"/);
    expect(state.syncs).toBe(0);
  });
});
