/**
 * Issue 11 item 6, "no constants in calculation formulas": every number a formula of the generated workbook
 * uses is a named input (Input_*), a rate (Rate_*) or a sizing row, each in a labelled cell. The scan builds
 * the plan for several requirement sets, tokenises every formula of every sheet (cells and conditional
 * formats; see test/support/formulaLiterals.ts) and fails listing sheet!cell, the formula and the literal.
 *
 * What a formula may still write as a number, and why (the one place this is decided):
 * - ALLOWED magnitudes: identities and exact unit conversions (a sign in front is an operator, so -1 is 1).
 *   Calendar conventions are not unit conversions: 52 weeks, 365 days, 250 working days and 21 working days a
 *   month are choices (52.14, 365.25, …), so they live in the RateCard or on Inputs. 12 months a year is exact.
 * - STRUCTURAL arguments: an integer that is a whole argument in a position that shapes the function rather
 *   than feeding the arithmetic, e.g. ROUND(x,2) digits, MATCH(…,…,0) match type, INDEX row/column numbers,
 *   LEFT/RIGHT character counts. Only the positions listed in STRUCTURAL, only integers.
 * - CHOICE codes: a number compared by = or <> with a choice input whose allowed values include it, e.g.
 *   Input_mlpsLevel=3 (the level is a code, like Input_deploymentRegion="cn").
 *
 * The writers are thin (src/workbook/xlsxWriter.ts only prefixes newer functions with _xlfn.), so the plan is
 * what the file holds; the last test still reads a written .xlsx back with exceljs and scans that too.
 */
import ExcelJS from "exceljs";
import { buildWorkbookPlan, REQUIREMENT_SPECS, type WorkbookPlan } from "../../../src/engine";
import { writeXlsx } from "../../../src/workbook/xlsxWriter";
import { numericLiterals, type FormulaLiteral } from "../../support/formulaLiterals";

/** Allowed magnitudes, each with its reason. */
export const ALLOWED: ReadonlyMap<number, string> = new Map([
  [0, "zero: empty amounts, comparisons with nothing, IF(…,x,0)"],
  [1, "one: the unit in (1+rate), first month/year, TRUE-as-1 flags"],
  [12, "months per year (exact)"],
  [100, "percent ↔ share (exact)"],
  [1000, "SI kilo: kbps → Mbps, prices per 1,000 messages or minutes (exact)"],
  [1000000, "SI mega: prices per million characters (exact)"],
  [1000000000, "SI giga: bytes → GB (exact)"],
  [60, "seconds per minute, minutes per hour (exact)"],
  [8000000, "kilobits → gigabytes: 8 bits a byte × 10⁶ (exact)"],
]);

/** Function-structure argument positions (1-based) where an integer literal is allowed. */
export const STRUCTURAL: Readonly<Record<string, readonly number[]>> = {
  ROUND: [2],
  ROUNDUP: [2],
  ROUNDDOWN: [2],
  MATCH: [3],
  INDEX: [2, 3],
  OFFSET: [2, 3, 4, 5],
  LEFT: [2],
  RIGHT: [2],
  MID: [2, 3],
};

const CHOICES: ReadonlyMap<string, readonly unknown[]> = new Map(
  REQUIREMENT_SPECS.filter((s) => s.kind === "choice").map((s) => [`Input_${s.key}`, (s as { choices: readonly unknown[] }).choices]),
);

/** Why a literal is allowed, or null when it is a constant that belongs in a labelled cell. */
export function allowance(l: FormulaLiteral): string | null {
  const plain = ALLOWED.get(l.magnitude);
  if (plain) return plain;
  if (l.wholeArgumentOf && Number.isInteger(l.magnitude) && STRUCTURAL[l.wholeArgumentOf]?.includes(l.argument ?? 0)) return `structural argument ${l.argument} of ${l.wholeArgumentOf}`;
  if (l.comparedWith && CHOICES.get(l.comparedWith)?.includes(Number(l.text))) return `choice code of ${l.comparedWith}`;
  return null;
}

const column = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : column(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));

interface Formula {
  readonly sheet: string;
  readonly key: string;
  readonly cell: string;
  readonly formula: string;
}

function planFormulas(plan: WorkbookPlan): Formula[] {
  const out: Formula[] = [];
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks)
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.formula !== undefined) out.push({ sheet: sheet.name, key: sheet.key, cell: `${column(block.column + c)}${block.row + r + 1}`, formula: cell.formula });
        }),
      );
    for (const cf of sheet.conditionalFormats) out.push({ sheet: sheet.name, key: sheet.key, cell: `${cf.range} (conditional format)`, formula: cf.formula });
  }
  return out;
}

/** One line per offending literal: Sheet!cell, the literal and the formula (cut to 200 characters). */
function offenders(formulas: readonly Formula[]): string[] {
  const out: string[] = [];
  for (const f of formulas)
    for (const l of numericLiterals(f.formula)) {
      if (allowance(l) !== null) continue;
      out.push(`${f.sheet}!${f.cell}: ${l.text} in ${f.formula.slice(0, 200)}`);
    }
  return out;
}

