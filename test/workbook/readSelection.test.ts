import { dayOfSerial, isDateFormat } from "../../src/workbook/readSelection";

test("a date serial becomes its day in either date system", () => {
  // Worked out with Python's datetime: 1899-12-30 + 46477 days; 1904-01-01 + (46477 − 1462) days.
  expect(dayOfSerial(46477, "1900")).toBe("2027-03-31");
  expect(dayOfSerial(46477 - 1462, "1904")).toBe("2027-03-31");
  expect(dayOfSerial(61, "1900")).toBe("1900-03-01");
  // A time of day does not move the day.
  expect(dayOfSerial(46477.75, "1900")).toBe("2027-03-31");
});

test("date formats are told from number formats, whatever the order of their codes", () => {
  for (const f of ["yyyy-mm-dd", "m/d/yyyy", "d-mmm-yy", "[$-804]yyyy\"年\"m\"月\"d\"日\"", "dd.mm.yyyy hh:mm"]) expect([f, isDateFormat(f)]).toEqual([f, true]);
  for (const f of ["General", "0.00", "#,##0", "0%", '"day"0', "[Red]0.00", "yyyy-mm", "mmm d", null]) expect([f, isDateFormat(f)]).toEqual([f, false]);
});
