import type { BudgetWindow } from "../calendar/budgetWindow";
import type { TimingInterval } from "../calendar/timingProfile";
import { Decimal, ZERO } from "../decimal";
import { ASSET_CLASSES, type AssetClass } from "../lines/assetClasses";
import type { Requirements } from "../requirements/Requirements";
import type { Segment } from "./segments";

/**
 * The four views of a path's spend, month by month and by fiscal year, from what the lines incur:
 * - cash: capex + opex as paid; fees billed annually in advance fall in their billing month;
 * - P&L: opex as incurred + depreciation and amortisation;
 * - capex and opex (as paid), separately.
 * Cash = P&L + net book value + prepaid balance at every fiscal year end; the closing balances are computed on
 * their own (not as differences), so the reconciliation is a real check.
 */
export interface FinancialViews {
  /** Per fiscal column. Cash = capex + opex as paid (annual-in-advance fees in their billing month); Σ cash = TCO. */
  readonly cash: readonly Decimal[];
  /** Opex as incurred + depreciation and amortisation. */
  readonly pnl: readonly Decimal[];
  /** Contingency on capitalised lines included. */
  readonly capex: readonly Decimal[];
  /** As paid: cash − capex. */
  readonly opex: readonly Decimal[];
  /** Depreciation and amortisation, all classes and by class. */
  readonly depreciation: readonly Decimal[];
  readonly depreciationByClass: Readonly<Record<AssetClass, readonly Decimal[]>>;
  /** Closing balances at each fiscal year's end. */
  readonly netBookValue: readonly Decimal[];
  readonly prepaid: readonly Decimal[];
  /** Cumulative cash − (cumulative P&L + net book value + prepaid) at each fiscal year end: 0 when it reconciles. */
  readonly reconciliationGap: readonly Decimal[];
  /** Cash per month of the window (months[0] = month 1). */
  readonly cashMonths: readonly Decimal[];
  /** Present value of cash minus present value of what is incurred (the bills' earlier timing). */
  readonly npvShift: Decimal;
}

/** A line billed annually in advance: its runs and its incurred value per month (index m − 1). */
export interface BilledLine {
  readonly intervals: readonly TimingInterval[];
  readonly incurred: readonly Decimal[];
  /** The same per segment month (Segment order). */
  readonly bySegment: readonly Decimal[];
}

export interface ViewInputs {
  readonly calendar: BudgetWindow;
  readonly req: Requirements;
  /** The path's first month in service is goLive + 1. */
  readonly goLive: number;
  /** Everything incurred per month, contingency included (index m − 1), and by fiscal column. */
  readonly incurred: readonly Decimal[];
  readonly incurredFiscal: readonly Decimal[];
  readonly segments: readonly Segment[];
  /** Capex incurred per month of each segment by asset class, contingency included. */
  readonly capexByClass: Readonly<Record<AssetClass, readonly Decimal[]>>;
  readonly billed: readonly BilledLine[];
}

const zeros = (n: number): Decimal[] => new Array<Decimal>(n).fill(ZERO);
const plus = (a: Decimal, b: Decimal): Decimal => (b.isZero() ? a : a.isZero() ? b : a.plus(b));

/** A per-segment row as a per-month row (index m − 1). */
export function monthsOf(segments: readonly Segment[], perSegment: readonly Decimal[], months: number): Decimal[] {
  const out = zeros(months);
  segments.forEach((s, k) => {
    for (let m = s.from; m < s.to; m++) out[m - 1] = perSegment[k];
  });
  return out;
}

/** The last month of each fiscal column within the window. */
function fiscalEnds(calendar: BudgetWindow): number[] {
  const ends = new Array<number>(calendar.fiscalYears.length).fill(0);
  for (let m = 1; m <= calendar.months; m++) ends[calendar.fiscalOf[m]] = m;
  return ends;
}

