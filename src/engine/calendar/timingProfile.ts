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

/** A run of months [from, to) (1-based) in which a line takes amount × index ⁄ divisor each month. */
export interface TimingInterval {
  readonly from: number;
  readonly to: number;
  readonly divisor: number;
}

/** The profile's parameters, evaluated for one set of requirements. */
export interface ProfileParameters {
  readonly goLive: number;
  readonly windowMonths: number;
  /** Evaluates a parameter expression to a plain number (whole months, shares, years). */
  number(expr: Expr): number;
}

const clip = (from: number, to: number, divisor: number, M: number): TimingInterval[] => {
  const a = Math.max(1, from);
  const b = Math.min(M + 1, to);
  return a < b ? [{ from: a, to: b, divisor }] : [];
};

function everyYears(first: number, years: number, M: number): TimingInterval[] {
  const out: TimingInterval[] = [];
  const step = Math.round(years * 12);
  if (step < 1) return out;
  for (let m = first + step; m <= M; m += step) out.push({ from: m, to: m + 1, divisor: 1 });
  return out;
}

/** The months a profile puts money in, for one path; months outside the window are dropped. */
export function profileIntervals(profile: TimingProfile, p: ProfileParameters): TimingInterval[] {
  const G = p.goLive;
  const M = p.windowMonths;
  const purchaseMonth = Math.max(G, 1);
  switch (profile.kind) {
    case "build":
    case "untilGoLive":
      return clip(1, G + 1, 12, M);
    case "running":
      return clip(G + 1, M + 1, 12, M);
    case "buildEffort":
      return clip(1, purchaseMonth + 1, purchaseMonth, M);
    case "startOfBuild": {
      const k = Math.max(1, Math.ceil(G * p.number(profile.share) - 1e-9));
      return clip(1, k + 1, k, M);
    }
    case "endOfBuild": {
      const k = Math.max(1, Math.min(purchaseMonth, Math.round(p.number(profile.months))));
      return clip(purchaseMonth - k + 1, purchaseMonth + 1, k, M);
    }
    case "beforeGoLive":
      return clip(purchaseMonth, purchaseMonth + 1, 1, M);
    case "projectStart":
      return clip(1, 2, 1, M);
    case "afterGoLive": {
      const k = Math.max(1, Math.round(p.number(profile.months)));
      const start = G + 1 + (profile.offset ? Math.round(p.number(profile.offset)) : 0);
      return clip(start, start + k, k, M);
    }
    case "anniversary":
      return everyYears(profile.after === "goLive" ? G : purchaseMonth, p.number(profile.everyYears), M);
    case "windowYearStart": {
      const out: TimingInterval[] = [];
      for (let m = 1; m <= M; m += 12) out.push({ from: m, to: m + 1, divisor: 1 });
      return out;
    }
  }
}
