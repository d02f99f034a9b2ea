import { columnName } from "../../src/engine/workbook/excelAddress";
import { printPlan } from "../../src/engine/workbook/printPlan";
import type { CellPlan, NamePlan, PrintableSheetPlan, SheetPlan, WorkbookPlan } from "../../src/engine/workbook/WorkbookPlan";

const col = columnName;

/** A sheet with the engine's page setup for its own widths (widths are not refitted here). */
export function withPage(s: SheetPlan): PrintableSheetPlan {
  return { ...s, page: printPlan(s, s.columnWidths, "en-US") };
}

function sheet(key: SheetPlan["key"], name: string, cells: CellPlan[][], extra: Partial<SheetPlan> = {}): PrintableSheetPlan {
  return withPage({
    key,
    name,
    tabColor: "#107C10",
    blocks: [{ row: 0, column: 0, cells }],
    columnWidths: cells[0].map(() => 12),
    validations: [],
    conditionalFormats: [],
    charts: [],
    protect: true,
    print: { landscape: true, fitToWidth: true },
    ...extra,
  });
}

/**
 * A small workbook plan with the same shape as the real one: Inputs (named Input_*), RateCard (list,
 * discount, effective named Rate_*), one budget sheet per line count and year count, Compare with a chart,
 * Checks with Check_All. Labels include text that Excel would otherwise read as formulas or numbers.
 */
