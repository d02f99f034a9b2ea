import { EngineError, describeValue } from "../EngineError";
import { FIRST_YEAR, LAST_YEAR, monthIndex, monthOf, yearOf, type MonthIndex } from "./monthIndex";

const DAY_MS = 86_400_000;
/** Day 0 of each date system, in UTC: 1899-12-30 for the 1900 system (past its 1900 leap-year bug), 1904-01-01. */
const EPOCH_MS = { "1900": Date.UTC(1899, 11, 30), "1904": Date.UTC(1904, 0, 1) } as const;
export type DateSystem = keyof typeof EPOCH_MS;

/** The whole-day serial of the 1st of a month, computed in UTC, for the workbook's date system. */
export function serialOfMonth(m: MonthIndex, system: DateSystem = "1900"): number {
  return Math.round((Date.UTC(yearOf(m), monthOf(m) - 1, 1) - EPOCH_MS[system]) / DAY_MS);
}

/** The month a date serial falls in (any day of it), as read back from a cell. */
export function monthOfSerial(serial: unknown, field: string, system: DateSystem = "1900"): MonthIndex {
  const first = serialOfMonth(monthIndex(FIRST_YEAR, 1), system);
  const last = serialOfMonth(monthIndex(LAST_YEAR + 1, 1), system) - 1;
  if (typeof serial !== "number" || !Number.isFinite(serial) || serial < first || serial > last) {
    throw new EngineError({ code: "outOfRange", field, allowed: `a date from ${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31`, received: describeValue(serial) });
  }
  const date = new Date(EPOCH_MS[system] + Math.floor(serial) * DAY_MS);
  return monthIndex(date.getUTCFullYear(), date.getUTCMonth() + 1);
}
