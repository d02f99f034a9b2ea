/**
 * The Risk sheet's values computed at generation cannot go stale silently: the workbook, edited after
 * generation and recalculated by LibreOffice, turns riskRunCurrent FALSE (one more warning, Check_All still
 * TRUE), shows the stale banner and marks exactly the edited rows of the Run inputs table; the unedited
 * workbook passes, in both languages.
 */
import type ExcelJS from "exceljs";
import { serialOfMonth } from "../../../src/engine/calendar/excelSerial";
import { parseMonth } from "../../../src/engine/calendar/monthIndex";
import { computeChecks, warningCount } from "../../../src/engine/checks/computeChecks";
import { CHECK_COLUMNS } from "../../../src/engine/workbook/buildChecksSheet";
import { RUN_COLUMNS } from "../../../src/engine/workbook/buildRiskRunBlock";
import { buildWorkbookPlan } from "../../../src/engine/workbook/buildWorkbookPlan";
import { a1 } from "../../../src/engine/workbook/excelAddress";
import { RISK_TEXT } from "../../../src/engine/workbook/riskSheetText";
import type { WorkbookPlan } from "../../../src/engine/workbook/WorkbookPlan";
import { recalculatePlans, requireSoffice, type PlanRecalc } from "../../support/libreOffice";
import { CHECK_CASES } from "../checks/checkCases";

const soffice = requireSoffice("stale Risk run in LibreOffice");
const run = soffice ? describe : describe.skip;
jest.setTimeout(600_000);

const planFor = (language: "en-US" | "zh-CN") => buildWorkbookPlan({}, { language, monteCarlo: { trials: 300 }, computedOn: "2026-12-02" });
const strip = (address: string) => address.replace(/\$/g, "");

interface Case {
  readonly name: string;
  readonly plan: WorkbookPlan;
  /** The Run inputs rows (column A) the edit should mark as changed, in the table's order. */
  readonly changed: readonly string[];
  readonly edit?: (ws: (key: string) => ExcelJS.Worksheet, plan: WorkbookPlan) => void;
}

const CASES: Case[] = [
  { name: "unedited, English", plan: planFor("en-US"), changed: [] },
  { name: "unedited, Chinese", plan: planFor("zh-CN"), changed: [] },
  {
    name: "headcount typed in after generation",
    plan: planFor("en-US"),
    changed: ["Input_headcount"],
    edit: (ws, plan) => (ws("inputs").getCell(strip(plan.inputCells.headcount.address)).value = 6000),
  },
  {
    name: "a month, a TRUE/FALSE input, a rate and a driver edited (Chinese)",
    plan: planFor("zh-CN"),
    changed: ["Input_moderation", "Input_projectStart", "Rate_vm_units_per_server", "salaries · high"],
    edit: (ws, plan) => {
      ws("inputs").getCell(strip(plan.inputCells.projectStart.address)).value = serialOfMonth(parseMonth("2027-06", "projectStart"));
      ws("inputs").getCell(strip(plan.inputCells.moderation.address)).value = false;
      ws("rateCard").getCell(strip(plan.rateCells.vm_units_per_server.list)).value = 31;
      ws("risk").getCell(strip(plan.driverCells!.salaries.high)).value = 1.5;
    },
  },
];

const riskRows = (plan: WorkbookPlan) => plan.sheets.find((s) => s.key === "risk")!.blocks[0].cells;
const checkRow = (plan: WorkbookPlan, id: string) => plan.sheets.find((s) => s.key === "checks")!.blocks[0].cells.findIndex((r) => r[CHECK_COLUMNS.id].value === id);

/** The Run inputs rows: what (column A) and the row index, from the header row on. */
function runRows(plan: WorkbookPlan): { what: string; row: number }[] {
  const rows = riskRows(plan);
  const header = rows.findIndex((r) => r[RUN_COLUMNS.recorded].value === RISK_TEXT.runHeaders.en[2] || r[RUN_COLUMNS.recorded].value === RISK_TEXT.runHeaders.zh[2]);
  return rows.slice(header + 1).flatMap((r, k) => (r[RUN_COLUMNS.matches].formula ? [{ what: String(r[RUN_COLUMNS.what].value), row: header + 1 + k }] : []));
}

run("a Risk run gone stale after generation, recalculated in LibreOffice", () => {
  let results: PlanRecalc[] = [];
  beforeAll(async () => {
    results = await recalculatePlans(
      CASES.map((c) => c.plan),
      {
        soffice: soffice!,
        edit: (i, wb, plan) => CASES[i].edit?.((key) => wb.getWorksheet(plan.sheets.find((s) => s.key === key)!.name)!, plan),
      },
    );
  });

  test("the Run inputs table lists one row per input, rate and driver value, and exactly the edited rows differ", () => {
    CASES.forEach((c, i) => {
      const rows = runRows(c.plan);
      expect(rows.length).toBe(Object.keys(c.plan.inputCells).length + Object.keys(c.plan.rateCells).length + 4 * Object.keys(c.plan.driverCells!).length);
      const differing = rows.filter((r) => results[i].bool("risk", a1(r.row, RUN_COLUMNS.matches)) === false).map((r) => r.what);
      expect({ case: c.name, differing }).toEqual({ case: c.name, differing: c.changed });
    });
  });

  test("riskRunCurrent follows the table; a stale run is one more warning, never an integrity failure", () => {
    const defaultWarnings = warningCount(computeChecks({}));
    expect(defaultWarnings).toBe(CHECK_CASES[0].fails.length); // the defaults' findings, named in checkCases
    CASES.forEach((c, i) => {
      const stale = c.changed.length > 0;
      const r = results[i];
      expect({ case: c.name, current: r.boolName("Risk_RunCurrent") }).toEqual({ case: c.name, current: !stale });
      expect({ case: c.name, check: r.bool("checks", a1(checkRow(c.plan, "riskRunCurrent"), CHECK_COLUMNS.passes)) }).toEqual({ case: c.name, check: !stale });
      expect({ case: c.name, all: r.boolName("Check_All") }).toEqual({ case: c.name, all: true });
      expect(r.errors()).toEqual([]);
    });
    expect(results[0].numName("Warning_Count")).toBe(defaultWarnings);
    expect(results[1].numName("Warning_Count")).toBe(defaultWarnings);
    // 6,000 staff instead of 5,000 changes no finding of the engine's, so the stale run is the only new warning.
    expect(warningCount(computeChecks({ headcount: 6000 }))).toBe(defaultWarnings);
    expect(results[2].numName("Warning_Count")).toBe(defaultWarnings + 1);
  });

  test("the banner says whether the values below are current, in the sheet's language", () => {
    const banner = (i: number) => results[i].cell("risk", "A2");
    expect(banner(0)).toBe(RISK_TEXT.bannerCurrent.en);
    expect(banner(1)).toBe(RISK_TEXT.bannerCurrent.zh);
    expect(banner(2)).toBe(RISK_TEXT.bannerStale.en);
    expect(banner(3)).toBe(RISK_TEXT.bannerStale.zh);
    expect(RISK_TEXT.bannerStale.en).toMatch(/no longer match the current inputs — regenerate from the pane or run the CLI again/);
  });
});
