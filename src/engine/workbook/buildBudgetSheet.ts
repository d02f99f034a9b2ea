import { CATEGORIES } from "../budget/categories";
import { pathInfo, type PathId } from "../budget/paths";
import { WINDOW_MONTHS, profileSchedule } from "../calendar/timingProfile";
import { input } from "../expression/build";
import { compileExcel } from "../expression/compileExcel";
import { COST_LINES } from "../lines/costLines";
import { WEAK_EVIDENCE, linePriceKeys } from "../lines/linePriceKeys";
import type { LineItem } from "../lines/LineItem";
import type { RateCardEntry } from "../rateCard/RateCardEntry";
import { BUDGET_COLUMNS as COL, budgetSheetLayout, type BudgetSheetLayout } from "./budgetSheetLayout";
import { BUDGET_TEXT as TEXT, timingRule } from "./budgetSheetText";
import { a1, columnName, rangeA1, sheetRef } from "./excelAddress";
import { FORMAT, MAX_FISCAL_YEARS, MAX_MONTHS, MAX_YEARS, sheetName, tr } from "./layout";
import { rateCellAddress, rateStatusAddress } from "./buildRateCardSheet";
import { riskNames } from "./riskNames";
import { rateEntry } from "../rateCard/rateCard";
import { PHASING, fiscalColumn, pathPhasingRows, phasingCell, phasingMonths } from "./phasingLayout";
import { sizingCellFrom, sizingWindowYearsFrom, sizingYearCellFrom } from "./buildSizingSheet";
import type { CellPlan, ConditionalFormatPlan, Language, NamePlan, SheetPlan } from "./WorkbookPlan";
import { viewRows } from "./budgetViewRows";
import { Grid, fiscalCol, fiscalRange, inHorizon, monthCol, span, t, yearCol, type SheetContext } from "./budgetSheetGrid";

const INDEX_ROW: Readonly<Record<LineItem["escalation"], string | null>> = { salary: "indexSalary", cpi: "indexCpi", price: "indexPrice", none: null };

/** The names a budget sheet exports. */
export function totalNames(path: PathId): { tco: string; npv: string; costPerUser: string; estimateShare: string } {
  const excel = pathInfo(path).excelName;
  return { tco: `Total_TCO_${excel}`, npv: `Total_NPV_${excel}`, costPerUser: `CostPerUserMonth_${excel}`, estimateShare: `EstimateShare_${excel}` };
}

function headers(c: SheetContext): void {
  const { g, L, language } = c;
  const zh = language === "zh-CN";
  g.set(0, 0, { value: `${tr(pathInfo(c.path).label, language)} ${t(c, TEXT.budget)}`, style: "title" });
  g.set(1, 0, { value: t(c, TEXT.note), style: "note" });
  (zh ? TEXT.headers.zh : TEXT.headers.en).forEach((h, i) => g.set(L.headerRow, i, { value: h, style: "header" }));
  const tail = zh ? TEXT.tail.zh : TEXT.tail.en;
  [COL.total, COL.contingency, COL.estimate, COL.id, COL.quotedFrom, COL.quotedTo, COL.from, COL.to, COL.step, COL.divisor].forEach((col, i) => g.set(L.headerRow, col, { value: tail[i], style: "header" }));
  for (let k = 0; k < MAX_FISCAL_YEARS; k++) {
    g.set(L.headerRow, fiscalCol(k), { formula: `=${phasingCell(language, PHASING.rows.fiscalLabel, fiscalColumn(k))}`, style: "header" });
    g.set(L.indexRow, fiscalCol(k), { formula: `=${phasingCell(language, PHASING.rows.fiscalMonths, fiscalColumn(k))}`, style: "note", numberFormat: t(c, TEXT.months) });
  }
  for (let w = 1; w <= MAX_YEARS; w++) {
    g.set(L.headerRow, yearCol(w), { value: `${t(c, TEXT.windowYear)} ${w}`, style: "header" });
    g.set(L.indexRow, yearCol(w), { formula: `=${sizingYearCellFrom(language, w)}`, style: "note", numberFormat: FORMAT.integer });
  }
  for (let m = 1; m <= MAX_MONTHS; m++) {
    const col = columnName(monthCol(m));
    g.set(L.headerRow, monthCol(m), { formula: `=${phasingCell(language, PHASING.rows.month, monthCol(m) - COL.firstMonth + PHASING.firstColumn)}`, style: "header", numberFormat: FORMAT.month });
    g.set(L.indexRow, monthCol(m), m === 1 ? { formula: "=1", style: "note" } : { formula: `=${columnName(monthCol(m - 1))}$${L.indexRow + 1}+1`, style: "note" });
    g.set(L.windowYearRow, monthCol(m), { formula: `=ROUNDUP(${col}$${L.indexRow + 1}/12,0)`, style: "note" });
  }
}

