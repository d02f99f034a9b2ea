import fc from "fast-check";
import { Decimal } from "../../../src/engine/decimal";
import {
  fiscalYearColumns,
  fiscalYearName,
  formatMonth,
  isEngineError,
  monthIndex,
  monthOfSerial,
  monthlyDiscountFactor,
  parseMonth,
  presentValueOfMonths,
  serialOfMonth,
} from "../../../src/engine";

const jan2027 = monthIndex(2027, 1);

describe("months", () => {
  test('"YYYY-MM" round-trips and month arithmetic crosses year ends', () => {
    expect(formatMonth(parseMonth("2027-01", "projectStart"))).toBe("2027-01");
    expect(formatMonth(parseMonth("2027-12", "projectStart") + 1)).toBe("2028-01");
    expect(formatMonth(jan2027 - 1)).toBe("2026-12");
  });
  test.each(["2027-13", "2027-00", "27-01", "2027/01", "1999-12", "2101-01", "", null, 202701])("%p is refused, naming the field and the range", (bad) => {
    let error: unknown;
    try {
      parseMonth(bad, "projectStart");
    } catch (e) {
      error = e;
    }
    expect(isEngineError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(/projectStart.*2000-01.*2100-12/);
  });
});

describe("Excel date serials (whole days, UTC)", () => {
  test("the 1st of a month in the 1900 and 1904 systems (worked out from the epochs 1899-12-30 and 1904-01-01)", () => {
    expect(serialOfMonth(jan2027)).toBe(46388);
    expect(serialOfMonth(jan2027, "1904")).toBe(44926);
    expect(serialOfMonth(monthIndex(2000, 1))).toBe(36526);
  });
  test("any day of a month reads back as that month, in both systems", () => {
    fc.assert(
      fc.property(fc.integer({ min: monthIndex(2000, 1), max: monthIndex(2100, 12) }), fc.integer({ min: 0, max: 27 }), fc.constantFrom("1900" as const, "1904" as const), (m, day, system) => {
        expect(monthOfSerial(serialOfMonth(m, system) + day, "projectStart", system)).toBe(m);
      }),
    );
  });
  test("a serial outside 2000–2100 or not a number is refused", () => {
    expect(() => monthOfSerial(100, "projectStart")).toThrow(/projectStart/);
    expect(() => monthOfSerial("46388", "projectStart")).toThrow(/projectStart/);
  });
});

describe("fiscal-year columns", () => {
  const shape = (fy: number) => fiscalYearColumns(jan2027, 60, fy).map((c) => [c.startYear, formatMonth(c.firstMonth), c.monthCount]);
  test("a January fiscal year gives five whole calendar years for a 5-year window from 2027-01", () => {
    expect(shape(1)).toEqual([[2027, "2027-01", 12], [2028, "2028-01", 12], [2029, "2029-01", 12], [2030, "2030-01", 12], [2031, "2031-01", 12]]);
  });
  test("an April fiscal year starts with FY2026/27 holding three months and ends with a nine-month part year", () => {
    expect(shape(4)).toEqual([[2026, "2027-01", 3], [2027, "2027-04", 12], [2028, "2028-04", 12], [2029, "2029-04", 12], [2030, "2030-04", 12], [2031, "2031-04", 9]]);
  });
  test("the columns cover the window's months exactly once, whatever the fiscal year", () => {
    fc.assert(
      fc.property(fc.integer({ min: monthIndex(2000, 1), max: monthIndex(2090, 12) }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 12 }), (start, years, fy) => {
        const cols = fiscalYearColumns(start, years * 12, fy);
        expect(cols.reduce((n, c) => n + c.monthCount, 0)).toBe(years * 12);
        cols.forEach((c, i) => expect(c.firstMonth).toBe(i === 0 ? start : cols[i - 1].firstMonth + cols[i - 1].monthCount));
        expect(cols.every((c) => c.monthCount >= 1 && c.monthCount <= 12)).toBe(true);
      }),
    );
  });
  test("a fiscal-year start month outside 1–12 is refused", () => {
    expect(() => fiscalYearColumns(jan2027, 60, 13)).toThrow(/fiscalYearStartMonth.*1 to 12/);
    expect(() => fiscalYearColumns(jan2027, 60, 0)).toThrow(/fiscalYearStartMonth/);
  });
  test("labels: span, end year (US federal, Australia), start year (Japan); January is the calendar year; Chinese 年度", () => {
    expect(fiscalYearName(2026, 4, "span", "en")).toBe("FY2026/27");
    expect(fiscalYearName(2026, 10, "end", "en")).toBe("FY2027");
    expect(fiscalYearName(2026, 4, "start", "en")).toBe("FY2026");
    expect(fiscalYearName(2027, 1, "span", "en")).toBe("FY2027");
    expect(fiscalYearName(2027, 1, "end", "zh")).toBe("2027年度");
    expect(fiscalYearName(2099, 7, "span", "zh")).toBe("2099/00年度");
  });
});

describe("monthly discounting (mid-month by default)", () => {
  const r = new Decimal("0.08");
  test("1,000,000 in month 13 at 8% is worth 922,961.51 today", () => {
    const flows = Array.from({ length: 13 }, (_, i) => (i === 12 ? 1_000_000 : 0));
    expect(presentValueOfMonths(flows, r, "0.5").toFixed(2)).toBe("922961.51");
  });
  test("100,000 a month for months 1–12 at 8% is worth 1,154,983.55", () => {
    expect(presentValueOfMonths(Array(12).fill(100_000), r, "0.5").toFixed(2)).toBe("1154983.55");
  });
  test("month-end timing discounts a little more: 1,151,285.79", () => {
    expect(presentValueOfMonths(Array(12).fill(100_000), r, 0).toFixed(2)).toBe("1151285.79");
  });
  test("factors fall month by month for a positive rate and are all 1 at 0%", () => {
    const f = Array.from({ length: 120 }, (_, i) => monthlyDiscountFactor(i + 1, r, "0.5"));
    f.slice(1).forEach((x, i) => expect(x.lessThan(f[i])).toBe(true));
    expect(monthlyDiscountFactor(60, 0, "0.5").toString()).toBe("1");
  });
});
