import { EngineError, describeValue } from "../EngineError";

/**
 * A calendar month as one whole number: year × 12 + (month − 1). Month arithmetic is then plain addition,
 * and no time zone or day of month can shift a month.
 */
export type MonthIndex = number;

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
export const MONTH_ALLOWED = `a month "YYYY-MM" from ${FIRST_YEAR}-01 to ${LAST_YEAR}-12`;

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function yearOf(m: MonthIndex): number {
  return Math.floor(m / 12);
}

/** 1–12. */
export function monthOf(m: MonthIndex): number {
  return m - yearOf(m) * 12 + 1;
}

export function formatMonth(m: MonthIndex): string {
  return `${yearOf(m)}-${String(monthOf(m)).padStart(2, "0")}`;
}

/** Reads "YYYY-MM" (as JSON and the pane give a month); anything else is an error naming the field. */
export function parseMonth(text: unknown, field: string): MonthIndex {
  const match = typeof text === "string" ? /^(\d{4})-(\d{2})$/.exec(text.trim()) : null;
  const year = match ? Number(match[1]) : NaN;
  const month = match ? Number(match[2]) : NaN;
  if (!match || month < 1 || month > 12 || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new EngineError({ code: "outOfRange", field, allowed: MONTH_ALLOWED, received: describeValue(text) });
  }
  return monthIndex(year, month);
}