/** One line's row: labels, fiscal-year sums of its months, schedule, amounts by window year, months. */
function lineRow(c: SheetContext, item: LineItem, entries: readonly RateCardEntry[]): void {
  const { g, L, language, path } = c;
  const row = L.lineRow[item.id];
  const r = row + 1;
  const category = CATEGORIES.find((x) => x.id === item.category)!;
  g.set(row, COL.category, { value: t(c, category.label), style: "note" });
  g.set(row, COL.line, { value: t(c, item.label), style: "label" });
  g.set(row, COL.consideration, { value: t(c, item.consideration), style: "note" });
  g.set(row, COL.capex, { value: item.asset ?? "opex", style: "note" });
  g.set(row, COL.timing, { value: t(c, timingRule(item.timing)), style: "note" });
  const months = `$${columnName(monthCol(1))}${r}:$${columnName(monthCol(MAX_MONTHS))}${r}`;
  for (let k = 0; k < MAX_FISCAL_YEARS; k++) {
    g.set(row, fiscalCol(k), { formula: inHorizon(L, k, `SUMIF(${phasingMonths(language, PHASING.rows.fiscalIndex)},${phasingCell(language, PHASING.rows.fiscalNumber, fiscalColumn(k))},${months})`), style: "calc", numberFormat: FORMAT.money });
  }
  g.set(row, COL.total, { formula: `=SUM(${fiscalRange(row)})`, style: "calc", numberFormat: FORMAT.money });
  g.set(row, COL.contingency, { value: item.contingency, style: "note" });
  const statuses = linePriceKeys(item.id, path).map((k) => {
    const weak = `OR(${WEAK_EVIDENCE.map((w) => `${sheetRef(sheetName("rateCard", language), rateStatusAddress(entries, k))}="${w}"`).join(",")})`;
    const region = regionTest(k);
    return region ? `AND(${region},${weak})` : weak;
  });
  g.set(row, COL.estimate, statuses.length ? { formula: `=OR(${statuses.join(",")})`, style: "note" } : { formula: "=FALSE", style: "note" });
  g.set(row, COL.id, { value: item.id, style: "note" });
  quotedColumns(c, item, entries);
  const expr = item.amount[path];
  const refs = { input: (key: string) => `Input_${key}`, rate: (key: string) => `Rate_${key}` };
  const schedule = profileSchedule(item.timing, input(pathInfo(path).goLiveInput), WINDOW_MONTHS);
  const plain = (e: Parameters<typeof compileExcel>[0]) =>
    compileExcel(e, { ...refs, sizing: () => fail("a timing rule"), line: () => fail("a timing rule"), year: () => fail("a timing rule") });
  const cells: readonly [number, Parameters<typeof compileExcel>[0]][] = [[COL.from, schedule.from], [COL.to, schedule.to], [COL.step, schedule.step], [COL.divisor, schedule.divisor]];
  for (const [col, e] of cells) g.set(row, col, { formula: `=${plain(e)}`, style: "note", numberFormat: FORMAT.number });
  for (let w = 1; w <= MAX_YEARS; w++) {
    const col = columnName(yearCol(w));
    const body = expr
      ? compileExcel(expr, { ...refs, sizing: (key, lag) => sizingCellFrom(language, key, Math.max(1, w - lag)), line: (id) => `${col}${L.lineRow[id] + 1}`, year: () => `${col}$${L.indexRow + 1}` })
      : "0";
    g.set(row, yearCol(w), { formula: `=${body}`, style: "calc", numberFormat: FORMAT.money });
  }
  const amounts = `$${columnName(yearCol(1))}${r}:$${columnName(yearCol(MAX_YEARS))}${r}`;
  const index = INDEX_ROW[item.escalation];
  const [from, to, step, divisor] = [COL.from, COL.to, COL.step, COL.divisor].map((k) => `$${columnName(k)}${r}`);
  const priceMonth = schedule.priceMonth ? plain(schedule.priceMonth) : null;
  for (let m = 1; m <= MAX_MONTHS; m++) {
    const col = columnName(monthCol(m));
    const mm = `${col}$${L.indexRow + 1}`;
    // A total spread over months is priced in one window year (see Schedule.priceMonth).
    const w = priceMonth ? `ROUNDUP(MAX(1,${priceMonth})/12,0)` : `${col}$${L.windowYearRow + 1}`;
    const escalated = index ? `*INDEX(${sizingWindowYearsFrom(language, index)},${w})` : "";
    g.set(row, monthCol(m), { formula: `=IF(AND(${mm}<=Input_horizonYears*12,${mm}>=${from},${mm}<=${to},MOD(${mm}-${from},${step})=0),INDEX(${amounts},${w})${escalated}/${divisor},0)`, style: "calc", numberFormat: FORMAT.money });
  }
}

