import { monthLabel, type BudgetWindow } from "../calendar/budgetWindow";

import { Decimal, ZERO, sum } from "../decimal";
import type { Requirements } from "../requirements/Requirements";
import type { LineResult, PathBudget } from "./BudgetResult";
import { CATEGORY_IDS, type CategoryId } from "./categories";
import type { PathId } from "./paths";
import type { PricedLine, PricedPath } from "./priceLines";
import type { MonthSpan } from "./quotedTerm";
import type { Segment } from "./segments";
import { ASSET_CLASSES, ASSET_CLASS_IDS, type AssetClass } from "../lines/assetClasses";
import { capexClassOf, capitalisedDevelopment } from "./accountingPolicy";
import { financialViews, monthsOf, type BilledLine } from "./financialViews";

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
    asset: line.item.asset,
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

/** Per segment, in one pass over the lines: categories, contingency bases, capex by asset class and everything. */
interface SegmentSums {
  readonly categories: Record<CategoryId, Decimal[]>;
  readonly metered: Decimal[];
  readonly labour: Decimal[];
  /** Capex lines by asset class, and the part of them that bears contingency (which is capitalised with them). */
  readonly capex: Record<AssetClass, Decimal[]>;
  readonly capexBearing: Record<AssetClass, Decimal[]>;
  readonly all: Decimal[];
  readonly estimated: Decimal[];
}

const byClass = (n: number): Record<AssetClass, Decimal[]> => Object.fromEntries(ASSET_CLASS_IDS.map((a) => [a, zeros(n)])) as Record<AssetClass, Decimal[]>;