/**
 * Each bill of a line billed annually in advance: at the start of each of its runs and every 12 months after,
 * for the next 12 months of the run. The model prices no service after the window, so a bill falling less than
 * 12 months before the run's end covers the months left: over the window cash equals what is incurred.
 */
function bills(line: BilledLine): Bill[] {
  const out: Bill[] = [];
  for (const run of line.intervals) {
    for (let b = run.from; b < run.to; b += 12) {
      const to = Math.min(b + 12, run.to);
      let amount = ZERO;
      for (let m = b; m < to; m++) amount = plus(amount, line.incurred[m - 1]);
      out.push({ month: b, to, amount });
    }
  }
  return out;
}

interface Bill {
  readonly month: number;
  readonly to: number;
  readonly amount: Decimal;
}

function cashMonthsOf(p: ViewInputs, billsOf: readonly Bill[][]): Decimal[] {
  const cash = [...p.incurred];
  p.billed.forEach((line, i) => {
    for (const run of line.intervals) for (let m = run.from; m < run.to; m++) if (!line.incurred[m - 1].isZero()) cash[m - 1] = cash[m - 1].minus(line.incurred[m - 1]);
    for (const b of billsOf[i]) cash[b.month - 1] = plus(cash[b.month - 1], b.amount);
  });
  return cash;
}

/** Cash by fiscal column: what is incurred, with each billed line's months replaced by its bills. */
function cashByFiscal(p: ViewInputs, billsOf: readonly Bill[][]): Decimal[] {
  const out = [...p.incurredFiscal];
  p.billed.forEach((line, i) => {
    p.segments.forEach((seg, k) => {
      const v = line.bySegment[k];
      if (!v.isZero()) out[seg.fiscal] = out[seg.fiscal].minus(seg.months === 1 ? v : v.times(seg.months));
    });
    for (const b of billsOf[i]) out[p.calendar.fiscalOf[b.month]] = plus(out[p.calendar.fiscalOf[b.month]], b.amount);
  });
  return out;
}

/** PV of the bills less PV of the same lines as incurred (segment by segment, with the discount sums). */
function npvShiftOf(p: ViewInputs, billsOf: readonly Bill[][]): Decimal {
  const { discount, discountSum } = p.calendar;
  let out = ZERO;
  p.billed.forEach((line, i) => {
    for (const b of billsOf[i]) out = plus(out, b.amount.times(discount[b.month]));
    p.segments.forEach((seg, k) => {
      const v = line.bySegment[k];
      if (!v.isZero()) out = out.minus(v.times(discountSum[seg.to - 1].minus(discountSum[seg.from - 1])));
    });
  });
  return out;
}

/** Prepaid at the end of month e: the months after e already billed. */
function prepaidAt(p: ViewInputs, billsOf: readonly Bill[][], e: number): Decimal {
  let out = ZERO;
  p.billed.forEach((line, i) => {
    for (const b of billsOf[i]) {
      if (b.month > e || b.to <= e + 1) continue;
      for (let m = e + 1; m < b.to; m++) out = plus(out, line.incurred[m - 1]);
    }
  });
  return out;
}

interface ClassPolicy {
  readonly life: number;
  readonly written: Decimal;
  readonly lag: number;
}

function policyOf(req: Requirements, id: AssetClass): ClassPolicy {
  const spec = ASSET_CLASSES.find((a) => a.id === id)!;
  return { life: (req[spec.lifeInput] as number) * 12, written: new Decimal(1).minus(req[spec.residualInput] as number), lag: spec.startLag };
}

/** One month's capex of one class: what it cost, and the months [from, to) it is written off in (clipped to the window). */
interface Purchase {
  readonly month: number;
  readonly cost: Decimal;
  /** The charge per month: cost × (1 − residual) / life. */
  readonly each: Decimal;
  readonly from: number;
  readonly to: number;
}

/**
 * Each month's capex as a purchase. It enters service in the later of its month and the first month in
 * service (goLive + 1); the write-off starts then, or a month later for fixed assets, and runs `life` months.
 */
