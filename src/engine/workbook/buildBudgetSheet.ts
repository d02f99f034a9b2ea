import { CATEGORIES } from "../budget/categories";
import { PATHS, type PathId } from "../budget/paths";
import { compileExcel } from "../expression/compileExcel";
import { COST_LINES } from "../lines/costLines";
import { WEAK_EVIDENCE, linePriceKeys } from "../lines/linePriceKeys";
import type { LineItem } from "../lines/LineItem";
import type { RateCardEntry } from "../rateCard/RateCardEntry";
import { BUDGET_COLUMNS as COL, budgetSheetLayout } from "./budgetSheetLayout";
import { a1, columnName, sheetRef } from "./excelAddress";
import { FORMAT, YEAR_COUNT, sheetName, tr } from "./layout";
import { rateStatusAddress } from "./buildRateCardSheet";
import { SIZING_FIRST_YEAR_COLUMN, sizingCellFrom, sizingRowIndex, sizingYearCellFrom } from "./buildSizingSheet";
import type { CellPlan, Language, NamePlan, SheetPlan } from "./WorkbookPlan";

const FLAG_ROW: Readonly<Record<LineItem["timing"], string>> = { oneOff: "flagOneOff", recurring: "flagRecurring", schedule: "flagInHorizon" };
const INDEX_ROW: Readonly<Record<LineItem["escalation"], string | null>> = { salary: "indexSalary", cpi: "indexCpi", price: "indexPrice", none: null };

const yearCol = (t: number): number => COL.firstYear + t;
const yearsRange = (row: number): string => `${columnName(yearCol(0))}${row + 1}:${columnName(yearCol(YEAR_COUNT - 1))}${row + 1}`;

const TEXT = {
  note: {
    en: "Y0 holds one-off costs at project start; Y1…Y10 are yearly cash flows; years beyond the horizon are 0. Every figure is a formula over the Inputs and RateCard sheets.",
    zh: "Y0 为项目启动时的一次性费用；Y1…Y10 为各年现金流；超出预算年限的年份为 0。所有数字均为引用需求与单价表的公式。",
  },
  headers: {
    en: ["Category", "Line", "Budget consideration", "Capex/opex", "Total", "Contingency class", "Rests on estimate", "Line id"],
    zh: ["类别", "费用项", "预算考量因素", "资本/经营", "合计", "预备费类别", "依赖估算单价", "费用项键"],
  },
  subtotal: { en: "Subtotal", zh: "小计" },
  base: { en: "Base cost (six categories)", zh: "基础成本（六大类）" },
  hidden: { en: "Hidden costs", zh: "隐性成本" },
  contMetered: { en: "Contingency on metered infrastructure and licensing", zh: "预备费：基础设施与许可" },
  contLabour: { en: "Contingency on own development and integration labour", zh: "预备费：自有开发与集成人力" },
  total: { en: "Total (TCO)", zh: "合计（总拥有成本）" },
  capex: { en: "of which capex", zh: "其中资本支出" },
  opex: { en: "of which opex", zh: "其中经营支出" },
  df: { en: "Discount factor", zh: "折现系数" },
  pv: { en: "Present value (NPV of cost in Total)", zh: "现值（合计列为净现值）" },
  cumulative: { en: "Cumulative cost", zh: "累计成本" },
  cpu: { en: "Cost per user per month", zh: "每用户每月成本" },
  estimate: { en: "Share of TCO resting on estimated or second-hand prices", zh: "依赖估算或二手价格的成本占比" },
  budget: { en: "budget", zh: "预算" },
};

/** The names a budget sheet exports. */
export function totalNames(path: PathId): { tco: string; npv: string; costPerUser: string; estimateShare: string } {
  const excel = PATHS.find((p) => p.id === path)!.excelName;
  return { tco: `Total_TCO_${excel}`, npv: `Total_NPV_${excel}`, costPerUser: `CostPerUserMonth_${excel}`, estimateShare: `EstimateShare_${excel}` };
}

