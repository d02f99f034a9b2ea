import { pathInfo } from "../budget/paths";
import { ASSET_CLASSES, type AssetClassSpec } from "../lines/assetClasses";
import { COST_LINES } from "../lines/costLines";
import { BUDGET_COLUMNS as COL, type BudgetSheetLayout } from "./budgetSheetLayout";
import { BUDGET_TEXT as TEXT } from "./budgetSheetText";
import { fiscalCol, fiscalRange, inHorizon, monthCol, t, type SheetContext } from "./budgetSheetGrid";
import { columnName } from "./excelAddress";
import { FORMAT, MAX_FISCAL_YEARS, MAX_MONTHS } from "./layout";
import { PHASING, fiscalColumn, phasingCell, phasingMonths } from "./phasingLayout";
import type { CellPlan } from "./WorkbookPlan";

const WINDOW = "Input_horizonYears*12";
const BILLED = COST_LINES.filter((l) => l.billing === "annualInAdvance");

// Bills fall every 12 months from the first month of the line's one run: only lines incurred every month qualify.
for (const l of BILLED) if (l.timing.kind !== "running") throw new Error(`Model error: billed line ${l.id} must run every month`);

/** A row across every month column, absolute. */
const monthsOf = (row: number): string => `$${columnName(monthCol(1))}$${row + 1}:$${columnName(monthCol(MAX_MONTHS))}$${row + 1}`;
const cell = (row: number, col: number): string => `${columnName(col)}${row + 1}`;
const fixed = (row: number, col: number): string => `$${columnName(col)}$${row + 1}`;

interface Rows {
  readonly c: SheetContext;
  readonly L: BudgetSheetLayout;
  /** Month number m of a month column (the index row). */
  mm(m: number): string;
  label(row: number, text: string, style: CellPlan["style"]): void;
  perMonth(row: number, style: CellPlan["style"], f: (m: number, col: number) => string): void;
  /** Fiscal cells (blank past the horizon) and, unless a balance, their Σ in Total. */
  perFiscal(row: number, style: CellPlan["style"], f: (k: number) => string, balance?: boolean): void;
  /** Month cells and fiscal cells that add up the months of each fiscal year. */
  flow(row: number, style: CellPlan["style"], f: (m: number, col: number) => string): void;
}

function rows(c: SheetContext): Rows {
  const { g, L, language } = c;
  const r: Rows = {
    c,
    L,
    mm: (m) => `${columnName(monthCol(m))}$${L.indexRow + 1}`,
    label: (row, text, style) => g.set(row, COL.line, { value: text, style }),
    perMonth: (row, style, f) => {
      for (let m = 1; m <= MAX_MONTHS; m++) g.set(row, monthCol(m), { formula: `=${f(m, monthCol(m))}`, style, numberFormat: FORMAT.money });
    },
    perFiscal: (row, style, f, balance = false) => {
      for (let k = 0; k < MAX_FISCAL_YEARS; k++) g.set(row, fiscalCol(k), { formula: inHorizon(L, k, f(k)), style, numberFormat: FORMAT.money });
      if (!balance) g.set(row, COL.total, { formula: `=SUM(${fiscalRange(row)})`, style, numberFormat: FORMAT.money });
    },
    flow: (row, style, f) => {
      r.perMonth(row, style, f);
      r.perFiscal(row, style, (k) => `SUMIF(${phasingMonths(language, PHASING.rows.fiscalIndex)},${phasingCell(language, PHASING.rows.fiscalNumber, fiscalColumn(k))},${monthsOf(row)})`);
    },
  };
  return r;
}

/** The months [from, to] (inclusive) in which development is capitalised, on the development capex row; 0 and 0 when never. */
function developmentSpan(r: Rows): { from: string; to: string } {
  const { c, L } = r;
  const row = L.capexClassRow.development;
  const goLive = `Input_${pathInfo(c.path).goLiveInput}`;
  const enabled = `AND(Input_capitaliseDevelopment=TRUE${c.path === "commercial" ? ',Input_commercialModel<>"saas"' : ""})`;
  // After the POC (research, always expensed); from month 1 when the path has no POC.
  const poc = COST_LINES.find((l) => l.id === "poc");
  const from = poc?.amount[c.path] ? `MIN(${WINDOW},${fixed(L.lineRow.poc, COL.to)})+1` : "1";
  c.g.set(row, COL.from, { formula: `=IF(${enabled},${from},0)`, style: "note", numberFormat: FORMAT.integer });
  c.g.set(row, COL.to, { formula: `=IF(${enabled},MIN(${goLive},${WINDOW}),0)`, style: "note", numberFormat: FORMAT.integer });
  return { from: fixed(row, COL.from), to: fixed(row, COL.to) };
}

/**
 * Capex of one asset class in month m: its lines (development only in the capitalised months) plus their share
 * of contingency, the part of them that bears it × what the class's contingency row applies (the rate beside the
 * contingency base rows: flat, or the risk-based share), as computeBudget does. The lines are named one by one
 * (a class has a handful), which keeps each cell short.
 */