/** A metered line takes no metered contingency in the segments inside its quoted term. */
function segmentSums(priced: PricedPath, quoted: readonly (MonthSpan | null)[], restsOnEstimate: (lineId: string) => boolean, development: MonthSpan | null): SegmentSums {
  const n = priced.segments.length;
  const out: SegmentSums = { categories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, zeros(n)])) as Record<CategoryId, Decimal[]>, metered: zeros(n), labour: zeros(n), capex: byClass(n), capexBearing: byClass(n), all: zeros(n), estimated: zeros(n) };
  priced.lines.forEach((l, li) => {
    const category = out.categories[l.item.category];
    const term = quoted[li];
    const contingency = l.item.contingency === "metered" ? out.metered : l.item.contingency === "labour" ? out.labour : null;
    const estimated = restsOnEstimate(l.item.id) ? out.estimated : null;
    const values = l.bySegment;
    for (let k = 0; k < n; k++) {
      const v = values[k];
      if (v.isZero()) continue;
      const seg = priced.segments[k];
      category[k] = plus(category[k], v);
      const bears = contingency !== null && !(term && seg.from >= term.from && seg.to <= term.to);
      if (bears) contingency[k] = plus(contingency[k], v);
      const asset = l.item.asset && capexClassOf(l.item, seg.from, seg.to, development);
      if (asset) {
        out.capex[asset][k] = plus(out.capex[asset][k], v);
        if (bears) out.capexBearing[asset][k] = plus(out.capexBearing[asset][k], v);
      }
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
 * What each contingency row applies to its base. Flat: the rate. Risk-based: the window's total over the
 * window's contingency-bearing base (metered outside quoted months, plus labour), so the risk-based figure is
 * spread between the rows, the months and the asset classes the same way as the flat one would be.
 */
function contingencyFactors(p: PathTotalsInput, sums: SegmentSums): { metered: Decimal; labour: Decimal; flat: Decimal } {
  const meteredRate = new Decimal(p.req.contingencyRate as number);
  const labourRate = new Decimal(p.req.developmentContingencyRate as number);
  const segs = p.priced.segments;
  const overWindow = (perMonth: readonly Decimal[]) => total(perMonth.map((v, k) => (v.isZero() ? v : v.times(segs[k].months))));
  const meteredBase = overWindow(sums.metered);
  const labourBase = overWindow(sums.labour);
  const flat = plus(overWindow(sums.metered.map((v) => (v.isZero() ? v : v.times(meteredRate)))), overWindow(sums.labour.map((v) => (v.isZero() ? v : v.times(labourRate)))));
  if (p.riskContingency === undefined) return { metered: meteredRate, labour: labourRate, flat };
  const bearing = plus(meteredBase, labourBase);
  const share = bearing.isZero() ? ZERO : p.riskContingency.dividedBy(bearing);
  return { metered: share, labour: share, flat };
}

const scaled = (row: readonly Decimal[], factor: Decimal): Decimal[] => row.map((v) => (v.isZero() ? v : v.times(factor)));

/** The lines billed annually in advance, with their incurred value per month. */
function billedLines(priced: PricedPath, months: number): BilledLine[] {
  return priced.lines.filter((l) => l.item.billing === "annualInAdvance" && l.bySegment.some((v) => !v.isZero())).map((l) => ({ intervals: l.intervals, incurred: monthsOf(priced.segments, l.bySegment, months), bySegment: l.bySegment }));
}

/** Categories, contingency, totals, months, NPV and the per-user figure of one path. */
export function pathBudget(p: PathTotalsInput): PathBudget {
  const { calendar, priced, req } = p;
  const F = calendar.fiscalYears.length;
  const M = calendar.months;
  const segs = priced.segments;
  const lines = priced.lines.map((l, li) => lineResult(l, segs, F, p.quoted[li]));
  const development = capitalisedDevelopment(p.path, req, priced, M);
  const sums = segmentSums(priced, p.quoted, p.restsOnEstimate, development);
  const categories = Object.fromEntries(CATEGORY_IDS.map((c) => [c, byFiscal(segs, sums.categories[c], F)])) as Record<CategoryId, Decimal[]>;
  const factors = contingencyFactors(p, sums);
  const metered = scaled(sums.metered, factors.metered);
  const labour = scaled(sums.labour, factors.labour);
  const totalSeg = sums.all.map((v, k) => plus(plus(v, metered[k]), labour[k]));
  const contingencyMetered = byFiscal(segs, metered, F);
  const contingencyLabour = byFiscal(segs, labour, F);
  const contingency = contingencyMetered.map((v, i) => plus(v, contingencyLabour[i]));
  const hidden = categories.hidden;
  const baseRows = CATEGORY_IDS.filter((c) => c !== "hidden").map((c) => categories[c]);
  const base = Array.from({ length: F }, (_, i) => total(baseRows.map((row) => row[i])));
  const years = byFiscal(segs, totalSeg, F);
  // Contingency follows the line it covers: a capitalised line's contingency is capitalised with it.
  const capexByClass = Object.fromEntries(
    ASSET_CLASSES.map((a) => [a.id, sums.capex[a.id].map((v, k) => (sums.capexBearing[a.id][k].isZero() ? v : plus(v, sums.capexBearing[a.id][k].times(factors[a.contingency]))))]),
  ) as Record<AssetClass, Decimal[]>;
  const incurred = monthsOf(segs, totalSeg, M);
  const views = financialViews({ calendar, req, goLive: priced.goLive, incurred, incurredFiscal: years, segments: segs, capexByClass, billed: billedLines(priced, M) });
  const months = views.cashMonths;
  const cumulative: Decimal[] = [];
  let running = ZERO;
  for (const v of months) cumulative.push((running = plus(running, v)));
  const tco = total(views.cash);
  // NPV of what is incurred, segment by segment, then moved to cash: the annual bills' earlier timing.
  let npv = ZERO;
  for (let k = 0; k < segs.length; k++) {
    if (!totalSeg[k].isZero()) npv = plus(npv, totalSeg[k].times(calendar.discountSum[segs[k].to - 1].minus(calendar.discountSum[segs[k].from - 1])));
  }
  if (!views.npvShift.isZero()) npv = npv.plus(views.npvShift);
  const G = Math.min(priced.goLive, M);
  let userMonths = ZERO;
  for (let w = 1; w <= calendar.years; w++) {
    const inService = Math.max(0, Math.min(12 * w, M) - Math.max(12 * (w - 1), G));
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
    flatContingency: factors.flat,
    years,
    months,
    cumulative,
    cash: views.cash,
    pnl: views.pnl,
    capex: views.capex,
    opex: views.opex,
    depreciation: views.depreciation,
    depreciationByClass: views.depreciationByClass,
    netBookValue: views.netBookValue,
    prepaid: views.prepaid,
    reconciliationGap: views.reconciliationGap,
    capitalisedDevelopment: development,
    goLive: priced.goLive,
    serviceMonths: Math.max(0, M - G),
    goLiveMonth: G < M ? monthLabel(calendar, G + 1) : null,
    first12Months: total(months.slice(0, 12)),
    first12Base: segs.reduce((acc, s, k) => (s.from > 12 || sums.all[k].isZero() ? acc : plus(acc, sums.all[k].times(Math.min(s.to, 13) - s.from))), ZERO),
    tco,
    npv,
    costPerUserMonth: userMonths.isZero() ? ZERO : tco.dividedBy(userMonths),
    estimateShare: tco.isZero() ? ZERO : estimated.dividedBy(tco),
  };
}
