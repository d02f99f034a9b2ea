import { windowYearOf, type BudgetWindow } from "../calendar/budgetWindow";
import type { TimingInterval } from "../calendar/timingProfile";

/**
 * A run of months [from, to) in which every line of a path takes the same amount each month: it lies inside
 * one window year and one fiscal year, and no line starts or stops inside it. Lines are valued per segment,
 * not per month, so a ten-year window costs a few dozen steps per line instead of 120.
 */
export interface Segment {
  readonly from: number;
  readonly to: number;
  readonly windowYear: number;
  readonly fiscal: number;
  readonly months: number;
}

/** Cuts the window at every window-year and fiscal-year start and at every interval's ends (timing runs, quote terms). */
export function segmentsOf(calendar: BudgetWindow, intervals: readonly { readonly from: number; readonly to: number }[]): Segment[] {
  const M = calendar.months;
  const cuts = new Set<number>([1, M + 1]);
  for (let m = 13; m <= M; m += 12) cuts.add(m);
  let m = 1;
  for (const fy of calendar.fiscalYears) {
    cuts.add(m);
    m += fy.monthCount;
  }
  for (const i of intervals) {
    cuts.add(i.from);
    cuts.add(i.to);
  }
  const sorted = [...cuts].filter((c) => c >= 1 && c <= M + 1).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const from = sorted[k];
    const to = sorted[k + 1];
    out.push({ from, to, windowYear: windowYearOf(from), fiscal: calendar.fiscalOf[from], months: to - from });
  }
  return out;
}

/** The segments an interval covers, by index (segments are sorted and the interval's ends are cuts). */
export function segmentRange(segments: readonly Segment[], interval: TimingInterval): number[] {
  const out: number[] = [];
  for (let k = 0; k < segments.length; k++) if (segments[k].from >= interval.from && segments[k].to <= interval.to) out.push(k);
  return out;
}
