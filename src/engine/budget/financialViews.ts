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
  /** Per fiscal column. */
  readonly cash: Decimal[];
  readonly pnl: Decimal[];
  readonly capex: Decimal[];
  readonly opex: Decimal[];
  /** Depreciation and amortisation, all classes and by class. */
  readonly depreciation: Decimal[];
  readonly depreciationByClass: Record<AssetClass, Decimal[]>;
  /** Closing balances at each fiscal year's end. */
  readonly netBookValue: Decimal[];
  readonly prepaid: Decimal[];
  /** Cumulative cash − (cumulative P&L + net book value + prepaid) at each fiscal year end: 0 when it reconciles. */
  readonly reconciliationGap: Decimal[];
  /** Cash per month of the window (months[0] = month 1). */
  readonly cashMonths: Decimal[];
}

/** A line billed annually in advance: its runs and its incurred value per month (index m − 1). */
export interface BilledLine {
  readonly intervals: readonly TimingInterval[];
  readonly incurred: readonly Decimal[];
}

export interface ViewInputs {
  readonly calendar: BudgetWindow;
  readonly req: Requirements;
  /** The path's first month in service is goLive + 1. */
  readonly goLive: number;
  /** Everything incurred per month, contingency included (index m − 1). */
  readonly incurred: readonly Decimal[];
  /** Capex incurred per month by asset class, contingency included (index m − 1). */
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

function byFiscal(calendar: BudgetWindow, perMonth: readonly Decimal[]): Decimal[] {
  const out = zeros(calendar.fiscalYears.length);
  perMonth.forEach((v, i) => {
    if (!v.isZero()) out[calendar.fiscalOf[i + 1]] = plus(out[calendar.fiscalOf[i + 1]], v);
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
function bills(line: BilledLine): { month: number; to: number }[] {
  const out: { month: number; to: number }[] = [];
  for (const run of line.intervals) for (let b = run.from; b < run.to; b += 12) out.push({ month: b, to: Math.min(b + 12, run.to) });
  return out;
}

function cashMonthsOf(p: ViewInputs): Decimal[] {
  const cash = [...p.incurred];
  for (const line of p.billed) {
    for (const run of line.intervals) for (let m = run.from; m < run.to; m++) cash[m - 1] = cash[m - 1].minus(line.incurred[m - 1]);
    for (const b of bills(line)) {
      let amount = ZERO;
      for (let m = b.month; m < b.to; m++) amount = plus(amount, line.incurred[m - 1]);
      cash[b.month - 1] = plus(cash[b.month - 1], amount);
    }
  }
  return cash;
}

/** Prepaid at the end of month e: the months after e already billed. */
function prepaidAt(p: ViewInputs, e: number): Decimal {
  let out = ZERO;
  for (const line of p.billed) {
    for (const b of bills(line)) {
      if (b.month > e) continue;
      for (let m = Math.max(b.month, e + 1); m < b.to; m++) out = plus(out, line.incurred[m - 1]);
    }
  }
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

/** The first month of write-off for capex incurred in month m: entering service, then the class's lag. */
const firstCharge = (m: number, goLive: number, lag: number): number => Math.max(m, goLive + 1) + lag;

/** Straight-line write-off per month of one class (index m − 1). */
function writeOff(capex: readonly Decimal[], policy: ClassPolicy, goLive: number, months: number): Decimal[] {
  const step = zeros(months + 2);
  capex.forEach((c, i) => {
    if (c.isZero()) return;
    const s = firstCharge(i + 1, goLive, policy.lag);
    if (s > months) return;
    const each = c.times(policy.written).dividedBy(policy.life);
    step[s] = plus(step[s], each);
    if (s + policy.life <= months) step[s + policy.life] = step[s + policy.life].minus(each);
  });
  const out = zeros(months);
  let running = ZERO;
  for (let m = 1; m <= months; m++) out[m - 1] = running = plus(running, step[m]);
  return out;
}

/** Net book value of one class at the end of month e: each purchase less the share of its life charged by then. */
function bookValueAt(capex: readonly Decimal[], policy: ClassPolicy, goLive: number, e: number): Decimal {
  let out = ZERO;
  for (let m = 1; m <= e; m++) {
    const c = capex[m - 1];
    if (c.isZero()) continue;
    const charged = Math.min(policy.life, Math.max(0, e - firstCharge(m, goLive, policy.lag) + 1));
    out = plus(out, charged === 0 ? c : c.minus(c.times(policy.written).times(charged).dividedBy(policy.life)));
  }
  return out;
}

export function financialViews(p: ViewInputs): FinancialViews {
  const { calendar, req, goLive } = p;
  const M = calendar.months;
  const cashMonths = cashMonthsOf(p);
  const capexMonths = zeros(M);
  const daMonths = zeros(M);
  const depreciationByClass = {} as Record<AssetClass, Decimal[]>;
  for (const a of ASSET_CLASSES) {
    const capex = p.capexByClass[a.id];
    const da = writeOff(capex, policyOf(req, a.id), goLive, M);
    depreciationByClass[a.id] = byFiscal(calendar, da);
    for (let i = 0; i < M; i++) {
      capexMonths[i] = plus(capexMonths[i], capex[i]);
      daMonths[i] = plus(daMonths[i], da[i]);
    }
  }
  const pnlMonths = p.incurred.map((v, i) => plus(v.minus(capexMonths[i]), daMonths[i]));
  const cash = byFiscal(calendar, cashMonths);
  const capex = byFiscal(calendar, capexMonths);
  const pnl = byFiscal(calendar, pnlMonths);
  const ends = fiscalEnds(calendar);
  const netBookValue = ends.map((e) => ASSET_CLASSES.reduce((acc, a) => plus(acc, bookValueAt(p.capexByClass[a.id], policyOf(req, a.id), goLive, e)), ZERO));
  const prepaid = ends.map((e) => prepaidAt(p, e));
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
    opex: cash.map((c, k) => c.minus(capex[k])),
    depreciation: byFiscal(calendar, daMonths),
    depreciationByClass,
    netBookValue,
    prepaid,
    reconciliationGap,
    cashMonths,
  };
}