export function buildBudgetSheet(path: PathId, entries: readonly RateCardEntry[], language: Language): { sheet: SheetPlan; names: NamePlan[] } {
  const L = budgetSheetLayout();
  const zh = language === "zh-CN";
  const width = COL.id + 1;
  const blank = (): CellPlan => ({ value: "" });
  const rows: CellPlan[][] = Array.from({ length: L.rowCount }, () => Array.from({ length: width }, blank));
  const set = (row: number, col: number, cell: CellPlan): void => {
    rows[row][col] = cell;
  };
  const perYear = (row: number, f: (t: number, col: string) => string, style: CellPlan["style"], numberFormat: string = FORMAT.money): void => {
    for (let t = 0; t < YEAR_COUNT; t++) set(row, yearCol(t), { formula: `=${f(t, columnName(yearCol(t)))}`, style, numberFormat });
  };
  const sumTotal = (row: number, style: CellPlan["style"]): void => set(row, COL.total, { formula: `=SUM(${yearsRange(row)})`, style, numberFormat: FORMAT.money });
  const sizingSheet = sheetName("sizing", language);
  const pathInfo = PATHS.find((p) => p.id === path)!;

  set(0, 0, { value: `${tr(pathInfo.label, language)} ${tr(TEXT.budget, language)}`, style: "title" });
  set(1, 0, { value: tr(TEXT.note, language), style: "note" });
  const headers = zh ? TEXT.headers.zh : TEXT.headers.en;
  [COL.category, COL.line, COL.consideration, COL.capex].forEach((c, i) => set(L.headerRow, c, { value: headers[i], style: "header" }));
  for (let t = 0; t < YEAR_COUNT; t++) set(L.headerRow, yearCol(t), { value: `Y${t}`, style: "header" });
  [COL.total, COL.contingency, COL.estimate, COL.id].forEach((c, i) => set(L.headerRow, c, { value: headers[4 + i], style: "header" }));
  set(L.yearRow, COL.line, { value: zh ? "年份序号 t" : "Year index t", style: "note" });
  perYear(L.yearRow, (t) => sizingYearCellFrom(language, t), "note", FORMAT.integer);

  for (const c of CATEGORIES) {
    set(L.categoryHeaderRow[c.id], COL.category, { value: tr(c.label, language), style: "subtitle" });
    set(L.categoryHeaderRow[c.id], COL.consideration, { value: tr(c.consideration, language), style: "note" });
    const lines = COST_LINES.filter((l) => l.category === c.id);
    for (const item of lines) {
      const row = L.lineRow[item.id];
      set(row, COL.category, { value: tr(c.label, language), style: "note" });
      set(row, COL.line, { value: tr(item.label, language), style: "label" });
      set(row, COL.consideration, { value: tr(item.consideration, language), style: "note" });
      set(row, COL.capex, { value: item.capex ? "capex" : "opex", style: "note" });
      const expr = item.amount[path];
      perYear(
        row,
        (t, col) => {
          if (!expr) return "0";
          const body = compileExcel(expr, {
            input: (key) => `Input_${key}`,
            rate: (key) => `Rate_${key}`,
            sizing: (key, lag) => sizingCellFrom(language, key, Math.max(0, t - lag)),
            line: (id, atY0) => (atY0 ? `$${columnName(yearCol(0))}${L.lineRow[id] + 1}` : `${col}${L.lineRow[id] + 1}`),
            year: () => `${col}$${L.yearRow + 1}`,
          });
          const index = INDEX_ROW[item.escalation];
          return `${sizingCellFrom(language, FLAG_ROW[item.timing], t)}*${body}${index ? `*${sizingCellFrom(language, index, t)}` : ""}`;
        },
        "calc",
      );
      sumTotal(row, "calc");
      set(row, COL.contingency, { value: item.contingency, style: "note" });
      const statuses = linePriceKeys(item.id, path).flatMap((k) => WEAK_EVIDENCE.map((w) => `${sheetRef(sheetName("rateCard", language), rateStatusAddress(entries, k))}="${w}"`));
      set(row, COL.estimate, statuses.length ? { formula: `=OR(${statuses.join(",")})`, style: "note" } : { formula: "=FALSE", style: "note" });
      set(row, COL.id, { value: item.id, style: "note" });
    }
    const sub = L.subtotalRow[c.id];
    set(sub, COL.line, { value: `${tr(TEXT.subtotal, language)}: ${tr(c.label, language)}`, style: "subtotal" });
    const first = L.categoryHeaderRow[c.id] + 2;
    const last = sub;
    perYear(sub, (_t, col) => (lines.length ? `SUM(${col}${first}:${col}${last})` : "0"), "subtotal");
    sumTotal(sub, "subtotal");
  }

  const label = (row: number, text: { en: string; zh: string }, style: CellPlan["style"]): void => set(row, COL.line, { value: tr(text, language), style });
  const lineBlock = (col: string): string => `${col}${L.firstLineRow + 1}:${col}${L.lastLineRow + 1}`;
  const classBlock = `$${columnName(COL.contingency)}$${L.firstLineRow + 1}:$${columnName(COL.contingency)}$${L.lastLineRow + 1}`;
  const capexBlock = `$${columnName(COL.capex)}$${L.firstLineRow + 1}:$${columnName(COL.capex)}$${L.lastLineRow + 1}`;

  label(L.baseRow, TEXT.base, "subtotal");
  perYear(L.baseRow, (_t, col) => CATEGORIES.filter((c) => c.id !== "hidden").map((c) => `${col}${L.subtotalRow[c.id] + 1}`).join("+"), "subtotal");
  sumTotal(L.baseRow, "subtotal");
  label(L.hiddenRow, TEXT.hidden, "subtotal");
  perYear(L.hiddenRow, (_t, col) => `${col}${L.subtotalRow.hidden + 1}`, "subtotal");
  sumTotal(L.hiddenRow, "subtotal");
  label(L.contingencyMeteredRow, TEXT.contMetered, "subtotal");
  perYear(L.contingencyMeteredRow, (_t, col) => `Input_contingencyRate*SUMIF(${classBlock},"metered",${lineBlock(col)})`, "subtotal");
  sumTotal(L.contingencyMeteredRow, "subtotal");
  label(L.contingencyLabourRow, TEXT.contLabour, "subtotal");
  perYear(L.contingencyLabourRow, (_t, col) => `Input_developmentContingencyRate*SUMIF(${classBlock},"labour",${lineBlock(col)})`, "subtotal");
  sumTotal(L.contingencyLabourRow, "subtotal");
  label(L.totalRow, TEXT.total, "total");
  perYear(L.totalRow, (_t, col) => [L.baseRow, L.hiddenRow, L.contingencyMeteredRow, L.contingencyLabourRow].map((r) => `${col}${r + 1}`).join("+"), "total");
  sumTotal(L.totalRow, "total");

  label(L.capexRow, TEXT.capex, "label");
  perYear(L.capexRow, (_t, col) => `SUMIF(${capexBlock},"capex",${lineBlock(col)})`, "calc");
  sumTotal(L.capexRow, "calc");
  label(L.opexRow, TEXT.opex, "label");
  perYear(L.opexRow, (_t, col) => `${col}${L.totalRow + 1}-${col}${L.capexRow + 1}`, "calc");
  sumTotal(L.opexRow, "calc");
  label(L.discountFactorRow, TEXT.df, "label");
  perYear(L.discountFactorRow, (t) => sizingCellFrom(language, "discountFactor", t), "calc", FORMAT.factor);
  label(L.presentValueRow, TEXT.pv, "label");
  perYear(L.presentValueRow, (_t, col) => `${col}${L.totalRow + 1}*${col}${L.discountFactorRow + 1}`, "calc");
  set(L.presentValueRow, COL.total, { formula: `=SUMPRODUCT(${yearsRange(L.totalRow)},${yearsRange(L.discountFactorRow)})`, style: "total", numberFormat: FORMAT.money });
  label(L.cumulativeRow, TEXT.cumulative, "label");
  perYear(L.cumulativeRow, (t, col) => (t === 0 ? `${col}${L.totalRow + 1}` : `${columnName(yearCol(t - 1))}${L.cumulativeRow + 1}+${col}${L.totalRow + 1}`), "calc");
  label(L.costPerUserRow, TEXT.cpu, "label");
  const users = sizingRowIndex("users") + 1;
  const recurring = sizingRowIndex("flagRecurring") + 1;
  const sizingYears = (r: number) => sheetRef(sizingSheet, `$${columnName(SIZING_FIRST_YEAR_COLUMN + 1)}$${r}:$${columnName(SIZING_FIRST_YEAR_COLUMN + YEAR_COUNT - 1)}$${r}`);
  set(L.costPerUserRow, COL.total, { formula: `=${a1(L.totalRow, COL.total)}/(12*SUMPRODUCT(${sizingYears(users)},${sizingYears(recurring)}*1))`, style: "total", numberFormat: FORMAT.money2 });
  label(L.estimateShareRow, TEXT.estimate, "label");
  const estimateBlock = `$${columnName(COL.estimate)}$${L.firstLineRow + 1}:$${columnName(COL.estimate)}$${L.lastLineRow + 1}`;
  const totalBlock = `$${columnName(COL.total)}$${L.firstLineRow + 1}:$${columnName(COL.total)}$${L.lastLineRow + 1}`;
  set(L.estimateShareRow, COL.total, { formula: `=IF(${a1(L.totalRow, COL.total)}=0,0,SUMIF(${estimateBlock},TRUE,${totalBlock})/${a1(L.totalRow, COL.total)})`, style: "total", numberFormat: FORMAT.percent });

  const names = totalNames(path);
  return {
    sheet: {
      key: path,
      name: sheetName(path, language),
      tabColor: "#107C10",
      blocks: [{ row: 0, column: 0, cells: rows }],
      columnWidths: [16, 44, 40, 9, ...Array.from({ length: YEAR_COUNT }, () => 13), 15, 10, 10, 18],
      frozen: { rows: L.yearRow + 1, columns: 2 },
      validations: [],
      conditionalFormats: [],
      charts: [],
      protect: true,
      print: { landscape: true, fitToWidth: true },
    },
    names: [
      { name: names.tco, sheet: path, address: a1(L.totalRow, COL.total, true) },
      { name: names.npv, sheet: path, address: a1(L.presentValueRow, COL.total, true) },
      { name: names.costPerUser, sheet: path, address: a1(L.costPerUserRow, COL.total, true) },
      { name: names.estimateShare, sheet: path, address: a1(L.estimateShareRow, COL.total, true) },
    ],
  };
}