/** Whether a rate belongs to the deployment region's price list, as a formula; null for a rate of any region. */
function regionTest(key: string): string | null {
  const region = rateEntry(key).region;
  return region === "any" ? null : region === "cn" ? `Input_deploymentRegion="cn"` : `Input_deploymentRegion<>"cn"`;
}

/**
 * The months [from, to) in which every unit price of a metered line (in the deployment region's price list) is
 * under a standing quote; 0 and 0 otherwise. Mirrors quotedTerm() in the engine; whether each price's quote stands,
 * and the window month it starts in, are worked out on the RateCard sheet's own row. IF only reads the start of
 * quoted rows.
 */
function quotedColumns(c: SheetContext, item: LineItem, entries: readonly RateCardEntry[]): void {
  const { g, L, language, path } = c;
  const row = L.lineRow[item.id];
  const keys = item.contingency === "metered" && item.amount[path] ? linePriceKeys(item.id, path) : [];
  if (keys.length === 0) {
    g.set(row, COL.quotedFrom, { formula: "=0", style: "note", numberFormat: FORMAT.integer });
    g.set(row, COL.quotedTo, { formula: "=0", style: "note", numberFormat: FORMAT.integer });
    return;
  }
  const cell = (key: string, column: Parameters<typeof rateCellAddress>[2]) => sheetRef(sheetName("rateCard", language), rateCellAddress(entries, key, column));
  const inRegion = regionTest;
  const stands = (key: string) => cell(key, "quoteStands");
  const start = (key: string) => cell(key, "quoteStart");
  const guarded = (key: string, f: (key: string) => string, otherwise: string) => (inRegion(key) ? `IF(${inRegion(key)},${f(key)},${otherwise})` : f(key));
  const ok = keys.map((k) => (inRegion(k) ? `OR(NOT(${inRegion(k)}),${stands(k)})` : stands(k)));
  const anyUsed = keys.map(inRegion).some((x) => x === null) ? null : `OR(${keys.map(inRegion).join(",")})`;
  const end = "Input_horizonYears*12+1";
  const from = `MAX(1,${keys.map((k) => guarded(k, start, "1")).join(",")})`;
  const to = `MIN(${end},${keys.map((k) => guarded(k, (x) => `${start(x)}+${cell(x, "termMonths")}`, end)).join(",")})`;
  const when = `AND(${[...ok, ...(anyUsed ? [anyUsed] : [])].join(",")})`;
  g.set(row, COL.quotedFrom, { formula: `=IF(${when},IF(${from}<${to},${from},0),0)`, style: "note", numberFormat: FORMAT.integer });
  g.set(row, COL.quotedTo, { formula: `=IF(${when},IF(${from}<${to},${to},0),0)`, style: "note", numberFormat: FORMAT.integer });
}