export function syntheticPlan(options: { lines?: number; years?: number; headcount?: number; sheetSuffix?: string } = {}): WorkbookPlan {
  const lines = options.lines ?? 4;
  const years = options.years ?? 3;
  const sfx = options.sheetSuffix ?? "";
  const inputsName = `Inputs${sfx}`;
  const ratesName = `RateCard${sfx}`;
  const budgetName = `SelfBuild${sfx}`;
  const names: NamePlan[] = [];

  const inputs: CellPlan[][] = [
    [{ value: "key", style: "header" }, { value: "value", style: "header" }, { value: "note", style: "header" }],
    [{ value: "headcount", style: "label" }, { value: options.headcount ?? 5000, style: "input", numberFormat: "#,##0" }, { value: "=1+1", style: "note" }],
    [{ value: "discountRate", style: "label" }, { value: 0.08, style: "input", numberFormat: "0.0%" }, { value: "@foo", style: "note" }],
    [{ value: "override", style: "label" }, { value: "auto", style: "input" }, { value: "-x", style: "note" }],
    [{ value: "moderation", style: "label" }, { value: true, style: "input" }, { value: "+y", style: "note" }],
    [{ value: "asOf", style: "label" }, { value: "2025-06-30", style: "input", numberFormat: "@" }, { value: "12", style: "note" }],
  ];
  const inputCells: Record<string, { sheet: "inputs"; address: string }> = {};
  ["headcount", "discountRate", "override", "moderation", "asOf"].forEach((k, i) => {
    inputCells[k] = { sheet: "inputs", address: `$B$${i + 2}` };
    names.push({ name: `Input_${k}`, sheet: "inputs", address: `$B$${i + 2}` });
  });

  const rates: CellPlan[][] = [[{ value: "key", style: "header" }, { value: "list", style: "header" }, { value: "discount", style: "header" }, { value: "effective", style: "header" }]];
  const rateCells: Record<string, { sheet: "rateCard"; list: string; discount: string }> = {};
  for (let i = 0; i < lines; i++) {
    const row = i + 2;
    rates.push([
      { value: `rate${i}`, style: "label" },
      { value: 100 + i, style: "input", numberFormat: "#,##0.##" },
      { value: 0.1, style: "input", numberFormat: "0.0%" },
      { formula: `=B${row}*(1-C${row})`, style: "calc", numberFormat: "#,##0.##" },
    ]);
    rateCells[`rate${i}`] = { sheet: "rateCard", list: `$B$${row}`, discount: `$C$${row}` };
    names.push({ name: `Rate_rate${i}`, sheet: "rateCard", address: `$D$${row}` });
  }

  const header: CellPlan[] = [{ value: "line", style: "header" }, ...Array.from({ length: years + 1 }, (_, t): CellPlan => ({ value: `Y${t}`, style: "header" })), { value: "total", style: "header" }];
  const budget: CellPlan[][] = [header];
  for (let i = 0; i < lines; i++) {
    const r = i + 2;
    budget.push([
      { value: `line ${i}`, style: "label" },
      ...Array.from({ length: years + 1 }, (_, t): CellPlan => ({ formula: `=Rate_rate${i}*Input_headcount/1000*${t === 0 ? 1 : `(1+Input_discountRate)^${t}`}`, style: "calc", numberFormat: "#,##0" })),
      { formula: `=SUM(B${r}:${col(years + 1)}${r})`, style: "calc", numberFormat: "#,##0" },
    ]);
  }
  const totalRow = lines + 2;
  budget.push([
    { value: "Total", style: "total" },
    ...Array.from({ length: years + 1 }, (_, t): CellPlan => ({ formula: `=SUM(${col(t + 1)}2:${col(t + 1)}${totalRow - 1})`, style: "total", numberFormat: "#,##0" })),
    { formula: `=SUM(${col(years + 2)}2:${col(years + 2)}${totalRow - 1})`, style: "total", numberFormat: "#,##0" },
  ]);
  names.push({ name: "Total_TCO_SelfBuild", sheet: "selfBuild", address: `$${col(years + 2)}$${totalRow}` });

  const q = (n: string) => `'${n}'`;
  const compare: CellPlan[][] = [
    [{ value: "path", style: "header" }, ...Array.from({ length: years + 1 }, (_, t): CellPlan => ({ value: `Y${t}`, style: "header" }))],
    [{ value: "Self-build", style: "label" }, ...Array.from({ length: years + 1 }, (_, t): CellPlan => ({ formula: `=${q(budgetName)}!${col(t + 1)}${totalRow}`, style: "calc" }))],
  ];
  const checks: CellPlan[][] = [
    [{ value: "check", style: "header" }, { value: "passes", style: "header" }],
    [{ value: "headcount positive", style: "label" }, { formula: "=Input_headcount>0", style: "check" }],
    [{ value: "All", style: "total" }, { formula: "=AND(B2:B2)", style: "check" }],
  ];
  names.push({ name: "Check_All", sheet: "checks", address: "$B$3" });

  return {
    language: "en-US",
    engineVersion: "test",
    generatorMark: "IMCOST test",
    font: { name: "Arial", size: 10 },
    sheets: [
      sheet("inputs", inputsName, inputs, {
        frozen: { rows: 1, columns: 1 },
        validations: [
          { range: "B2", rule: { type: "whole", min: 1, max: 1000000 }, message: "headcount: a whole number from 1 to 1000000" },
          { range: "B5", rule: { type: "list", values: ["TRUE", "FALSE"] }, message: "moderation: TRUE or FALSE" },
        ],
      }),
      sheet("rateCard", ratesName, rates, {
        frozen: { rows: 1, columns: 0 },
        validations: [{ range: `C2:C${lines + 1}`, rule: { type: "decimal", min: 0, max: 1 }, message: "discount: 0 to 1" }],
        conditionalFormats: [{ range: `C2:C${lines + 1}`, formula: "=C2>0.5", style: "warn" }],
      }),
      sheet("selfBuild", budgetName, budget, { frozen: { rows: 1, columns: 1 } }),
      sheet("compare", `Compare${sfx}`, compare, { charts: [{ title: "Cumulative", type: "line", dataRange: `A1:${col(years + 1)}2`, topLeft: "A5", bottomRight: "H20" }] }),
      sheet("checks", `Checks${sfx}`, checks, { conditionalFormats: [{ range: "B2:B3", formula: "=B2=FALSE", style: "bad" }], print: { landscape: false, fitToWidth: true } }),
    ],
    names,
    inputCells,
    rateCells,
  };
}
