import { add, input, max, min, mul, num, roundup, sub } from "../expression/build";
import type { Expr } from "../expression/Expr";

/**
 * When a line's money is incurred, month by month. G is the path's go-live months (the build runs in months
 * 1…G, the service from month G + 1), M the window's months. Rate profiles spread an annual amount at 1⁄12 a
 * month; spread profiles divide a total evenly over their months; point profiles put a total in one month.
 */
export type TimingProfile =
  /** Duration-driven build: an annual rate over months 1…G (a longer build costs more). */
  | { readonly kind: "build" }
  /** Running cost: an annual rate over months G + 1…M. */
  | { readonly kind: "running" }
  /** The old system: an annual rate over months 1…G, until go-live. */
  | { readonly kind: "untilGoLive" }
  /** Effort-driven one-off: a total spread over the build months 1…G (month 1 when G = 0). */
  | { readonly kind: "buildEffort" }
  /** A total spread over the first ⌈G × share⌉ months (at least one): the proof of concept. */
  | { readonly kind: "startOfBuild"; readonly share: Expr }
  /** A total spread over the last `months` build months (at least month 1): data migration. */
  | { readonly kind: "endOfBuild"; readonly months: Expr }
  /** A purchase before go-live: a total in month max(G, 1). */
  | { readonly kind: "beforeGoLive" }
  /** A total in month 1: hiring the build team. */
  | { readonly kind: "projectStart" }
  /** A total spread over the `months` months after go-live, starting `offset` months after it. */
  | { readonly kind: "afterGoLive"; readonly months: Expr; readonly offset?: Expr }
  /**
   * A total every `everyYears` years after a first month — the purchase month (hardware refresh) or the
   * go-live month (recurring assessments) — never in that first month itself.
   */
  | { readonly kind: "anniversary"; readonly everyYears: Expr; readonly after: "beforeGoLive" | "goLive" }
  /** A total in the first month of every window year in which its amount is not 0 (a yearly event). */
  | { readonly kind: "windowYearStart" };

/**
 * A profile for one path, as expressions: the months from…to (inclusive, 1-based), every `step` months, each
 * taking amount ⁄ divisor. The engine evaluates it; the workbook compiles the same expressions into each line's
 * timing cells, so the sheet and the engine place money in the same months.
 */
export interface Schedule {
  readonly from: Expr;
  readonly to: Expr;
  readonly step: Expr;
  readonly divisor: Expr;
  /**
   * The month whose window year prices every month of a total spread over months: build effort is priced at
   * the project start, so a longer build spreads the same money; later one-offs at their own first month.
   * Absent for rates, which are priced month by month.
   */
  readonly priceMonth?: Expr;
}

const schedule = (from: Expr | number, to: Expr | number, step: Expr | number, divisor: Expr | number, priceMonth?: Expr | number): Schedule => ({
  from: e(from),
  to: e(to),
  step: e(step),
  divisor: e(divisor),
  ...(priceMonth === undefined ? {} : { priceMonth: e(priceMonth) }),
});
const e = (x: Expr | number): Expr => (typeof x === "number" ? num(x) : x);

/** The window's months as the sheet computes them. */
export const WINDOW_MONTHS: Expr = mul(input("horizonYears"), 12);

/** G is the path's go-live months and M the window's months, both as expressions (inputs on the sheet). */
export function profileSchedule(profile: TimingProfile, G: Expr, M: Expr): Schedule {
  const purchase = max(G, 1);
  switch (profile.kind) {
    case "build":
    case "untilGoLive":
      return schedule(1, G, 1, 12);
    case "running":
      return schedule(add(G, 1), M, 1, 12);
    case "buildEffort":
      return schedule(1, purchase, 1, purchase, 1);
    case "startOfBuild": {
      const k = max(1, roundup(mul(G, profile.share)));
      return schedule(1, k, 1, k, 1);
    }
    case "endOfBuild": {
      const k = max(1, min(purchase, profile.months));
      return schedule(add(sub(purchase, k), 1), purchase, 1, k, 1);
    }
    case "beforeGoLive":
      return schedule(purchase, purchase, 1, 1);
    case "projectStart":
      return schedule(1, 1, 1, 1);
    case "afterGoLive": {
      const start = add(G, 1, profile.offset ?? 0);
      const k = max(1, profile.months);
      return schedule(start, sub(add(start, k), 1), 1, k, start);
    }
    case "anniversary": {
      const step = max(1, mul(profile.everyYears, 12));
      return schedule(add(profile.after === "goLive" ? G : purchase, step), M, step, 1);
    }
    case "windowYearStart":
      return schedule(1, M, 12, 1);
  }
}

/** A run of months [from, to) (1-based) in which a line takes amount × index ⁄ divisor each month. */
export interface TimingInterval {
  readonly from: number;
  readonly to: number;
  readonly divisor: number;
  /** The window year whose amount and index every month takes; null: each month's own window year. */
  readonly priceYear: number | null;
}

/** A schedule evaluated for one set of requirements (by `number`), as runs of months inside the window [1, M]. */
export function evaluateSchedule(s: Schedule, number: (e: Expr) => number, windowMonths: number): TimingInterval[] {
  return scheduleIntervals({ from: number(s.from), to: number(s.to), step: number(s.step), divisor: number(s.divisor), priceMonth: s.priceMonth ? number(s.priceMonth) : null }, windowMonths);
}

/** A schedule's numbers as runs of months inside the window [1, M]. */
export function scheduleIntervals(s: { from: number; to: number; step: number; divisor: number; priceMonth: number | null }, windowMonths: number): TimingInterval[] {
  const first = Math.max(1, s.from);
  const last = Math.min(windowMonths, s.to);
  if (last < first || s.step < 1 || s.divisor <= 0) return [];
  const priceYear = s.priceMonth === null ? null : Math.ceil(Math.max(1, s.priceMonth) / 12);
  if (s.step === 1) return [{ from: first, to: last + 1, divisor: s.divisor, priceYear }];
  const out: TimingInterval[] = [];
  for (let m = s.from; m <= last; m += s.step) if (m >= 1) out.push({ from: m, to: m + 1, divisor: s.divisor, priceYear });
  return out;
}
