import { COST_LINES } from "../../../src/engine/lines/costLines";
import { RISK_ALLOWANCES } from "../../../src/engine/lines/riskAllowances";
import { PATH_IDS } from "../../../src/engine/budget/paths";

const lineOf = (id: string) => COST_LINES.find((l) => l.id === id);
const allowanceLines = RISK_ALLOWANCES.flatMap((a) => (a.budgetedAs.kind === "line" ? [a.budgetedAs.line] : []));

describe("every risk allowance in the model, each risk budgeted once", () => {
  test("the list: two contingency rows and five allowance lines", () => {
    expect(RISK_ALLOWANCES.map((a) => a.id)).toEqual(["contingencyMetered", "contingencyLabour", "integrationOverrun", "technicalDebt", "complianceChange", "scaleOut", "exitReserve"]);
  });

  test("every line it names exists", () => {
    const named = [...allowanceLines, ...RISK_ALLOWANCES.flatMap((a) => a.covers)];
    expect(named.filter((id) => !lineOf(id))).toEqual([]);
  });

  test("every hidden-cost line is a listed allowance (a new reserve must say what it covers)", () => {
    const hidden = COST_LINES.filter((l) => l.category === "hidden").map((l) => l.id);
    expect(hidden.filter((id) => !allowanceLines.includes(id))).toEqual([]);
  });

  test("no allowance carries contingency on top of itself", () => {
    expect(allowanceLines.filter((id) => lineOf(id)!.contingency !== "none")).toEqual([]);
  });

  test("no line is covered twice: by its contingency class and by an allowance line, or by two lines", () => {
    const twice: string[] = [];
    for (const line of COST_LINES) {
      const byClass = line.contingency === "none" ? [] : [line.contingency];
      const byLines = RISK_ALLOWANCES.filter((a) => a.covers.includes(line.id)).map((a) => a.id);
      if (byClass.length + byLines.length > 1) twice.push(`${line.id}: ${[...byClass, ...byLines].join(" + ")}`);
    }
    expect(twice).toEqual([]);
  });

  test("every line an allowance covers is one some path uses", () => {
    for (const a of RISK_ALLOWANCES) for (const id of a.covers) expect(PATH_IDS.some((p) => lineOf(id)!.amount[p] !== undefined)).toBe(true);
  });
});