function capexClass(r: Rows, a: AssetClassSpec): void {
  const { c, L } = r;
  const row = L.capexClassRow[a.id];
  r.label(row, `${t(c, TEXT.capexOf)}: ${t(c, a.label)}`, "label");
  const span = a.id === "development" ? developmentSpan(r) : null;
  if (span) c.g.set(row, COL.contingency, { value: t(c, TEXT.devSpan), style: "note" });
  const lines = COST_LINES.filter((l) => l.asset === a.id);
  const factor = fixed(a.contingency === "metered" ? L.bearingMeteredRow : L.bearingLabourRow, COL.contingency);
  r.flow(row, "calc", (m) => {
    const at = (id: string) => cell(L.lineRow[id], monthCol(m));
    const unquoted = (id: string) => `((${r.mm(m)}<${fixed(L.lineRow[id], COL.quotedFrom)})+(${r.mm(m)}>=${fixed(L.lineRow[id], COL.quotedTo)})>0)`;
    const bearing = lines.filter((l) => l.contingency !== "none").map((l) => (l.contingency === "metered" ? `${at(l.id)}*${unquoted(l.id)}` : at(l.id)));
    const body = `${lines.map((l) => at(l.id)).join("+")}${bearing.length ? `+${factor}*(${bearing.join("+")})` : ""}`;
    return span ? `IF(AND(${r.mm(m)}>=${span.from},${r.mm(m)}<=${span.to}),${body},0)` : body;
  });
}

/** A class's first month of write-off for each month's purchases (as an array), and its policy cells on its D&A row. */
function policy(r: Rows, a: AssetClassSpec): { life: string; rate: string; start: string } {
  const inService = monthsOf(r.L.inServiceRow);
  const row = r.L.depreciationClassRow[a.id];
  return { life: fixed(row, COL.contingency), rate: fixed(row, COL.estimate), start: a.startLag === 0 ? inService : `(${inService}+${a.startLag})` };
}

/**
 * Straight-line write-off of one class month by month: each month's capex over the life from its first charge.
 * Beside Total: the life in months and the share written off a month, (1 − residual) ÷ life.
 */
function depreciationClass(r: Rows, a: AssetClassSpec): void {
  const { c, L } = r;
  const row = L.depreciationClassRow[a.id];
  r.label(row, `${t(c, TEXT.daOf)}: ${t(c, a.label)}`, "label");
  c.g.set(row, COL.contingency, { formula: `=12*Input_${a.lifeInput}`, style: "note", numberFormat: t(c, TEXT.months) });
  c.g.set(row, COL.estimate, { formula: `=(1-Input_${a.residualInput})/(12*Input_${a.lifeInput})`, style: "note", numberFormat: FORMAT.percent3 });
  const p = policy(r, a);
  const capex = monthsOf(L.capexClassRow[a.id]);
  r.flow(row, "calc", (m) => `IF(${r.mm(m)}>${WINDOW},0,SUMPRODUCT(${capex},(${r.mm(m)}>=${p.start})*(${r.mm(m)}<${p.start}+${p.life}))*${p.rate})`);
}

/**
 * Closing net book value of one class at each fiscal year end e, computed on its own (not as capex − D&A, so the
 * reconciliation is a real check): each purchase to e less the share of its life charged by e.
 */
function netBookValueClass(r: Rows, a: AssetClassSpec): void {
  const { c, L } = r;
  const row = L.netBookValueClassRow[a.id];
  r.label(row, `${t(c, TEXT.nbvOf)}: ${t(c, a.label)}`, "label");
  const p = policy(r, a);
  const capex = monthsOf(L.capexClassRow[a.id]);
  r.perFiscal(
    row,
    "calc",
    (k) => {
      const e = cell(L.fiscalEndRow, fiscalCol(k));
      const x = `(${e}-${p.start}+1)`;
      const charged = `((${x}>0)*(${x}<${p.life})*${x}+(${x}>=${p.life})*${p.life})`;
      return `SUMPRODUCT(${capex}*(${monthsOf(L.indexRow)}<=${e})*(1-${p.rate}*${charged}))`;
    },
    true,
  );
}

/** Prepaid at each fiscal year end e: months after e already covered by the last bill at or before e. */
function prepaid(r: Rows): void {
  const { c, L } = r;
  r.label(L.prepaidRow, t(c, TEXT.prepaid), "label");
  r.perFiscal(
    L.prepaidRow,
    "calc",
    (k) => {
      const e = cell(L.fiscalEndRow, fiscalCol(k));
      const terms = BILLED.map((l) => {
        const F = `MAX(1,${fixed(L.lineRow[l.id], COL.from)})`;
        return `IF(${e}>=${F},SUMPRODUCT(${monthsOf(L.lineRow[l.id])}*(${monthsOf(L.indexRow)}>${e})*(${monthsOf(L.indexRow)}<${F}+12*INT((${e}-${F})/12)+12)),0)`;
      });
      return terms.length ? terms.join("+") : "0";
    },
    true,
  );
}

