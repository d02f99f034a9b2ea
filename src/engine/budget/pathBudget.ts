import { monthLabel, type BudgetWindow } from "../calendar/budgetWindow";

import { Decimal, ZERO, sum } from "../decimal";
import type { Requirements } from "../requirements/Requirements";
import type { LineResult, PathBudget } from "./BudgetResult";
import { CATEGORY_IDS, type CategoryId } from "./categories";
import type { PathId } from "./paths";
import type { PricedLine, PricedPath } from "./priceLines";
import type { MonthSpan } from "./quotedTerm";
import type { Segment } from "./segments";

const zeros = (n: number): Decimal[] => new Array<Decimal>(n).fill(ZERO);

/**
 * a + b without the work when either is 0. Exact: every value here is already rounded to the working
 * precision, so x + 0 would give x back unchanged; skipping it keeps every figure to the last digit.
 */
const plus = (a: Decimal, b: Decimal): Decimal => (b.isZero() ? a : a.isZero() ? b : a.plus(b));

/** Σ in order, skipping zeros (see `plus`). */
function total(values: readonly Decimal[]): Decimal {
  let acc = ZERO;
  for (let i = 0; i < values.length; i++) acc = plus(acc, values[i]);
  return acc;
}

/** Σ value × months of the segments, by fiscal column. */
function byFiscal(segments: readonly Segment[], perMonth: readonly Decimal[], columns: number): Decimal[] {
  const out = zeros(columns);
  for (let k = 0; k < segments.length; k++) {
    const v = perMonth[k];
    if (v.isZero()) continue;
    const s = segments[k];
    out[s.fiscal] = plus(out[s.fiscal], s.months === 1 ? v : v.times(s.months));
  }
  return out;
}

/** A line's result; its fiscal columns are summed only when someone reads them (most callers need totals). */
function lineResult(line: PricedLine, segments: readonly Segment[], columns: number, quotedMonths: MonthSpan | null): LineResult {
  let fiscal: Decimal[] | null = null;
  const fiscalOnce = (): Decimal[] => (fiscal ??= byFiscal(segments, line.bySegment, columns));
  return {
    id: line.item.id,
    category: line.item.category,
    contingencyClass: line.item.contingency,
    capex: line.item.capex,
    quotedMonths,
    get fiscal() {
      return fiscalOnce();
    },
    get total() {
      return sum(fiscalOnce());
    },
    month: (m) => {
      const k = segments.findIndex((s) => m >= s.from && m < s.to);
      return k < 0 ? ZERO : line.bySegment[k];
    },
  };
}

/** Per segment, in one pass over the lines: categories, contingency bases, capex and everything. */
interface SegmentSums {
  readonly categories: Record<CategoryId, Decimal[]>;
  readonly metered: Decimal[];
  readonly labour: Decimal[];
  readonly capex: Decimal[];
  readonly all: Decimal[];
  readonly estimated: Decimal[];
}

/** A metered line takes no metered contingency in the segments inside its quoted term. */
function segmentSums(priced: PricedPath, quoted: readonly (MonthSpan | null)[], restsOnEstimate: (lineId: string) => boolean): SegmentSums {
  const n = priced.segments.length;
  const out: SegmentSums = { categories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, zeros(n)])) as Record<CategoryId, Decimal[]>, metered: zeros(n), labour: zeros(n), capex: zeros(n), all: zeros(n), estimated: zeros(n) };
  priced.lines.forEach((l, li) => {
    const category = out.categories[l.item.category];
    const term = quoted[li];
    const contingency = l.item.contingency === "metered" ? out.metered : l.item.contingency === "labour" ? out.labour : null;
    const capex = l.item.capex ? out.capex : null;
    const estimated = restsOnEstimate(l.item.id) ? out.estimated : null;
    const values = l.bySegment;
    for (let k = 0; k < n; k++) {
      const v = values[k];
      if (v.isZero()) continue;
      category[k] = plus(category[k], v);
      if (contingency && !(term && priced.segments[k].from >= term.from && priced.segments[k].to <= term.to)) contingency[k] = plus(contingency[k], v);
      if (capex) capex[k] = plus(capex[k], v);
      if (estimated) estimated[k] = plus(estimated[k], v);
    }
  });
  const byCategory = CATEGORY_IDS.map((c) => out.categories[c]);
  for (let k = 0; k < n; k++) {
    let acc = ZERO;
    for (const c of byCategory) acc = plus(acc, c[k]);
    out.all[k] = acc;
  }
  return out;
}

/** Straight-line depreciation of capex from the month after purchase, by fiscal column. */
function depreciationByFiscal(calendar: BudgetWindow, segments: readonly Segment[], capexPerMonth: readonly Decimal[], lifeYears: number): Decimal[] {
  const life = lifeYears * 12;
  const step = zeros(calendar.months + 2);
  segments.forEach((s, k) => {
    if (capexPerMonth[k].isZero()) return;
    const each = capexPerMonth[k].dividedBy(life);
    for (let m = s.from; m < s.to; m++) {
      step[m + 1] = plus(step[m + 1], each);
      if (m + 1 + life <= calendar.months) step[m + 1 + life] = step[m + 1 + life].minus(each);
    }
  });
  const out = zeros(calendar.fiscalYears.length);
  let running = ZERO;
  for (let m = 1; m <= calendar.months; m++) {
    running = plus(running, step[m]);
    if (!running.isZero()) out[calendar.fiscalOf[m]] = plus(out[calendar.fiscalOf[m]], running);
  }
  return out;
}