function fail(where: string): never {
  throw new Error(`Model error: ${where} may refer only to inputs and rates`);
}

/** The rows under the lines, in every fiscal-year column: subtotals, base, contingency, the incurred total, then the four views. */
function totalRows(c: SheetContext): void {
  const { g, L } = c;
  const label = (row: number, text: { en: string; zh: string }, style: CellPlan["style"]) => g.set(row, COL.line, { value: t(c, text), style });
  const perFiscal = (row: number, style: CellPlan["style"], f: (col: string, k: number) => string) => {
    for (let k = 0; k < MAX_FISCAL_YEARS; k++) g.set(row, fiscalCol(k), { formula: inHorizon(L, k, f(columnName(fiscalCol(k)), k)), style, numberFormat: FORMAT.money });
    g.set(row, COL.total, { formula: `=SUM(${fiscalRange(row)})`, style, numberFormat: FORMAT.money });
  };
  for (const cat of CATEGORIES) {
    const sub = L.subtotalRow[cat.id];
    g.set(L.categoryHeaderRow[cat.id], COL.category, { value: t(c, cat.label), style: "subtitle" });
    g.set(L.categoryHeaderRow[cat.id], COL.consideration, { value: t(c, cat.consideration), style: "note" });
    g.set(sub, COL.line, { value: `${t(c, TEXT.subtotal)}: ${t(c, cat.label)}`, style: "subtotal" });
    const has = COST_LINES.some((l) => l.category === cat.id);
    perFiscal(sub, "subtotal", (col) => (has ? `SUM(${col}${L.categoryHeaderRow[cat.id] + 2}:${col}${sub})` : "0"));
  }
  label(L.baseRow, TEXT.base, "subtotal");
  perFiscal(L.baseRow, "subtotal", (col) => CATEGORIES.filter((x) => x.id !== "hidden").map((x) => `${col}${L.subtotalRow[x.id] + 1}`).join("+"));
  label(L.hiddenRow, TEXT.hidden, "subtotal");
  perFiscal(L.hiddenRow, "subtotal", (col) => `${col}${L.subtotalRow.hidden + 1}`);
  label(L.contingencyMeteredRow, TEXT.contMetered, "subtotal");
  label(L.contingencyLabourRow, TEXT.contLabour, "subtotal");
  contingencyMonths(c);
  const fromMonths = (row: number) => (_col: string, k: number) =>
    `SUMIF(${phasingMonths(c.language, PHASING.rows.fiscalIndex)},${phasingCell(c.language, PHASING.rows.fiscalNumber, fiscalColumn(k))},$${columnName(monthCol(1))}${row + 1}:$${columnName(monthCol(MAX_MONTHS))}${row + 1})`;
  perFiscal(L.contingencyMeteredRow, "subtotal", fromMonths(L.contingencyMeteredRow));
  perFiscal(L.contingencyLabourRow, "subtotal", fromMonths(L.contingencyLabourRow));
  label(L.totalRow, TEXT.total, "total");
  perFiscal(L.totalRow, "total", (col) => [L.baseRow, L.hiddenRow, L.contingencyMeteredRow, L.contingencyLabourRow].map((r) => `${col}${r + 1}`).join("+"));
  viewRows(c);
}