function purchasesOf(segments: readonly Segment[], perSegment: readonly Decimal[], policy: ClassPolicy, goLive: number, months: number): Purchase[] {
  const out: Purchase[] = [];
  segments.forEach((seg, k) => {
    const cost = perSegment[k];
    if (cost.isZero()) return;
    const each = cost.times(policy.written).dividedBy(policy.life);
    for (let m = seg.from; m < seg.to; m++) {
      const from = Math.max(m, goLive + 1) + policy.lag;
      out.push({ month: m, cost, each, from, to: Math.min(from + policy.life, months + 1) });
    }
  });
  return out;
}

/** Months of [from, to) inside [first, last]. */
const overlap = (from: number, to: number, first: number, last: number): number => Math.max(0, Math.min(to - 1, last) - Math.max(from, first) + 1);

/** Net book value at the end of month e: each purchase made by then, less the months charged by then. */
function bookValueAt(purchases: readonly Purchase[], e: number): Decimal {
  let out = ZERO;
  for (const p of purchases) {
    if (p.month > e) continue;
    const charged = overlap(p.from, p.to, 1, e);
    out = plus(out, charged === 0 ? p.cost : p.cost.minus(p.each.times(charged)));
  }
  return out;
}

export function financialViews(p: ViewInputs): FinancialViews {
  const { calendar, req, goLive } = p;
  const M = calendar.months;
  const F = calendar.fiscalYears.length;
  const ends = fiscalEnds(calendar);
  const starts = ends.map((_, k) => (k === 0 ? 1 : ends[k - 1] + 1));
  const billsOf = p.billed.map(bills);
  const cashMonths = cashMonthsOf(p, billsOf);
  const capex = zeros(F);
  const depreciation = zeros(F);
  const netBookValue = zeros(F);
  const depreciationByClass = {} as Record<AssetClass, Decimal[]>;
  for (const a of ASSET_CLASSES) {
    const purchases = purchasesOf(p.segments, p.capexByClass[a.id], policyOf(req, a.id), goLive, M);
    const da = zeros(F);
    for (const buy of purchases) {
      capex[calendar.fiscalOf[buy.month]] = plus(capex[calendar.fiscalOf[buy.month]], buy.cost);
      for (let k = calendar.fiscalOf[Math.min(buy.from, M)]; k < F && buy.from < buy.to; k++) {
        const n = overlap(buy.from, buy.to, starts[k], ends[k]);
        if (n > 0) da[k] = plus(da[k], n === 1 ? buy.each : buy.each.times(n));
      }
    }
    depreciationByClass[a.id] = da;
    for (let k = 0; k < F; k++) {
      depreciation[k] = plus(depreciation[k], da[k]);
      if (purchases.length > 0) netBookValue[k] = plus(netBookValue[k], bookValueAt(purchases, ends[k]));
    }
  }
  const cash = p.billed.length === 0 ? p.incurredFiscal : cashByFiscal(p, billsOf);
  // P&L = opex as incurred + D&A = incurred − capex + D&A.
  const pnl = p.incurredFiscal.map((v, k) => plus(capex[k].isZero() ? v : v.minus(capex[k]), depreciation[k]));
  const prepaid = p.billed.length === 0 ? zeros(F) : ends.map((e) => prepaidAt(p, billsOf, e));
  let cumCash = ZERO;
  let cumPnl = ZERO;
  const reconciliationGap = cash.map((c, k) => {
    cumCash = plus(cumCash, c);
    cumPnl = plus(cumPnl, pnl[k]);
    return cumCash.minus(cumPnl).minus(netBookValue[k]).minus(prepaid[k]);
  });
  return {
    cash,
    pnl,
    capex,
    opex: cash.map((c, k) => (capex[k].isZero() ? c : c.minus(capex[k]))),
    depreciation,
    depreciationByClass,
    netBookValue,
    prepaid,
    reconciliationGap,
    cashMonths,
    npvShift: p.billed.length === 0 ? ZERO : npvShiftOf(p, billsOf),
  };
}
