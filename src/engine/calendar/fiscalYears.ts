import { EngineError, describeValue } from "../EngineError";
import { monthIndex, monthOf, yearOf, type MonthIndex } from "./monthIndex";

/** How a fiscal year is named: by both years it spans, by its end year (US federal, Australia) or start year (Japan). */
export type FiscalYearLabel = "span" | "end" | "start";
export const FISCAL_YEAR_LABELS: readonly FiscalYearLabel[] = ["span", "end", "start"];

/** One fiscal-year column of the budget window; a part year at either end counts only its months in the window. */
export interface FiscalYearColumn {
  /** The calendar year in which this fiscal year starts. */
  readonly startYear: number;
  /** The first month of the window in this fiscal year, and how many of its months the window holds. */
  readonly firstMonth: MonthIndex;
  readonly monthCount: number;
}

/** The calendar year in which the fiscal year holding month m starts. */
export function fiscalStartYear(m: MonthIndex, fiscalYearStartMonth: number): number {
  return monthOf(m) >= fiscalYearStartMonth ? yearOf(m) : yearOf(m) - 1;
}

/** Every fiscal year the window [start, start + months) touches, in order. */
export function fiscalYearColumns(start: MonthIndex, months: number, fiscalYearStartMonth: number): FiscalYearColumn[] {
  if (!Number.isInteger(fiscalYearStartMonth) || fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
    throw new EngineError({ code: "outOfRange", field: "fiscalYearStartMonth", allowed: "a whole number from 1 to 12", received: describeValue(fiscalYearStartMonth) });
  }
  const columns: FiscalYearColumn[] = [];
  let m = start;
  const end = start + months;
  while (m < end) {
    const startYear = fiscalStartYear(m, fiscalYearStartMonth);
    const next = Math.min(end, monthIndex(startYear + 1, fiscalYearStartMonth));
    columns.push({ startYear, firstMonth: m, monthCount: next - m });
    m = next;
  }
  return columns;
}

/**
 * A fiscal year's name. A year starting in January is the calendar year whatever the style. Chinese output
 * writes 年度. Labels are built from the year numbers, never from a localised date format.
 */
export function fiscalYearName(startYear: number, fiscalYearStartMonth: number, style: FiscalYearLabel, language: "en" | "zh"): string {
  const endYear = fiscalYearStartMonth === 1 ? startYear : startYear + 1;
  const year = style === "start" ? startYear : endYear;
  const spanning = style === "span" && endYear !== startYear;
  const text = spanning ? `${startYear}/${String(endYear % 100).padStart(2, "0")}` : String(year);
  return language === "zh" ? `${text}年度` : `FY${text}`;
}