/** The bills of a line billed annually in advance: in its first month and every 12 months after, the next 12 months. */
function billedRows(r: Rows): void {
  const { c, L } = r;
  for (const l of BILLED) {
    const row = L.billedRow[l.id];
    const line = L.lineRow[l.id];
    r.label(row, `${t(c, TEXT.billed)}: ${t(c, l.label)}`, "note");
    // The line is 0 outside its run: a "bill" before its first month or after its end adds up zeros.
    r.flow(row, "calc", (m) => {
      const next12 = `${cell(line, monthCol(m))}:${cell(line, monthCol(Math.min(m + 11, MAX_MONTHS)))}`;
      return `IF(MOD(${r.mm(m)}-${fixed(line, COL.from)},12)=0,SUM(${next12}),0)`;
    });
  }
}

/** Memo rows: the month each month's purchase enters service, and each fiscal year's last month in the window. */
function memoRows(r: Rows): void {
  const { c, L } = r;
  const goLive = `Input_${pathInfo(c.path).goLiveInput}`;
  r.label(L.inServiceRow, t(c, TEXT.inService), "note");
  for (let m = 1; m <= MAX_MONTHS; m++) c.g.set(L.inServiceRow, monthCol(m), { formula: `=MAX(${r.mm(m)},${goLive}+1)`, style: "note", numberFormat: FORMAT.integer });
  r.label(L.fiscalEndRow, t(c, TEXT.fiscalEnd), "note");
  for (let k = 0; k < MAX_FISCAL_YEARS; k++) {
    c.g.set(L.fiscalEndRow, fiscalCol(k), { formula: inHorizon(L, k, `SUM(${fixed(L.indexRow, fiscalCol(0))}:${columnName(fiscalCol(k))}$${L.indexRow + 1})`), style: "note", numberFormat: FORMAT.integer });
  }
}

/**
 * The four views under the budget total (issue 11): cash (annual-in-advance fees in their billing month), capex
 * by asset class, opex as paid, depreciation and amortisation by class, P&L; then the closing net book value and
 * prepaid balance, cumulative cash and the reconciliation cash = P&L + net book value + prepaid.
 */
export function viewRows(c: SheetContext): void {
  const r = rows(c);
  const { L } = r;
  const at = (row: number, m: number) => cell(row, monthCol(m));
  c.g.set(L.viewsTitleRow, COL.line, { value: t(c, TEXT.views), style: "subtitle" });
  r.perMonth(L.totalRow, "total", (m, col) => `SUM(${columnName(col)}${L.firstLineRow + 1}:${columnName(col)}${L.lastLineRow + 1})+${at(L.contingencyMeteredRow, m)}+${at(L.contingencyLabourRow, m)}`);
  billedRows(r);
  r.label(L.cashRow, t(c, TEXT.cash), "total");
  r.flow(L.cashRow, "total", (m) => at(L.totalRow, m) + BILLED.map((l) => `+${at(L.billedRow[l.id], m)}-${at(L.lineRow[l.id], m)}`).join(""));
  for (const a of ASSET_CLASSES) capexClass(r, a);
  r.label(L.capexRow, t(c, TEXT.capex), "subtotal");
  r.flow(L.capexRow, "subtotal", (m) => ASSET_CLASSES.map((a) => at(L.capexClassRow[a.id], m)).join("+"));
  r.label(L.opexRow, t(c, TEXT.opex), "subtotal");
  r.flow(L.opexRow, "subtotal", (m) => `${at(L.cashRow, m)}-${at(L.capexRow, m)}`);
  for (const a of ASSET_CLASSES) depreciationClass(r, a);
  r.label(L.depreciationRow, t(c, TEXT.da), "subtotal");
  r.flow(L.depreciationRow, "subtotal", (m) => ASSET_CLASSES.map((a) => at(L.depreciationClassRow[a.id], m)).join("+"));
  r.label(L.pnlRow, t(c, TEXT.pnl), "total");
  r.flow(L.pnlRow, "total", (m) => `${at(L.totalRow, m)}-${at(L.capexRow, m)}+${at(L.depreciationRow, m)}`);
  for (const a of ASSET_CLASSES) netBookValueClass(r, a);
  r.label(L.netBookValueRow, t(c, TEXT.nbv), "subtotal");
  r.perFiscal(L.netBookValueRow, "subtotal", (k) => ASSET_CLASSES.map((a) => cell(L.netBookValueClassRow[a.id], fiscalCol(k))).join("+"), true);
  prepaid(r);
  const upTo = (row: number, k: number) => `SUM(${fixed(row, fiscalCol(0))}:${cell(row, fiscalCol(k))})`;
  r.label(L.cumulativeRow, t(c, TEXT.cumulative), "label");
  r.perFiscal(L.cumulativeRow, "calc", (k) => upTo(L.cashRow, k), true);
  r.label(L.reconciliationRow, t(c, TEXT.reconciliation), "note");
  r.perFiscal(L.reconciliationRow, "calc", (k) => `${upTo(L.cashRow, k)}-(${upTo(L.pnlRow, k)}+${cell(L.netBookValueRow, fiscalCol(k))}+${cell(L.prepaidRow, fiscalCol(k))})`, true);
  memoRows(r);
}
