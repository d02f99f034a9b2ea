import type { BudgetWindow } from "../calendar/budgetWindow";

import { Decimal, ZERO, sum } from "../decimal";
import type { Requirements } from "../requirements/Requirements";
import type { LineResult, PathBudget } from "./BudgetResult";
import { CATEGORY_IDS, type CategoryId } from "./categories";
import type { PathId } from "./paths";
import type { PricedLine, PricedPath } from "./priceLines";
import type { Segment } from "./segments";

const zeros = (n: number): Decimal[] => Array.from({ length: n }, () => ZERO);

/** Σ value × months of the segments, by fiscal column. */
function byFiscal(segments: readonly Segment[], perMonth: readonly Decimal[], columns: number): Decimal[] {
  const out = zeros(columns);
  segments.forEach((s, k) => {
    if (!perMonth[k].isZero()) out[s.fiscal] = out[s.fiscal].plus(s.months === 1 ? perMonth[k] : perMonth[k].times(s.months));
  });
  return out;
}

/** A line's result; its fiscal columns are summed only when someone reads them (most callers need totals). */
function lineResult(line: PricedLine, segments: readonly Segment[], columns: number): LineResult {
  let fiscal: Decimal[] | null = null;
  const fiscalOnce = (): Decimal[] => (fiscal ??= byFiscal(segments, line.bySegment, columns));
  return {
    id: line.item.id,
    category: line.item.category,
    contingencyClass: line.item.contingency,
    capex: line.item.capex,
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

function segmentSums(priced: PricedPath, restsOnEstimate: (lineId: string) => boolean): SegmentSums {
  const n = priced.segments.length;
  const out: SegmentSums = { categories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, zeros(n)])) as Record<CategoryId, Decimal[]>, metered: zeros(n), labour: zeros(n), capex: zeros(n), all: zeros(n), estimated: zeros(n) };
  const add = (target: Decimal[], k: number, v: Decimal): void => {
    target[k] = target[k].isZero() ? v : target[k].plus(v);
  };
  for (const l of priced.lines) {
    const cls = l.item.contingency;
    const estimated = restsOnEstimate(l.item.id);
    l.bySegment.forEach((v, k) => {
      if (v.isZero()) return;
      add(out.categories[l.item.category], k, v);
      if (cls === "metered") add(out.metered, k, v);
      if (cls === "labour") add(out.labour, k, v);
      if (l.item.capex) add(out.capex, k, v);
      if (estimated) add(out.estimated, k, v);
    });
  }
  for (let k = 0; k < n; k++) out.all[k] = sum(CATEGORY_IDS.map((c) => out.categories[c][k]));
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
      step[m + 1] = step[m + 1].plus(each);
      if (m + 1 + life <= calendar.months) step[m + 1 + life] = step[m + 1 + life].minus(each);
    }
  });
  const out = zeros(calendar.fiscalYears.length);
  let running = ZERO;
  for (let m = 1; m <= calendar.months; m++) {
    running = running.plus(step[m]);
    out[calendar.fiscalOf[m]] = out[calendar.fiscalOf[m]].plus(running);
  }
  return out;
}

export interface PathTotalsInput {
  readonly path: PathId;
  readonly req: Requirements;
  readonly calendar: BudgetWindow;
  readonly priced: PricedPath;
  /** Users by window year (index w − 1). */
  readonly users: readonly Decimal[];
  /** Whether a line rests on an estimated or second-hand price. */
  restsOnEstimate(lineId: string): boolean;
}

/** Categories, contingency, totals, months, NPV and the per-user figure of one path. */
export function pathBudget(p: PathTotalsInput): PathBudget {
  const { calendar, priced, req } = p;
  const F = calendar.fiscalYears.length;
  const segs = priced.segments;
  const lines = priced.lines.map((l) => lineResult(l, segs, F));
  const sums = segmentSums(priced, p.restsOnEstimate);
  const categories = Object.fromEntries(CATEGORY_IDS.map((c) => [c, byFiscal(segs, sums.categories[c], F)])) as Record<CategoryId, Decimal[]>;
  const metered = sums.metered.map((v) => v.times(req.contingencyRate as number));
  const labour = sums.labour.map((v) => v.times(req.developmentContingencyRate as number));
  const capexSeg = sums.capex;
  const totalSeg = sums.all.map((v, k) => v.plus(metered[k]).plus(labour[k]));
  const contingencyMetered = byFiscal(segs, metered, F);
  const contingencyLabour = byFiscal(segs, labour, F);
  const contingency = contingencyMetered.map((v, i) => v.plus(contingencyLabour[i]));
  const hidden = categories.hidden;
  const base = Array.from({ length: F }, (_, i) => sum(CATEGORY_IDS.filter((c) => c !== "hidden").map((c) => categories[c][i])));
  const years = byFiscal(segs, totalSeg, F);
  const capex = byFiscal(segs, capexSeg, F);
  const months: Decimal[] = [];
  segs.forEach((s, k) => {
    for (let m = s.from; m < s.to; m++) months.push(totalSeg[k]);
  });
  let running = ZERO;
  const cumulative = months.map((v) => (running = running.plus(v)));
  const tco = sum(years);
  const npv = segs.reduce((acc, s, k) => acc.plus(totalSeg[k].times(calendar.discountSum[s.to - 1].minus(calendar.discountSum[s.from - 1]))), ZERO);
  const G = Math.min(priced.goLive, calendar.months);
  let userMonths = ZERO;
  for (let w = 1; w <= calendar.years; w++) {
    const inService = Math.max(0, Math.min(12 * w, calendar.months) - Math.max(12 * (w - 1), G));
    if (inService > 0) userMonths = userMonths.plus(p.users[w - 1].times(inService));
  }
  const estimated = sum(byFiscal(segs, sums.estimated, F));
  return {
    path: p.path,
    lines,
    categories,
    base,
    hidden,
    contingencyMetered,
    contingencyLabour,
    contingency,
    years,
    months,
    cumulative,
    capex,
    opex: years.map((y, i) => y.minus(capex[i])),
    depreciation: depreciationByFiscal(calendar, segs, capexSeg, req.depreciationYears as number),
    goLive: priced.goLive,
    serviceMonths: Math.max(0, calendar.months - G),
    first12Months: sum(months.slice(0, 12)),
    first12Base: segs.reduce((acc, s, k) => (s.from > 12 ? acc : acc.plus(sums.all[k].times(Math.min(s.to, 13) - s.from))), ZERO),
    tco,
    npv,
    costPerUserMonth: userMonths.isZero() ? ZERO : tco.dividedBy(userMonths),
    estimateShare: tco.isZero() ? ZERO : estimated.dividedBy(tco),
  };
}
