import { CATEGORIES } from "../budget/categories";
import { PATHS } from "../budget/paths";
import { COST_LINES } from "../lines/costLines";
import { BUDGET_COLUMNS as COL, budgetSheetLayout } from "./budgetSheetLayout";
import { columnName, rangeA1, sheetRef } from "./excelAddress";
import { FORMAT, MAX_FISCAL_YEARS, MAX_MONTHS, sheetName, tr } from "./layout";
import { PHASING, fiscalColumn, monthColumn, pathPhasingRows, phasingHeight } from "./phasingLayout";
import type { CellPlan, Language, SheetPlan } from "./WorkbookPlan";

type Text = { readonly en: string; readonly zh: string };
const T = {
  title: { en: "Phasing: the budget month by month", zh: "月度分布：逐月预算" },
  note: {
    en: "Every month of the window from the project start, rolled up into fiscal years. Months past the window are 0 and greyed out. Each path's rows add its budget sheet's lines by category; its total is cash, with fees billed annually in advance in their billing month.",
    zh: "从项目开始起预算窗口内的每个月，并汇总到财年。窗口之后的月份为 0（灰色显示）。各方案的行按类别汇总其预算表中的费用项；合计为现金口径，按年预付的费用计入账单月份。",
  },
  monthNumber: { en: "Month number m", zh: "月序号 m" },
  month: { en: "Month", zh: "月份" },
  inWindow: { en: "In the window (1/0)", zh: "是否在预算窗口内（1/0）" },
  windowYear: { en: "Window year (twelve months from the start)", zh: "窗口年（自开始起每十二个月）" },
  fiscalIndex: { en: "Fiscal-year column (−1 past the window)", zh: "财年列序号（窗口外为 −1）" },
  discount: { en: "Discount factor (1 + r)^−((m − timing)/12)", zh: "折现系数 (1 + r)^−((m − 时点)/12)" },
  fiscalHeader: { en: "Fiscal years in the window", zh: "预算窗口内的财年" },
  fiscalNumber: { en: "Fiscal-year column k", zh: "财年列序号 k" },
  fiscalStartYear: { en: "Calendar year it starts in", zh: "开始的日历年" },
  fiscalLabel: { en: "Fiscal year", zh: "财年" },
  fiscalMonths: { en: "Months of it in the window", zh: "窗口内月数" },
  contingency: { en: "Contingency", zh: "预备费" },
  billing: { en: "Fees billed annually in advance: moved to their billing month", zh: "按年预付费用：移至账单月份" },
  total: { en: "Total cash (TCO, NPV, break-even)", zh: "现金合计（总拥有成本、净现值、盈亏平衡）" },
  cumulative: { en: "Cumulative", zh: "累计" },
  capex: { en: "of which capex (contingency on capitalised lines included)", zh: "其中资本支出（含资本化费用的预备费）" },
} satisfies Record<string, Text>;

const START = "Input_projectStart";
/** The calendar year the project's first fiscal year starts in. */
const FIRST_FISCAL_START = `(YEAR(${START})-IF(MONTH(${START})<Input_fiscalYearStartMonth,1,0))`;

/** A fiscal year's name from its start-year cell, built from numbers and & (never a localised date format). */
function fiscalLabelFormula(startYear: string, months: string, language: Language): string {
  const span = `${startYear}&"/"&RIGHT(${startYear}+1,2)`;
  const text = `IF(Input_fiscalYearStartMonth=1,${startYear},IF(Input_fiscalYearLabel="span",${span},IF(Input_fiscalYearLabel="end",${startYear}+1,${startYear})))`;
  return `=IF(${months}=0,"",${language === "zh-CN" ? `${text}&"年度"` : `"FY"&${text}`})`;
}

