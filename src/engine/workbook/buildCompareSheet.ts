import { PATHS, type PathId } from "../budget/paths";
import { BUDGET_COLUMNS, budgetSheetLayout } from "./budgetSheetLayout";
import { totalNames } from "./buildBudgetSheet";
import { a1, columnName, rangeA1, sheetRef } from "./excelAddress";
import { FORMAT, MAX_FISCAL_YEARS, MAX_MONTHS, sheetName, tr } from "./layout";
import { PHASING, fiscalColumn, monthColumn, pathPhasingRows, phasingCell, phasingMonths } from "./phasingLayout";
import type { CellPlan, Language, SheetPlan } from "./WorkbookPlan";

const FIRST = 1; // column B: the first fiscal year, then TCO, NPV, per user, estimates; break-even columns
const F = MAX_FISCAL_YEARS;

/** The four views by fiscal year, in this order; cash first (its rows also hold TCO, NPV, per user, estimates). */
export const COMPARE_VIEWS = ["cash", "pnl", "capex", "opex"] as const;
export type CompareView = (typeof COMPARE_VIEWS)[number];
const viewIndex = (v: CompareView): number => COMPARE_VIEWS.indexOf(v);
const AFTER_VIEWS = 2 + COMPARE_VIEWS.length * 5;

export const COMPARE_LAYOUT = {
  yearsHeaderRow: 2,
  /** Cash by fiscal year of path i. */
  pathRow: (i: number) => 3 + i,
  viewHeaderRow: (v: CompareView) => 2 + viewIndex(v) * 5,
  viewRow: (v: CompareView, i: number) => 3 + viewIndex(v) * 5 + i,
  cumulativeHeaderRow: AFTER_VIEWS,
  cumulativeRow: (i: number) => AFTER_VIEWS + 1 + i,
  breakEvenHeaderRow: AFTER_VIEWS + 5,
  breakEvenRow: (i: number) => AFTER_VIEWS + 6 + i,
  goLiveHeaderRow: AFTER_VIEWS + 10,
  goLiveRow: (i: number) => AFTER_VIEWS + 11 + i,
  helperHeaderRow: AFTER_VIEWS + 15,
  helperRow: (a: number, b: number) => AFTER_VIEWS + 16 + a * 3 + b,
} as const;

/** The budget sheet row of each view. */
const VIEW_ROW: Readonly<Record<CompareView, (L: ReturnType<typeof budgetSheetLayout>) => number>> = { cash: (L) => L.cashRow, pnl: (L) => L.pnlRow, capex: (L) => L.capexRow, opex: (L) => L.opexRow };

const TEXT = {
  title: { en: "Paths compared", zh: "方案对比" },
  note: {
    en: "The four views by fiscal year: cash (as paid; fees billed annually in advance in their billing month), P&L (opex as incurred + depreciation and amortisation), capex and opex as paid. TCO (undiscounted, with contingency), NPV of cash (monthly discounting, pre-tax), cost per user per month in service. Every path is measured over the same window of months.",
    zh: "按财年的四种视角：现金（按支付；按年预付费用计入账单月份）、损益（按发生的经营支出 + 折旧摊销）、资本支出、按支付的经营支出。总拥有成本（不折现，含预备费）、现金净现值（按月折现，税前）、运行期每用户每月成本。各方案在同一窗口月份内比较。",
  },
  path: { en: "Path", zh: "方案" },
  views: {
    cash: { en: "Cash (capex + opex, as paid)", zh: "现金（资本支出 + 经营支出，按支付）" },
    pnl: { en: "P&L (opex as incurred + depreciation and amortisation)", zh: "损益（按发生的经营支出 + 折旧摊销）" },
    capex: { en: "Capex", zh: "资本支出" },
    opex: { en: "Opex as paid", zh: "按支付的经营支出" },
  },
  tco: { en: "TCO", zh: "总拥有成本" },
  npv: { en: "NPV", zh: "净现值" },
  cpu: { en: "Per user per month in service", zh: "运行期每用户每月" },
  est: { en: "Rests on estimates", zh: "依赖估算占比" },
  cumulative: { en: "Cumulative cash by fiscal year", zh: "各财年累计现金支出" },
  breakEven: { en: "Break-even month: the row's cumulative cost falls to or below the column's", zh: "盈亏平衡月：行方案累计成本降至不高于列方案的月份" },
  goLive: { en: "Go-live and months in service", zh: "上线月份与运行月数" },
  goLiveMonth: { en: "First month in service", zh: "首个运行月" },
  serviceMonths: { en: "Months in service in the window", zh: "窗口内运行月数" },
  none: { en: "none", zh: "无" },
  helper: { en: "Helper: 1 in the month the first path's cumulative cost falls to or below the second's", zh: "辅助行：前者累计成本降至不高于后者的月份为 1" },
  chart: { en: "Cumulative cost by path", zh: "各方案累计成本" },
};

