import { PATHS } from "../budget/paths";
import { columnName, rangeA1 } from "./excelAddress";
import { FORMAT, MAX_FISCAL_YEARS, MAX_MONTHS, sheetName, tr } from "./layout";
import { PHASING, fiscalColumn, monthColumn, pathPhasingRows, phasingCell, phasingMonths } from "./phasingLayout";
import type { CellPlan, Language, SheetPlan } from "./WorkbookPlan";

const FIRST_FISCAL = 2; // column C
const FIRST_MONTH = FIRST_FISCAL + MAX_FISCAL_YEARS + 1;
const HEADER_ROW = 2;
const MONTH_ROW = 3;

/**
 * Depreciation memo (P&L view), outside the cash totals: each month's capex written off straight-line over the
 * depreciation life from the month after purchase, by month and by fiscal year.
 */
export function buildDepreciationSheet(language: Language): SheetPlan {
  const zh = language === "zh-CN";
  const width = FIRST_MONTH + MAX_MONTHS;
  const blankRow = (): CellPlan[] => Array.from({ length: width }, (): CellPlan => ({ value: "" }));
  const rows: CellPlan[][] = [blankRow(), blankRow(), blankRow(), blankRow()];
  rows[0][0] = { value: zh ? "折旧备忘（损益视角，不计入总拥有成本与净现值）" : "Depreciation memo (P&L view, outside TCO and NPV)", style: "title" };
  rows[1][0] = { value: zh ? "资本支出自购置次月起按直线法在折旧年限内逐月摊销，并按财年汇总。" : "Capex is depreciated straight-line over the depreciation life from the month after purchase, then added up by fiscal year.", style: "note" };
  rows[HEADER_ROW][0] = { value: zh ? "方案" : "Path", style: "header" };
  rows[HEADER_ROW][1] = { value: zh ? "项目" : "Item", style: "header" };
  rows[MONTH_ROW][1] = { value: zh ? "月序号 m" : "Month number m", style: "note" };
  for (let k = 0; k < MAX_FISCAL_YEARS; k++) rows[HEADER_ROW][FIRST_FISCAL + k] = { formula: `=${phasingCell(language, PHASING.rows.fiscalLabel, fiscalColumn(k))}`, style: "header" };
  for (let m = 1; m <= MAX_MONTHS; m++) {
    rows[HEADER_ROW][FIRST_MONTH + m - 1] = { formula: `=${phasingCell(language, PHASING.rows.month, monthColumn(m))}`, style: "header", numberFormat: FORMAT.month };
    rows[MONTH_ROW][FIRST_MONTH + m - 1] = { formula: `=${phasingCell(language, PHASING.rows.monthNumber, monthColumn(m))}`, style: "note" };
  }
  const monthNumbers = rangeA1(MONTH_ROW, FIRST_MONTH, MONTH_ROW, FIRST_MONTH + MAX_MONTHS - 1, true);
  for (const p of PATHS) {
    const capexRow = rows.length;
    const capex = blankRow();
    capex[0] = { value: tr(p.label, language), style: "label" };
    capex[1] = { value: zh ? "资本支出" : "Capex", style: "label" };
    for (let m = 1; m <= MAX_MONTHS; m++) capex[FIRST_MONTH + m - 1] = { formula: `=${phasingCell(language, pathPhasingRows(p.id).capex, monthColumn(m))}`, style: "calc", numberFormat: FORMAT.money };
    rows.push(capex);
    const depRow = rows.length;
    const dep = blankRow();
    dep[0] = { value: tr(p.label, language), style: "label" };
    dep[1] = { value: zh ? "折旧" : "Depreciation", style: "subtotal" };
    const capexMonths = rangeA1(capexRow, FIRST_MONTH, capexRow, FIRST_MONTH + MAX_MONTHS - 1, true);
    for (let m = 1; m <= MAX_MONTHS; m++) {
      const mm = `${columnName(FIRST_MONTH + m - 1)}$${MONTH_ROW + 1}`;
      dep[FIRST_MONTH + m - 1] = { formula: `=SUMPRODUCT(${capexMonths},(${mm}-${monthNumbers}>=1)*(${mm}-${monthNumbers}<=12*Input_depreciationYears))/(12*Input_depreciationYears)`, style: "calc", numberFormat: FORMAT.money };
    }
    const depMonths = rangeA1(depRow, FIRST_MONTH, depRow, FIRST_MONTH + MAX_MONTHS - 1, true);
    const capMonths = capexMonths;
    for (let k = 0; k < MAX_FISCAL_YEARS; k++) {
      const kCell = phasingCell(language, PHASING.rows.fiscalNumber, fiscalColumn(k));
      const fiscal = phasingMonths(language, PHASING.rows.fiscalIndex);
      // Blank ("") for a fiscal year with no month in the window.
      const months = phasingCell(language, PHASING.rows.fiscalMonths, fiscalColumn(k));
      capex[FIRST_FISCAL + k] = { formula: `=IF(${months}=0,"",SUMIF(${fiscal},${kCell},${capMonths}))`, style: "calc", numberFormat: FORMAT.money };
      dep[FIRST_FISCAL + k] = { formula: `=IF(${months}=0,"",SUMIF(${fiscal},${kCell},${depMonths}))`, style: "subtotal", numberFormat: FORMAT.money };
    }
    rows.push(dep);
  }
  return {
    key: "depreciation",
    name: sheetName("depreciation", language),
    tabColor: "#8A8886",
    blocks: [{ row: 0, column: 0, cells: rows }],
    columnWidths: [16, 16, ...Array.from({ length: MAX_FISCAL_YEARS }, () => 13), 3, ...Array.from({ length: MAX_MONTHS }, () => 11)],
    frozen: { rows: 4, columns: 2 },
    validations: [],
    conditionalFormats: [
      { range: rangeA1(HEADER_ROW, FIRST_FISCAL, rows.length - 1, FIRST_FISCAL + MAX_FISCAL_YEARS - 1), formula: `=${columnName(FIRST_FISCAL)}$${HEADER_ROW + 1}=""`, style: "muted" },
      { range: rangeA1(HEADER_ROW, FIRST_MONTH, rows.length - 1, FIRST_MONTH + MAX_MONTHS - 1), formula: `=${columnName(FIRST_MONTH)}$${MONTH_ROW + 1}>Input_horizonYears*12`, style: "muted" },
    ],
    charts: [],
    protect: true,
    print: { landscape: true, fitToWidth: true },
  };
}