/**
 * Both contingency rows month by month (the fiscal columns add them up), from the memo rows of what the rates
 * apply to: metered lines outside their quoted months, and own development labour. Flat: each base times its
 * rate. Risk-based: the Risk sheet's contingency for the path, spread over the months in proportion to the two
 * bases together (as computeBudget does).
 */
function contingencyMonths(c: SheetContext): void {
  const { g, L } = c;
  const block = (column: number) => `$${columnName(column)}$${L.firstLineRow + 1}:$${columnName(column)}$${L.lastLineRow + 1}`;
  const total = (row: number) => `$${columnName(COL.total)}$${row + 1}`;
  const bearing = `(${total(L.bearingMeteredRow)}+${total(L.bearingLabourRow)})`;
  const risk = riskNames(c.path).contingency;
  g.set(L.bearingMeteredRow, COL.line, { value: t(c, TEXT.bearingMetered), style: "note" });
  g.set(L.bearingLabourRow, COL.line, { value: t(c, TEXT.bearingLabour), style: "note" });
  // What each contingency row applies to its base (beside Total): flat, the rate; risk-based, the Risk sheet's
  // contingency for the path over the two bases together (as computeBudget does). Capitalised lines use it too.
  const factor = (row: number) => `$${columnName(COL.contingency)}$${row + 1}`;
  const rates: readonly [number, string][] = [[L.bearingMeteredRow, "Input_contingencyRate"], [L.bearingLabourRow, "Input_developmentContingencyRate"]];
  for (const [row, rate] of rates) g.set(row, COL.contingency, { formula: `=IF(Input_contingencyMethod="riskBased",IF(${bearing}=0,0,${risk}/${bearing}),${rate})`, style: "note", numberFormat: FORMAT.percent3 });
  for (const row of [L.bearingMeteredRow, L.bearingLabourRow]) {
    g.set(row, COL.total, { formula: `=SUM($${columnName(monthCol(1))}${row + 1}:$${columnName(monthCol(MAX_MONTHS))}${row + 1})`, style: "calc", numberFormat: FORMAT.money });
  }
  for (let m = 1; m <= MAX_MONTHS; m++) {
    const col = columnName(monthCol(m));
    const lines = `${col}$${L.firstLineRow + 1}:${col}$${L.lastLineRow + 1}`;
    const mm = `${col}$${L.indexRow + 1}`;
    const unquoted = `((${mm}<${block(COL.quotedFrom)})+(${mm}>=${block(COL.quotedTo)})>0)`;
    g.set(L.bearingMeteredRow, monthCol(m), { formula: `=SUMPRODUCT((${block(COL.contingency)}="metered")*${unquoted}*${lines})`, style: "calc", numberFormat: FORMAT.money });
    g.set(L.bearingLabourRow, monthCol(m), { formula: `=SUMIF(${block(COL.contingency)},"labour",${lines})`, style: "calc", numberFormat: FORMAT.money });
    g.set(L.contingencyMeteredRow, monthCol(m), { formula: `=${factor(L.bearingMeteredRow)}*${col}${L.bearingMeteredRow + 1}`, style: "calc", numberFormat: FORMAT.money });
    g.set(L.contingencyLabourRow, monthCol(m), { formula: `=${factor(L.bearingLabourRow)}*${col}${L.bearingLabourRow + 1}`, style: "calc", numberFormat: FORMAT.money });
  }
}