const SETS: Record<string, Record<string, unknown>> = {
  defaults: {},
  onPremisePrivate: { hosting: "onPremise", commercialModel: "private" },
  hybridFeatures: { latencyTargetMs: 100, regions: 3, recording: true, translation: true, burnAfterReading: true, deploymentRegion: "international", currency: "USD", goLiveMonthsHybrid: 9 },
  domesticTech: { domesticTech: true, mlpsLevel: 3 },
  regulated: { industry: "finance", mlpsLevel: 3, securityFte: 2 },
  noMlps: { mlpsLevel: 0, migrateHistory: false },
  longHorizon: { horizonYears: 10, headcount: 50000 },
  aprilFiscalYear: { fiscalYearStartMonth: 4, projectStart: "2027-07", fiscalYearLabel: "end" },
};

const plans = new Map(Object.entries(SETS).map(([name, raw]) => [name, buildWorkbookPlan(raw, { monteCarlo: false, computedOn: "2026-12-01" })]));

describe("no constants in calculation formulas", () => {
  it.each(Object.keys(SETS))("%s: every literal is allowed", (name) => {
    const formulas = planFormulas(plans.get(name)!);
    expect(formulas.length).toBeGreaterThan(1000);
    expect(offenders(formulas)).toEqual([]);
  });

  it("every sheet with formulas is scanned", () => {
    const keys = new Set(planFormulas(plans.get("defaults")!).map((f) => f.key));
    for (const k of ["sizing", "selfBuild", "commercial", "hybrid", "phasing", "compare", "depreciation", "rateCard", "checks", "risk"]) expect(keys).toContain(k);
  });

  it("the scan fails on the constants the review found, naming sheet, cell, literal and formula", () => {
    const f = (formula: string): Formula => ({ sheet: "Sizing", key: "sizing", cell: "D47", formula });
    expect(offenders([f("=IF(ISNUMBER(Input_securityFte),Input_securityFte,(Rate_security_fte_selfbuild+IF((Input_mlpsLevel=3),0.5,0)))")])).toEqual([
      "Sizing!D47: 0.5 in =IF(ISNUMBER(Input_securityFte),Input_securityFte,(Rate_security_fte_selfbuild+IF((Input_mlpsLevel=3),0.5,0)))",
    ]);
    expect(offenders([f("=Input_messagesPerUserDay*Sizing!D8/250"), f("='Sizing'!$D$47*0.5"), f("=ROUNDUP(Rate_parallel_run_weeks*12/52,0)")]).map((s) => s.split(" in ")[0])).toEqual([
      "Sizing!D47: 250",
      "Sizing!D47: 0.5",
      "Sizing!D47: 52",
    ]);
    // Negated, scientific and leading-dot literals, and a choice value the input does not have.
    expect(offenders([f("=A1*(-0.25)+2E3*B2-.5"), f("=IF(Input_mlpsLevel=4,1,0)"), f("=ROUND(A1,2.5)")]).map((s) => s.split(" in ")[0])).toEqual([
      "Sizing!D47: -0.25",
      "Sizing!D47: 2E3",
      "Sizing!D47: .5",
      "Sizing!D47: 4",
      "Sizing!D47: 2.5",
    ]);
  });

  it("skips strings, sheet names, references, names and function names, and allows structure and choice codes", () => {
    const texts = (formula: string): string[] => numericLiterals(formula).map((l) => l.text);
    expect(texts(`='FY 2027'!$B$12+Sheet2!A1+"250 days"&"say ""52"""+Rate_abc_2+R1C1+LOG10(A2:B3)+SUM(3:5)`)).toEqual([]);
    expect(texts("=#REF!+A1*3")).toEqual(["3"]);
    const l = (formula: string): FormulaLiteral[] => numericLiterals(formula).filter((x) => x.magnitude !== 0 && x.magnitude !== 1);
    expect(l("=ROUND(A1*B1,2)").map(allowance)).toEqual(["structural argument 2 of ROUND"]);
    expect(l("=INDEX($B$7:$B$16,3)").map(allowance)).toEqual(["structural argument 2 of INDEX"]);
    expect(l("=ROUND(A1*2,0)").map(allowance)).toEqual([null]); // 2 is inside the first argument's arithmetic
    expect(l("=IF(Input_mlpsLevel=3,A1,B1)").map(allowance)).toEqual(["choice code of Input_mlpsLevel"]);
    expect(l("=IF(3=Input_mlpsLevel,A1,B1)").map(allowance)).toEqual(["choice code of Input_mlpsLevel"]);
    expect(l("=IF(Input_horizonYears=3,A1,B1)").map(allowance)).toEqual([null]); // a number input, not a code
    expect(l("=A1/250").map(allowance)).toEqual([null]);
  });

  it("the .xlsx the exceljs writer produces, read back, holds the same formulas and passes the same scan", async () => {
    const plan = plans.get("defaults")!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeXlsx(plan)) as unknown as ArrayBuffer);
    const formulas: Formula[] = [];
    book.eachSheet((ws) => {
      const key = plan.sheets.find((s) => s.name === ws.name)!.key;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const formula = cell.formula ?? (cell.value as { sharedFormula?: string } | null)?.sharedFormula;
          if (formula) formulas.push({ sheet: ws.name, key, cell: cell.address, formula });
        }),
      );
    });
    expect(formulas.length).toBe(planFormulas(plan).filter((f) => !f.cell.endsWith("(conditional format)")).length);
    expect(offenders(formulas)).toEqual([]);
  });
});
