import type { BudgetWindow } from "../calendar/budgetWindow";
import { WINDOW_MONTHS, evaluateSchedule, profileSchedule, type Schedule, type TimingInterval, type TimingProfile } from "../calendar/timingProfile";
import { input } from "../expression/build";
import type { Expr } from "../expression/Expr";
import { Decimal, ZERO } from "../decimal";
import { evaluateNumber, type EvalContext, type ExprValue } from "../expression/evaluateExpr";
import { COST_LINES } from "../lines/costLines";
import type { LineItem } from "../lines/LineItem";
import { lookup, type RateLookup } from "./modelValues";
import { lineAmountVaries } from "./yearInvariance";
import type { MonthSpan } from "./quotedTerm";
import { pathInfo, type PathId } from "./paths";
import { segmentRange, segmentsOf, type Segment } from "./segments";

const ESCALATION_ROW: Readonly<Record<LineItem["escalation"], string | null>> = { salary: "indexSalary", cpi: "indexCpi", price: "indexPrice", none: null };

/** What pricing reads: the window, requirement values, effective rates and sizing by window year (index w − 1). */
export interface PricingInputs {
  readonly calendar: BudgetWindow;
  readonly inputs: ReadonlyMap<string, ExprValue>;
  readonly rates: RateLookup;
  readonly sizing: readonly ReadonlyMap<string, Decimal>[];
  /** Months where something other than a line's timing changes (quote terms): segments are cut there too. */
  readonly extraCuts?: readonly MonthSpan[];
}

export interface PricedLine {
  readonly item: LineItem;
  readonly intervals: readonly TimingInterval[];
  /** The line's value in each month of each segment (0 where it is not active). */
  readonly bySegment: readonly Decimal[];
}

export interface PricedPath {
  readonly goLive: number;
  readonly segments: readonly Segment[];
  readonly lines: readonly PricedLine[];
}

function contextAt(w: number, p: PricingInputs, line: (id: string) => Decimal): EvalContext {
  return {
    year: w,
    input: (key) => lookup(p.inputs, key, "input"),
    rate: (key) => lookup(p.rates, key, "rate"),
    sizing: (key, y) => lookup(p.sizing[y - 1], key, "sizing row"),
    line,
  };
}

const ORDER = new Map(COST_LINES.map((l, i) => [l.id, i]));

/**
 * Each line's amount by window year (before escalation), evaluated once per window year it is needed in. One
 * context per window year serves every line: `current` is the line being evaluated, so a reference can be
 * checked against it without a closure per evaluation.
 */
class Amounts {
  private readonly values: (Decimal | undefined)[][] = COST_LINES.map(() => []);
  private readonly contexts: EvalContext[] = [];
  private current = -1;
  private readonly varies: readonly boolean[];

  constructor(
    private readonly path: PathId,
    private readonly p: PricingInputs,
  ) {
    this.varies = lineAmountVaries(path);
  }

  at(li: number, w: number): Decimal {
    if (w > 1 && !this.varies[li]) return this.at(li, 1);
    let v = this.values[li][w];
    if (v !== undefined) return v;
    const expr = COST_LINES[li].amount[this.path];
    if (!expr) return ZERO;
    const saved = this.current;
    this.current = li;
    try {
      v = evaluateNumber(expr, this.contextOf(w));
    } finally {
      this.current = saved;
    }
    this.values[li][w] = v;
    return v;
  }

  private contextOf(w: number): EvalContext {
    return (this.contexts[w] ??= contextAt(w, this.p, (id) => this.refer(id, w)));
  }

  private refer(id: string, w: number): Decimal {
    const i = ORDER.get(id);
    if (i === undefined || i >= this.current) throw new Error(`Model error: line "${COST_LINES[this.current].id}" refers to "${id}", which is not above it`);
    return this.at(i, w);
  }
}

/**
 * Each path's schedules as expressions: they depend on the line and the path only, so they are built once.
 * Profiles without parameters (most lines: "running", "build" …) share one schedule per kind, so a pricing
 * run evaluates each of them once.
 */
const SCHEDULES = new Map<PathId, readonly (Schedule | null)[]>();

function schedulesOf(path: PathId): readonly (Schedule | null)[] {
  let out = SCHEDULES.get(path);
  if (!out) {
    const G = input(pathInfo(path).goLiveInput);
    const byKind = new Map<string, Schedule>();
    const scheduleOf = (timing: TimingProfile): Schedule => {
      if (Object.keys(timing).length > 1) return profileSchedule(timing, G, WINDOW_MONTHS);
      let shared = byKind.get(timing.kind);
      if (!shared) byKind.set(timing.kind, (shared = profileSchedule(timing, G, WINDOW_MONTHS)));
      return shared;
    };
    out = COST_LINES.map((item) => (item.amount[path] ? scheduleOf(item.timing) : null));
    SCHEDULES.set(path, out);
  }
  return out;
}

/** Every line of one path, valued month by month through its timing profile, segment by segment. */
export function priceLines(path: PathId, p: PricingInputs): PricedPath {
  const info = pathInfo(path);
  const first = contextAt(1, p, () => {
    throw new Error("Model error: a timing parameter cannot refer to a line");
  });
  const number = (e: Expr): number => evaluateNumber(e, first).toNumber();
  const goLive = number(input(info.goLiveInput));
  const evaluated = new Map<Schedule, readonly TimingInterval[]>();
  const intervals = schedulesOf(path).map((s) => {
    if (!s) return [];
    let runs = evaluated.get(s);
    if (!runs) evaluated.set(s, (runs = evaluateSchedule(s, number, p.calendar.months)));
    return runs;
  });
  const segments = segmentsOf(p.calendar, p.extraCuts?.length ? [...intervals.flat(), ...p.extraCuts] : intervals.flat());
  const amounts = new Amounts(path, p);
  const lines = COST_LINES.map((item, li): PricedLine => {
    const bySegment: Decimal[] = segments.map(() => ZERO);
    const index = ESCALATION_ROW[item.escalation];
    // The same window year and divisor give the same monthly value: compute it once.
    const monthlyCache = new Map<number, Decimal>();
    const monthlyAt = (w: number, divisor: number): Decimal => {
      const key = w * 10000 + divisor;
      let v = monthlyCache.get(key);
      if (v === undefined) {
        v = amounts.at(li, w);
        if (!v.isZero()) {
          if (divisor !== 1) v = v.dividedBy(divisor);
          if (index) v = v.times(lookup(p.sizing[w - 1], index, "sizing row"));
        }
        monthlyCache.set(key, v);
      }
      return v;
    };
    for (const interval of intervals[li]) {
      for (const k of segmentRange(segments, interval)) {
        const monthly = monthlyAt(interval.priceYear ?? segments[k].windowYear, interval.divisor);
        if (!monthly.isZero()) bySegment[k] = bySegment[k].isZero() ? monthly : bySegment[k].plus(monthly);
      }
    }
    return { item, intervals: intervals[li], bySegment };
  });
  return { goLive, segments, lines };
}