/** NPV (monthly discounting on Phasing), months in service, cost per user per month in service, estimate share. */
function summaryRows(c: SheetContext): void {
  const { g, L, language, path } = c;
  const total = a1(L.totalRow, COL.total);
  const phasingTotal = phasingMonths(language, pathPhasingRows(path).total);
  g.set(L.presentValueRow, COL.line, { value: t(c, TEXT.pv), style: "label" });
  g.set(L.presentValueRow, COL.total, { formula: `=SUMPRODUCT(${phasingTotal},${phasingMonths(language, PHASING.rows.discount)})`, style: "total", numberFormat: FORMAT.money });
  g.set(L.serviceMonthsRow, COL.line, { value: t(c, TEXT.serviceMonths), style: "label" });
  const goLive = `Input_${pathInfo(path).goLiveInput}`;
  for (let w = 1; w <= MAX_YEARS; w++) {
    const year = `${columnName(yearCol(w))}$${L.indexRow + 1}`;
    g.set(L.serviceMonthsRow, yearCol(w), { formula: `=MAX(0,MIN(12*${year},Input_horizonYears*12)-MAX(12*(${year}-1),${goLive}))`, style: "calc", numberFormat: FORMAT.integer });
  }
  const serviceMonths = span(L.serviceMonthsRow, yearCol(1), yearCol(MAX_YEARS), true);
  g.set(L.serviceMonthsRow, COL.total, { formula: `=SUM(${serviceMonths})`, style: "calc", numberFormat: FORMAT.integer });
  const userMonths = `SUMPRODUCT(${sizingWindowYearsFrom(language, "users")},${serviceMonths})`;
  g.set(L.costPerUserRow, COL.line, { value: t(c, TEXT.cpu), style: "label" });
  g.set(L.costPerUserRow, COL.total, { formula: `=IF(${userMonths}=0,0,${total}/${userMonths})`, style: "total", numberFormat: FORMAT.money2 });
  g.set(L.estimateShareRow, COL.line, { value: t(c, TEXT.estimate), style: "label" });
  const block = (column: number) => `$${columnName(column)}$${L.firstLineRow + 1}:$${columnName(column)}$${L.lastLineRow + 1}`;
  g.set(L.estimateShareRow, COL.total, { formula: `=IF(${total}=0,0,SUMIF(${block(COL.estimate)},TRUE,${block(COL.total)})/${total})`, style: "total", numberFormat: FORMAT.percent });
}

/** Fiscal years, window years and months past the horizon, greyed out (the index row says which). */
function pastHorizon(L: BudgetSheetLayout): ConditionalFormatPlan[] {
  const block = (first: number, last: number, test: (indexCell: string) => string): ConditionalFormatPlan => ({
    range: rangeA1(L.headerRow, first, L.rowCount - 1, last),
    formula: `=${test(`${columnName(first)}$${L.indexRow + 1}`)}`,
    style: "muted",
  });
  return [
    block(fiscalCol(0), fiscalCol(MAX_FISCAL_YEARS - 1), (cell) => `${cell}=0`),
    block(yearCol(1), yearCol(MAX_YEARS), (cell) => `${cell}>Input_horizonYears`),
    block(monthCol(1), monthCol(MAX_MONTHS), (cell) => `${cell}>Input_horizonYears*12`),
  ];
}

/**
 * A path's budget sheet: every line by fiscal year, from its months (right-hand block), with its timing rule,
 * its schedule and its yearly amounts beside it; then subtotals, contingency, totals, NPV and cost per user.
 */
export function buildBudgetSheet(path: PathId, entries: readonly RateCardEntry[], language: Language): { sheet: SheetPlan; names: NamePlan[] } {
  const L = budgetSheetLayout();
  const c: SheetContext = { g: new Grid(L.rowCount, COL.width), L, path, language };
  headers(c);
  for (const item of COST_LINES) lineRow(c, item, entries);
  totalRows(c);
  summaryRows(c);
  const names = totalNames(path);
  return {
    sheet: {
      key: path,
      name: sheetName(path, language),
      tabColor: "#107C10",
      blocks: [{ row: 0, column: 0, cells: c.g.rows }],
      columnWidths: [16, 44, 40, 12, 36, ...Array.from({ length: MAX_FISCAL_YEARS }, () => 13), 15, 10, 10, 18, 8, 8, 8, 8, ...Array.from({ length: MAX_YEARS }, () => 13), ...Array.from({ length: MAX_MONTHS }, () => 11)],
      frozen: { rows: L.windowYearRow + 1, columns: 2 },
      validations: [],
      conditionalFormats: pastHorizon(L),
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