export interface PathTotalsInput {
  readonly path: PathId;
  readonly req: Requirements;
  readonly calendar: BudgetWindow;
  readonly priced: PricedPath;
  /** Per line (COST_LINES order): the months its prices are all under a standing quote, or null. */
  readonly quoted: readonly (MonthSpan | null)[];
  /** Users by window year (index w − 1). */
  readonly users: readonly Decimal[];
  /** Whether a line rests on an estimated or second-hand price. */
  restsOnEstimate(lineId: string): boolean;
  /** With the risk-based method: the contingency over the window, spread like the flat rates' bases. */
  readonly riskContingency?: Decimal;
}

/**
 * The contingency per segment month, both rows. Flat: each base times its rate. Risk-based: the total spread in
 * proportion to each month's contingency-bearing base (metered outside quoted months, plus labour), so it is
 * split between the rows, the months and capex/opex the same way as the flat figure would be.
 */
function contingencyRows(p: PathTotalsInput, sums: SegmentSums): { metered: Decimal[]; labour: Decimal[]; flat: Decimal } {
  const meteredRate = new Decimal(p.req.contingencyRate as number);
  const labourRate = new Decimal(p.req.developmentContingencyRate as number);
  const segs = p.priced.segments;
  const flatMetered = sums.metered.map((v) => (v.isZero() ? v : v.times(meteredRate)));
  const flatLabour = sums.labour.map((v) => (v.isZero() ? v : v.times(labourRate)));
  const overWindow = (perMonth: readonly Decimal[]) => total(perMonth.map((v, k) => (v.isZero() ? v : v.times(segs[k].months))));
  const flat = plus(overWindow(flatMetered), overWindow(flatLabour));
  if (p.riskContingency === undefined) return { metered: flatMetered, labour: flatLabour, flat };
  const bearing = plus(overWindow(sums.metered), overWindow(sums.labour));
  if (bearing.isZero()) return { metered: zeros(segs.length), labour: zeros(segs.length), flat };
  const share = p.riskContingency.dividedBy(bearing);
  return { metered: sums.metered.map((v) => (v.isZero() ? v : v.times(share))), labour: sums.labour.map((v) => (v.isZero() ? v : v.times(share))), flat };
}

/** Categories, contingency, totals, months, NPV and the per-user figure of one path. */
export function pathBudget(p: PathTotalsInput): PathBudget {
  const { calendar, priced, req } = p;
  const F = calendar.fiscalYears.length;
  const segs = priced.segments;
  const lines = priced.lines.map((l, li) => lineResult(l, segs, F, p.quoted[li]));
  const sums = segmentSums(priced, p.quoted, p.restsOnEstimate);
  const categories = Object.fromEntries(CATEGORY_IDS.map((c) => [c, byFiscal(segs, sums.categories[c], F)])) as Record<CategoryId, Decimal[]>;
  const { metered, labour, flat } = contingencyRows(p, sums);
  const capexSeg = sums.capex;
  const totalSeg = sums.all.map((v, k) => plus(plus(v, metered[k]), labour[k]));
  const contingencyMetered = byFiscal(segs, metered, F);
  const contingencyLabour = byFiscal(segs, labour, F);
  const contingency = contingencyMetered.map((v, i) => plus(v, contingencyLabour[i]));
  const hidden = categories.hidden;
  const baseRows = CATEGORY_IDS.filter((c) => c !== "hidden").map((c) => categories[c]);
  const base = Array.from({ length: F }, (_, i) => total(baseRows.map((row) => row[i])));
  const years = byFiscal(segs, totalSeg, F);
  const capex = byFiscal(segs, capexSeg, F);
  const months: Decimal[] = [];
  const cumulative: Decimal[] = [];
  let running = ZERO;
  for (let k = 0; k < segs.length; k++) {
    const v = totalSeg[k];
    for (let m = segs[k].from; m < segs[k].to; m++) {
      months.push(v);
      cumulative.push((running = plus(running, v)));
    }
  }
  const tco = total(years);
  let npv = ZERO;
  for (let k = 0; k < segs.length; k++) {
    if (!totalSeg[k].isZero()) npv = plus(npv, totalSeg[k].times(calendar.discountSum[segs[k].to - 1].minus(calendar.discountSum[segs[k].from - 1])));
  }
  const G = Math.min(priced.goLive, calendar.months);
  let userMonths = ZERO;
  for (let w = 1; w <= calendar.years; w++) {
    const inService = Math.max(0, Math.min(12 * w, calendar.months) - Math.max(12 * (w - 1), G));
    if (inService > 0) userMonths = userMonths.plus(p.users[w - 1].times(inService));
  }
  const estimated = total(byFiscal(segs, sums.estimated, F));
  return {
    path: p.path,
    lines,
    categories,
    base,
    hidden,
    contingencyMetered,
    contingencyLabour,
    contingency,
    flatContingency: flat,
    years,
    months,
    cumulative,
    capex,
    opex: years.map((y, i) => (capex[i].isZero() ? y : y.minus(capex[i]))),
    depreciation: depreciationByFiscal(calendar, segs, capexSeg, req.depreciationYears as number),
    goLive: priced.goLive,
    serviceMonths: Math.max(0, calendar.months - G),
    goLiveMonth: G < calendar.months ? monthLabel(calendar, G + 1) : null,
    first12Months: total(months.slice(0, 12)),
    first12Base: segs.reduce((acc, s, k) => (s.from > 12 || sums.all[k].isZero() ? acc : plus(acc, sums.all[k].times(Math.min(s.to, 13) - s.from))), ZERO),
    tco,
    npv,
    costPerUserMonth: userMonths.isZero() ? ZERO : tco.dividedBy(userMonths),
    estimateShare: tco.isZero() ? ZERO : estimated.dividedBy(tco),
  };
}
