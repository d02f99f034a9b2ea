import { PATHS } from "../budget/paths";
import { BUDGET_COLUMNS, budgetSheetLayout } from "./budgetSheetLayout";
import { sizingCellFrom, sizingYearCellFrom } from "./buildSizingSheet";
import { columnName, sheetRef } from "./excelAddress";
import { FORMAT, YEAR_COUNT, sheetName, tr } from "./layout";
import type { CellPlan, Language, SheetPlan } from "./WorkbookPlan";

const FIRST_YEAR = 2; // column C
const YEAR_ROW = 3;

/** Depreciation memo (P&L view): capex written off straight-line from the year after purchase; outside the cash totals. */
export function buildDepreciationSheet(language: Language): SheetPlan {
  const zh = language === "zh-CN";
  const L = budgetSheetLayout();
  const width = FIRST_YEAR + YEAR_COUNT;
  const blankRow = (): CellPlan[] => Array.from({ length: width }, (): CellPlan => ({ value: "" }));
  const rows: CellPlan[][] = [blankRow(), blankRow(), blankRow(), blankRow()];
  rows[0][0] = { value: zh ? "折旧备忘（损益视角，不计入总拥有成本与净现值）" : "Depreciation memo (P&L view, outside TCO and NPV)", style: "title" };
  rows[1][0] = { value: zh ? "资本支出自购置次年起按直线法在折旧年限内摊销。" : "Capex is depreciated straight-line over the depreciation life, from the year after purchase.", style: "note" };
  rows[2][0] = { value: zh ? "方案" : "Path", style: "header" };
  rows[2][1] = { value: zh ? "项目" : "Item", style: "header" };
  rows[YEAR_ROW][1] = { value: zh ? "年份序号 t" : "Year index t", style: "note" };
  for (let t = 0; t < YEAR_COUNT; t++) {
    rows[2][FIRST_YEAR + t] = { value: `Y${t}`, style: "header" };
    rows[YEAR_ROW][FIRST_YEAR + t] = { formula: `=${sizingYearCellFrom(language, t)}`, style: "note", numberFormat: FORMAT.integer };
  }
  const yearsAbs = `$${columnName(FIRST_YEAR)}$${YEAR_ROW + 1}:$${columnName(FIRST_YEAR + YEAR_COUNT - 1)}$${YEAR_ROW + 1}`;
  for (const p of PATHS) {
    const capexRow = rows.length;
    const capex = blankRow();
    capex[0] = { value: tr(p.label, language), style: "label" };
    capex[1] = { value: zh ? "资本支出" : "Capex", style: "label" };
    for (let t = 0; t < YEAR_COUNT; t++) capex[FIRST_YEAR + t] = { formula: `=${sheetRef(sheetName(p.id, language), `${columnName(BUDGET_COLUMNS.firstYear + t)}$${L.capexRow + 1}`)}`, style: "calc", numberFormat: FORMAT.money };
    rows.push(capex);
    const dep = blankRow();
    dep[0] = { value: tr(p.label, language), style: "label" };
    dep[1] = { value: zh ? "折旧" : "Depreciation", style: "subtotal" };
    const capexAbs = `$${columnName(FIRST_YEAR)}$${capexRow + 1}:$${columnName(FIRST_YEAR + YEAR_COUNT - 1)}$${capexRow + 1}`;
    for (let t = 0; t < YEAR_COUNT; t++) {
      const yc = `${columnName(FIRST_YEAR + t)}$${YEAR_ROW + 1}`;
      dep[FIRST_YEAR + t] = {
        formula: `=${sizingCellFrom(language, "flagInHorizon", t)}*SUMPRODUCT(${capexAbs},(${yc}-${yearsAbs}>=1)*(${yc}-${yearsAbs}<=Input_depreciationYears))/Input_depreciationYears`,
        style: "subtotal",
        numberFormat: FORMAT.money,
      };
    }
    rows.push(dep);
  }
  return {
    key: "depreciation",
    name: sheetName("depreciation", language),
    tabColor: "#8A8886",
    blocks: [{ row: 0, column: 0, cells: rows }],
    columnWidths: [16, 16, ...Array.from({ length: YEAR_COUNT }, () => 13)],
    frozen: { rows: 4, columns: 2 },
    validations: [],
    conditionalFormats: [],
    charts: [],
    protect: true,
    print: { landscape: true, fitToWidth: true },
  };
}
