import { PATHS, type PathId } from "../budget/paths";
import { BUDGET_COLUMNS, budgetSheetLayout } from "./budgetSheetLayout";
import { totalNames } from "./buildBudgetSheet";
import { a1, columnName, rangeA1, sheetRef } from "./excelAddress";
import { FORMAT, YEAR_COUNT, sheetName, tr } from "./layout";
import type { CellPlan, Language, SheetPlan } from "./WorkbookPlan";

const FIRST_YEAR = 1; // column B
const YEAR_ROW = 3; // year index t, for the break-even helpers

export const COMPARE_LAYOUT = {
  yearsHeaderRow: 2,
  pathRow: (i: number) => 4 + i,
  cumulativeHeaderRow: 8,
  cumulativeRow: (i: number) => 9 + i,
  breakEvenHeaderRow: 13,
  breakEvenRow: (i: number) => 14 + i,
  helperHeaderRow: 18,
  helperRow: (a: number, b: number) => 19 + a * 3 + b,
} as const;

const TEXT = {
  title: { en: "Paths compared", zh: "方案对比" },
  note: { en: "Cash out by year, TCO (undiscounted, with contingency), NPV (present value of cost), cost per user per month.", zh: "各年现金支出、总拥有成本（不折现，含预备费）、净现值（成本现值）、每用户每月成本。" },
  path: { en: "Path", zh: "方案" },
  tco: { en: "TCO", zh: "总拥有成本" },
  npv: { en: "NPV", zh: "净现值" },
  cpu: { en: "Per user per month", zh: "每用户每月" },
  est: { en: "Rests on estimates", zh: "依赖估算占比" },
  cumulative: { en: "Cumulative cost by year", zh: "各年累计成本" },
  breakEven: { en: "Break-even year: first year the row's cumulative cost is at or below the column's", zh: "盈亏平衡年：行方案累计成本首次不高于列方案的年份" },
  none: { en: "none", zh: "无" },
  helper: { en: "Helper: 1 where the first path's cumulative cost ≤ the second's within the horizon", zh: "辅助行：预算期内前者累计成本 ≤ 后者时为 1" },
  yearIndex: { en: "Year index t", zh: "年份序号 t" },
  chart: { en: "Cumulative cost by path", zh: "各方案累计成本" },
};