type Set = (r: number, c: number, cell: CellPlan) => void;

function pathRows(set: Set, language: Language): void {
  const L = budgetSheetLayout();
  const budgetCell = (path: PathId, row: number, k: number) => sheetRef(sheetName(path, language), `${columnName(BUDGET_COLUMNS.firstFiscal + k)}$${row + 1}`);
  PATHS.forEach((p, i) => {
    const names = totalNames(p.id);
    const r = COMPARE_LAYOUT.pathRow(i);
    set(r, 0, { value: tr(p.label, language), style: "label" });
    for (const v of COMPARE_VIEWS) {
      const row = COMPARE_LAYOUT.viewRow(v, i);
      set(row, 0, { value: tr(p.label, language), style: "label" });
      for (let k = 0; k < F; k++) set(row, FIRST + k, { formula: `=${budgetCell(p.id, VIEW_ROW[v](L), k)}`, style: "calc", numberFormat: FORMAT.money });
    }
    [names.tco, names.npv, names.costPerUser, names.estimateShare].forEach((n, j) =>
      set(r, FIRST + F + j, { formula: `=${n}`, style: j === 3 ? "calc" : "total", numberFormat: [FORMAT.money, FORMAT.money, FORMAT.money2, FORMAT.percent][j] }),
    );
    const c = COMPARE_LAYOUT.cumulativeRow(i);
    set(c, 0, { value: tr(p.label, language), style: "label" });
    for (let k = 0; k < F; k++) set(c, FIRST + k, { formula: `=${budgetCell(p.id, L.cumulativeRow, k)}`, style: "calc", numberFormat: FORMAT.money });
    const g = COMPARE_LAYOUT.goLiveRow(i);
    const goLive = `Input_${p.goLiveInput}`;
    set(g, 0, { value: tr(p.label, language), style: "label" });
    set(g, FIRST, { formula: `=IF(${goLive}<Input_horizonYears*12,DATE(YEAR(Input_projectStart),MONTH(Input_projectStart)+${goLive},1),"${tr(TEXT.none, language)}")`, style: "calc", numberFormat: FORMAT.month });
    set(g, FIRST + 1, { formula: `=MAX(0,Input_horizonYears*12-${goLive})`, style: "calc", numberFormat: FORMAT.integer });
  });
}

/** Break-even by month: helper rows flag the month a path's cumulative cost crosses to or below another's. */
function breakEven(set: Set, language: Language): void {
  const months = phasingMonths(language, PHASING.rows.month);
  PATHS.forEach((a, i) => {
    const r = COMPARE_LAYOUT.breakEvenRow(i);
    set(r, 0, { value: tr(a.label, language), style: "label" });
    PATHS.forEach((b, j) => {
      const h = COMPARE_LAYOUT.helperRow(i, j);
      set(h, 0, { value: `${a.excelName} ≤ ${b.excelName}`, style: "note" });
      const cum = (path: PathId, m: number) => phasingCell(language, pathPhasingRows(path).cumulative, monthColumn(m));
      for (let m = 1; m <= MAX_MONTHS; m++) {
        const inWindow = phasingCell(language, PHASING.rows.inWindow, monthColumn(m));
        set(h, FIRST + m - 1, m === 1 || i === j ? { formula: "=0", style: "note" } : { formula: `=IF(AND(${inWindow}=1,${cum(a.id, m - 1)}>${cum(b.id, m - 1)},${cum(a.id, m)}<=${cum(b.id, m)}),1,0)`, style: "note" });
      }
      const helperRange = rangeA1(h, FIRST, h, FIRST + MAX_MONTHS - 1);
      set(r, FIRST + j, i === j ? { value: "–", style: "note" } : { formula: `=IFERROR(INDEX(${months},MATCH(1,${helperRange},0)),"${tr(TEXT.none, language)}")`, style: "calc", numberFormat: FORMAT.month });
    });
  });
}