function calendarRows(set: (r: number, c: number, cell: CellPlan) => void, language: Language): void {
  const R = PHASING.rows;
  const at = (row: number, m: number) => `${columnName(monthColumn(m))}${row + 1}`;
  for (let m = 1; m <= MAX_MONTHS; m++) {
    const c = monthColumn(m);
    set(R.monthNumber, c, m === 1 ? { formula: "=1", style: "calc" } : { formula: `=${at(R.monthNumber, m - 1)}+1`, style: "calc" });
    set(R.month, c, { formula: `=DATE(YEAR(${START}),MONTH(${START})+${at(R.monthNumber, m)}-1,1)`, style: "calc", numberFormat: FORMAT.month });
    set(R.inWindow, c, { formula: `=IF(${at(R.monthNumber, m)}<=Input_horizonYears*12,1,0)`, style: "calc" });
    set(R.windowYear, c, { formula: `=ROUNDUP(${at(R.monthNumber, m)}/12,0)`, style: "calc" });
    set(R.fiscalIndex, c, { formula: `=IF(${at(R.inWindow, m)}=1,YEAR(${at(R.month, m)})-IF(MONTH(${at(R.month, m)})<Input_fiscalYearStartMonth,1,0)-${FIRST_FISCAL_START},-1)`, style: "calc" });
    set(R.discount, c, { formula: `=IF(${at(R.inWindow, m)}=1,1/POWER(1+Input_discountRate,(${at(R.monthNumber, m)}-Input_discountTiming)/12),0)`, style: "calc", numberFormat: FORMAT.factor });
  }
  const fiscalRow = `$${columnName(monthColumn(1))}$${R.fiscalIndex + 1}:$${columnName(monthColumn(MAX_MONTHS))}$${R.fiscalIndex + 1}`;
  for (let k = 0; k < MAX_FISCAL_YEARS; k++) {
    const c = fiscalColumn(k);
    const cell = (row: number) => `${columnName(c)}${row + 1}`;
    set(R.fiscalNumber, c, k === 0 ? { formula: "=0", style: "calc" } : { formula: `=${columnName(c - 1)}${R.fiscalNumber + 1}+1`, style: "calc" });
    set(R.fiscalStartYear, c, { formula: `=${FIRST_FISCAL_START}+${cell(R.fiscalNumber)}`, style: "calc", numberFormat: FORMAT.general });
    set(R.fiscalMonths, c, { formula: `=COUNTIF(${fiscalRow},${cell(R.fiscalNumber)})`, style: "calc" });
    set(R.fiscalLabel, c, { formula: fiscalLabelFormula(cell(R.fiscalStartYear), cell(R.fiscalMonths), language), style: "header" });
  }
}

/** One path's cost by category and month: sums of its budget sheet's line-month cells. */
function pathRows(set: (r: number, c: number, cell: CellPlan) => void, language: Language): void {
  const L = budgetSheetLayout();
  const t = (x: Text) => tr(x, language);
  for (const p of PATHS) {
    const rows = pathPhasingRows(p.id);
    const budget = (address: string) => sheetRef(sheetName(p.id, language), address);
    set(rows.title, 0, { value: tr(p.label, language), style: "subtitle" });
    for (const cat of CATEGORIES) set(rows.category[cat.id], 0, { value: t(cat.label), style: "label" });
    set(rows.contingency, 0, { value: t(T.contingency), style: "label" });
    set(rows.billing, 0, { value: t(T.billing), style: "label" });
    set(rows.total, 0, { value: t(T.total), style: "total" });
    set(rows.cumulative, 0, { value: t(T.cumulative), style: "label" });
    set(rows.capex, 0, { value: t(T.capex), style: "label" });
    for (let m = 1; m <= MAX_MONTHS; m++) {
      const c = monthColumn(m);
      const bc = columnName(COL.firstMonth + m - 1);
      const here = (row: number) => `${columnName(c)}${row + 1}`;
      for (const cat of CATEGORIES) {
        const has = COST_LINES.some((l) => l.category === cat.id);
        const first = L.categoryHeaderRow[cat.id] + 2;
        set(rows.category[cat.id], c, { formula: has ? `=SUM(${budget(`${bc}$${first}:${bc}$${L.subtotalRow[cat.id]}`)})` : "=0", style: "calc", numberFormat: FORMAT.money });
      }
      set(rows.contingency, c, { formula: `=${budget(`${bc}${L.contingencyMeteredRow + 1}`)}+${budget(`${bc}${L.contingencyLabourRow + 1}`)}`, style: "calc", numberFormat: FORMAT.money });
      set(rows.billing, c, { formula: `=${budget(`${bc}${L.cashRow + 1}`)}-${budget(`${bc}${L.totalRow + 1}`)}`, style: "calc", numberFormat: FORMAT.money });
      set(rows.total, c, { formula: `=SUM(${here(rows.category[CATEGORIES[0].id])}:${here(rows.billing)})`, style: "total", numberFormat: FORMAT.money });
      set(rows.cumulative, c, { formula: m === 1 ? `=${here(rows.total)}` : `=${columnName(c - 1)}${rows.cumulative + 1}+${here(rows.total)}`, style: "calc", numberFormat: FORMAT.money });
      set(rows.capex, c, { formula: `=${budget(`${bc}${L.capexRow + 1}`)}`, style: "calc", numberFormat: FORMAT.money });
    }
  }
}

