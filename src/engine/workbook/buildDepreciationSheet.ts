import { PATHS, type PathId } from "../budget/paths";
import { ASSET_CLASSES } from "../lines/assetClasses";
import { BUDGET_COLUMNS, budgetSheetLayout } from "./budgetSheetLayout";
import { columnName, rangeA1, sheetRef } from "./excelAddress";
import { FORMAT, MAX_FISCAL_YEARS, sheetName, tr } from "./layout";
import { PHASING, fiscalColumn, phasingCell } from "./phasingLayout";
import type { CellPlan, Language, SheetPlan } from "./WorkbookPlan";

const FIRST_FISCAL = 3; // column D
const TOTAL = FIRST_FISCAL + MAX_FISCAL_YEARS;
const LIFE = TOTAL + 1;
const RESIDUAL = TOTAL + 2;
const HEADER_ROW = 2;

type Text = { readonly en: string; readonly zh: string };
const T = {
  title: { en: "P&L memo: capex, depreciation and amortisation, and net book value by asset class", zh: "损益备忘：按资产类别的资本支出、折旧摊销与账面净值" },
  note: {
    en: "Read from each path's budget sheet, where every figure is computed once, month by month. Servers and network depreciate straight-line from the month after they enter service; perpetual licences and capitalised development amortise from the month they enter service (go-live, or purchase if later). Depreciation and amortisation are in the P&L view, outside TCO and NPV (which are cash).",
    zh: "取自各方案预算表（每个数字只在那里逐月计算一次）。服务器与网络设备自投入使用次月起按直线法折旧；永久许可与资本化开发支出自投入使用当月（上线月，或更晚的购置月）起摊销。折旧摊销属于损益视角，不计入总拥有成本与净现值（二者为现金口径）。",
  },
  path: { en: "Path", zh: "方案" },
  assetClass: { en: "Asset class", zh: "资产类别" },
  item: { en: "Item", zh: "项目" },
  total: { en: "Total", zh: "合计" },
  life: { en: "Useful life (years)", zh: "使用年限（年）" },
  residual: { en: "Residual value", zh: "残值率" },
  capex: { en: "Capex", zh: "资本支出" },
  da: { en: "Depreciation and amortisation", zh: "折旧与摊销" },
  nbv: { en: "Closing net book value", zh: "期末账面净值" },
  all: { en: "All classes", zh: "全部类别" },
} satisfies Record<string, Text>;

/**
 * The P&L memo: per path and asset class, capex, depreciation and amortisation, and closing net book value by
 * fiscal year, with the class's policy inputs beside them. A summary: it reads the budget sheets' rows.
 */
export function buildDepreciationSheet(language: Language): SheetPlan {
  const t = (x: Text) => tr(x, language);
  const L = budgetSheetLayout();
  const width = RESIDUAL + 1;
  const blankRow = (): CellPlan[] => Array.from({ length: width }, (): CellPlan => ({ value: "" }));
  const rows: CellPlan[][] = [blankRow(), blankRow(), blankRow()];
  rows[0][0] = { value: t(T.title), style: "title" };
  rows[1][0] = { value: t(T.note), style: "note" };
  [T.path, T.assetClass, T.item].forEach((h, i) => (rows[HEADER_ROW][i] = { value: t(h), style: "header" }));
  for (let k = 0; k < MAX_FISCAL_YEARS; k++) rows[HEADER_ROW][FIRST_FISCAL + k] = { formula: `=${phasingCell(language, PHASING.rows.fiscalLabel, fiscalColumn(k))}`, style: "header" };
  rows[HEADER_ROW][TOTAL] = { value: t(T.total), style: "header" };
  rows[HEADER_ROW][LIFE] = { value: t(T.life), style: "header" };
  rows[HEADER_ROW][RESIDUAL] = { value: t(T.residual), style: "header" };
  const budgetRow = (path: PathId, row: number, balance: boolean): CellPlan[] => {
    const out = blankRow();
    for (let k = 0; k < MAX_FISCAL_YEARS; k++) out[FIRST_FISCAL + k] = { formula: `=${sheetRef(sheetName(path, language), `${columnName(BUDGET_COLUMNS.firstFiscal + k)}$${row + 1}`)}`, style: "calc", numberFormat: FORMAT.money };
    // A balance has no total; a flow's Total is the budget sheet's.
    if (!balance) out[TOTAL] = { formula: `=${sheetRef(sheetName(path, language), `${columnName(BUDGET_COLUMNS.total)}$${row + 1}`)}`, style: "calc", numberFormat: FORMAT.money };
    return out;
  };
  for (const p of PATHS) {
    const classes = [
      ...ASSET_CLASSES.map((a) => ({ label: t(a.label), rows: [L.capexClassRow[a.id], L.depreciationClassRow[a.id], L.netBookValueClassRow[a.id]], policy: a })),
      { label: t(T.all), rows: [L.capexRow, L.depreciationRow, L.netBookValueRow], policy: null },
    ];
    for (const c of classes) {
      [T.capex, T.da, T.nbv].forEach((item, i) => {
        const row = budgetRow(p.id, c.rows[i], i === 2);
        row[0] = { value: tr(p.label, language), style: "label" };
        row[1] = { value: c.label, style: c.policy ? "label" : "subtotal" };
        row[2] = { value: t(item), style: c.policy ? "note" : "subtotal" };
        if (c.policy && i === 0) {
          row[LIFE] = { formula: `=Input_${c.policy.lifeInput}`, style: "calc", numberFormat: FORMAT.integer };
          row[RESIDUAL] = { formula: `=Input_${c.policy.residualInput}`, style: "calc", numberFormat: FORMAT.percent };
        }
        rows.push(row);
      });
    }
  }
  return {
    key: "depreciation",
    name: sheetName("depreciation", language),
    tabColor: "#8A8886",
    blocks: [{ row: 0, column: 0, cells: rows }],
    columnWidths: [16, 26, 30, ...Array.from({ length: MAX_FISCAL_YEARS }, () => 13), 15, 12, 12],
    frozen: { rows: HEADER_ROW + 1, columns: 3 },
    validations: [],
    conditionalFormats: [{ range: rangeA1(HEADER_ROW, FIRST_FISCAL, rows.length - 1, FIRST_FISCAL + MAX_FISCAL_YEARS - 1), formula: `=${columnName(FIRST_FISCAL)}$${HEADER_ROW + 1}=""`, style: "muted" }],
    charts: [],
    protect: true,
    print: { landscape: true, fitToWidth: true },
  };
}