export function buildCompareSheet(language: Language): SheetPlan {
  const L = budgetSheetLayout();
  const width = FIRST_YEAR + YEAR_COUNT + 4;
  const rows: CellPlan[][] = Array.from({ length: COMPARE_LAYOUT.helperRow(2, 2) + 1 }, () => Array.from({ length: width }, (): CellPlan => ({ value: "" })));
  const set = (r: number, c: number, cell: CellPlan) => (rows[r][c] = cell);
  const yc = (t: number) => columnName(FIRST_YEAR + t);
  const budgetCell = (path: PathId, row: number, t: number) => sheetRef(sheetName(path, language), `${columnName(BUDGET_COLUMNS.firstYear + t)}$${row + 1}`);

  set(0, 0, { value: tr(TEXT.title, language), style: "title" });
  set(1, 0, { value: tr(TEXT.note, language), style: "note" });
  set(COMPARE_LAYOUT.yearsHeaderRow, 0, { value: tr(TEXT.path, language), style: "header" });
  for (let t = 0; t < YEAR_COUNT; t++) set(COMPARE_LAYOUT.yearsHeaderRow, FIRST_YEAR + t, { value: `Y${t}`, style: "header" });
  [TEXT.tco, TEXT.npv, TEXT.cpu, TEXT.est].forEach((h, i) => set(COMPARE_LAYOUT.yearsHeaderRow, FIRST_YEAR + YEAR_COUNT + i, { value: tr(h, language), style: "header" }));
  set(YEAR_ROW, 0, { value: tr(TEXT.yearIndex, language), style: "note" });
  for (let t = 0; t < YEAR_COUNT; t++) set(YEAR_ROW, FIRST_YEAR + t, { formula: `=${budgetCell("selfBuild", L.yearRow, t)}`, style: "note", numberFormat: FORMAT.integer });

  set(COMPARE_LAYOUT.cumulativeHeaderRow, 0, { value: tr(TEXT.cumulative, language), style: "header" });
  for (let t = 0; t < YEAR_COUNT; t++) set(COMPARE_LAYOUT.cumulativeHeaderRow, FIRST_YEAR + t, { value: `Y${t}`, style: "header" });
  PATHS.forEach((p, i) => {
    const names = totalNames(p.id);
    const r = COMPARE_LAYOUT.pathRow(i);
    set(r, 0, { value: tr(p.label, language), style: "label" });
    for (let t = 0; t < YEAR_COUNT; t++) set(r, FIRST_YEAR + t, { formula: `=${budgetCell(p.id, L.totalRow, t)}`, style: "calc", numberFormat: FORMAT.money });
    set(r, FIRST_YEAR + YEAR_COUNT, { formula: `=${names.tco}`, style: "total", numberFormat: FORMAT.money });
    set(r, FIRST_YEAR + YEAR_COUNT + 1, { formula: `=${names.npv}`, style: "total", numberFormat: FORMAT.money });
    set(r, FIRST_YEAR + YEAR_COUNT + 2, { formula: `=${names.costPerUser}`, style: "total", numberFormat: FORMAT.money2 });
    set(r, FIRST_YEAR + YEAR_COUNT + 3, { formula: `=${names.estimateShare}`, style: "calc", numberFormat: FORMAT.percent });
    const c = COMPARE_LAYOUT.cumulativeRow(i);
    set(c, 0, { value: tr(p.label, language), style: "label" });
    for (let t = 0; t < YEAR_COUNT; t++) set(c, FIRST_YEAR + t, { formula: `=${budgetCell(p.id, L.cumulativeRow, t)}`, style: "calc", numberFormat: FORMAT.money });
  });

  set(COMPARE_LAYOUT.breakEvenHeaderRow, 0, { value: tr(TEXT.breakEven, language), style: "header" });
  PATHS.forEach((p, j) => set(COMPARE_LAYOUT.breakEvenHeaderRow, FIRST_YEAR + j, { value: tr(p.label, language), style: "header" }));
  set(COMPARE_LAYOUT.helperHeaderRow, 0, { value: tr(TEXT.helper, language), style: "note" });
  PATHS.forEach((a, i) => {
    const r = COMPARE_LAYOUT.breakEvenRow(i);
    set(r, 0, { value: tr(a.label, language), style: "label" });
    PATHS.forEach((b, j) => {
      const h = COMPARE_LAYOUT.helperRow(i, j);
      set(h, 0, { value: `${a.excelName} ≤ ${b.excelName}`, style: "note" });
      for (let t = 0; t < YEAR_COUNT; t++) {
        const col = yc(t);
        set(h, FIRST_YEAR + t, { formula: `=IF(AND(${col}$${YEAR_ROW + 1}<=Input_horizonYears,${col}$${COMPARE_LAYOUT.cumulativeRow(i) + 1}<=${col}$${COMPARE_LAYOUT.cumulativeRow(j) + 1}),1,0)`, style: "note" });
      }
      const helperRange = `${yc(0)}${h + 1}:${yc(YEAR_COUNT - 1)}${h + 1}`;
      set(r, FIRST_YEAR + j, i === j ? { value: "–", style: "note" } : { formula: `=IFERROR(MATCH(1,${helperRange},0)-1,"${tr(TEXT.none, language)}")`, style: "calc", numberFormat: FORMAT.general });
    });
  });

  return {
    key: "compare",
    name: sheetName("compare", language),
    tabColor: "#C239B3",
    blocks: [{ row: 0, column: 0, cells: rows }],
    columnWidths: [22, ...Array.from({ length: YEAR_COUNT }, () => 13), 15, 15, 13, 12],
    frozen: { rows: 3, columns: 1 },
    validations: [],
    conditionalFormats: [],
    charts: [
      {
        title: tr(TEXT.chart, language),
        type: "line",
        dataRange: rangeA1(COMPARE_LAYOUT.cumulativeHeaderRow, 0, COMPARE_LAYOUT.cumulativeRow(2), YEAR_COUNT),
        topLeft: a1(COMPARE_LAYOUT.helperRow(2, 2) + 2, 0),
        bottomRight: a1(COMPARE_LAYOUT.helperRow(2, 2) + 20, 8),
      },
    ],
    protect: true,
    print: { landscape: true, fitToWidth: true },
  };
}