/** The Phasing sheet: the calendar rows every sheet reads, then each path's cost by category and month. */
export function buildPhasingSheet(language: Language): SheetPlan {
  const width = monthColumn(MAX_MONTHS) + 1;
  const rows: CellPlan[][] = Array.from({ length: phasingHeight() }, () => Array.from({ length: width }, (): CellPlan => ({ value: "" })));
  const set = (r: number, c: number, cell: CellPlan) => (rows[r][c] = cell);
  const t = (x: Text) => tr(x, language);
  set(0, 0, { value: t(T.title), style: "title" });
  set(1, 0, { value: t(T.note), style: "note" });
  const R = PHASING.rows;
  ([["monthNumber", T.monthNumber], ["month", T.month], ["inWindow", T.inWindow], ["windowYear", T.windowYear], ["fiscalIndex", T.fiscalIndex], ["discount", T.discount], ["fiscalNumber", T.fiscalNumber], ["fiscalStartYear", T.fiscalStartYear], ["fiscalLabel", T.fiscalLabel], ["fiscalMonths", T.fiscalMonths]] as const).forEach(([key, label]) =>
    set(R[key], 0, { value: t(label), style: "label" }),
  );
  set(R.fiscalHeader, 0, { value: t(T.fiscalHeader), style: "subtitle" });
  calendarRows(set, language);
  pathRows(set, language);
  return {
    key: "phasing",
    name: sheetName("phasing", language),
    tabColor: "#8764B8",
    blocks: [{ row: 0, column: 0, cells: rows }],
    columnWidths: [40, 2, ...Array.from({ length: MAX_MONTHS }, () => 12)],
    frozen: { rows: R.month + 1, columns: 1 },
    validations: [],
    conditionalFormats: [
      // Months past the window (the in-window row is 0) and fiscal columns with no month in it, greyed out.
      { range: rangeA1(R.monthNumber, monthColumn(1), R.discount, monthColumn(MAX_MONTHS)), formula: `=${columnName(monthColumn(1))}$${R.inWindow + 1}=0`, style: "muted" },
      { range: rangeA1(R.fiscalNumber, fiscalColumn(0), R.fiscalMonths, fiscalColumn(MAX_FISCAL_YEARS - 1)), formula: `=${columnName(fiscalColumn(0))}$${R.fiscalMonths + 1}=0`, style: "muted" },
      { range: rangeA1(PHASING.pathTop(0), monthColumn(1), phasingHeight() - 1, monthColumn(MAX_MONTHS)), formula: `=${columnName(monthColumn(1))}$${R.inWindow + 1}=0`, style: "muted" },
    ],
    charts: [],
    protect: true,
    print: { landscape: true, fitToWidth: false },
  };
}