/** Compare: cash by fiscal year, TCO, NPV, cost per user in service, cumulative cost, go-live and break-even. */
export function buildCompareSheet(language: Language): SheetPlan {
  const width = FIRST + MAX_MONTHS;
  const rows: CellPlan[][] = Array.from({ length: COMPARE_LAYOUT.helperRow(2, 2) + 1 }, () => Array.from({ length: width }, (): CellPlan => ({ value: "" })));
  const set: Set = (r, c, cell) => (rows[r][c] = cell);
  const t = (x: { en: string; zh: string }) => tr(x, language);
  const fiscalHeader = (row: number) => {
    for (let k = 0; k < F; k++) set(row, FIRST + k, { formula: `=${phasingCell(language, PHASING.rows.fiscalLabel, fiscalColumn(k))}`, style: "header" });
  };
  set(0, 0, { value: t(TEXT.title), style: "title" });
  set(1, 0, { value: t(TEXT.note), style: "note" });
  for (const v of COMPARE_VIEWS) {
    set(COMPARE_LAYOUT.viewHeaderRow(v), 0, { value: t(TEXT.views[v]), style: "header" });
    fiscalHeader(COMPARE_LAYOUT.viewHeaderRow(v));
  }
  [TEXT.tco, TEXT.npv, TEXT.cpu, TEXT.est].forEach((h, i) => set(COMPARE_LAYOUT.yearsHeaderRow, FIRST + F + i, { value: t(h), style: "header" }));
  set(COMPARE_LAYOUT.cumulativeHeaderRow, 0, { value: t(TEXT.cumulative), style: "header" });
  fiscalHeader(COMPARE_LAYOUT.cumulativeHeaderRow);
  set(COMPARE_LAYOUT.breakEvenHeaderRow, 0, { value: t(TEXT.breakEven), style: "header" });
  PATHS.forEach((p, j) => set(COMPARE_LAYOUT.breakEvenHeaderRow, FIRST + j, { value: t(p.label), style: "header" }));
  set(COMPARE_LAYOUT.goLiveHeaderRow, 0, { value: t(TEXT.goLive), style: "header" });
  set(COMPARE_LAYOUT.goLiveHeaderRow, FIRST, { value: t(TEXT.goLiveMonth), style: "header" });
  set(COMPARE_LAYOUT.goLiveHeaderRow, FIRST + 1, { value: t(TEXT.serviceMonths), style: "header" });
  set(COMPARE_LAYOUT.helperHeaderRow, 0, { value: t(TEXT.helper), style: "note" });
  pathRows(set, language);
  breakEven(set, language);
  return {
    key: "compare",
    name: sheetName("compare", language),
    tabColor: "#C239B3",
    blocks: [{ row: 0, column: 0, cells: rows }],
    columnWidths: [44, ...Array.from({ length: F }, () => 13), 15, 15, 13, 12, ...Array.from({ length: MAX_MONTHS - F - 4 }, () => 4)],
    frozen: { rows: 3, columns: 1 },
    validations: [],
    // Fiscal years past the horizon: their header is blank ("") and the budget sheets' cells are blank too.
    conditionalFormats: [{ range: rangeA1(COMPARE_LAYOUT.yearsHeaderRow, FIRST, COMPARE_LAYOUT.cumulativeRow(PATHS.length - 1), FIRST + F - 1), formula: `=${columnName(FIRST)}$${COMPARE_LAYOUT.yearsHeaderRow + 1}=""`, style: "muted" }],
    charts: [
      {
        title: t(TEXT.chart),
        type: "line",
        dataRange: rangeA1(COMPARE_LAYOUT.cumulativeHeaderRow, 0, COMPARE_LAYOUT.cumulativeRow(2), F),
        topLeft: a1(COMPARE_LAYOUT.helperRow(2, 2) + 2, 0),
        bottomRight: a1(COMPARE_LAYOUT.helperRow(2, 2) + 20, 8),
      },
    ],
    protect: true,
    print: { landscape: true, fitToWidth: true },
  };
}
