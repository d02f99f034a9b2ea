import { parseArgs, UsageError } from "../../src/cli/parseArgs";

test("defaults", () => {
  expect(parseArgs([])).toEqual({ input: undefined, out: "budget.xlsx", summary: undefined, lang: "en-US", help: false });
});

test("every flag, with a space or =", () => {
  expect(parseArgs(["--input", "r.json", "--out=b.xlsx", "--summary", "s.json", "--lang=zh-CN"])).toEqual({ input: "r.json", out: "b.xlsx", summary: "s.json", lang: "zh-CN", help: false });
  expect(parseArgs(["-h"]).help).toBe(true);
  expect(parseArgs(["--help", "--out", "x.xlsx"]).help).toBe(true);
});

test.each([
  [["--outt", "x"], /unknown option "--outt"/],
  [["budget.xlsx"], /unexpected argument "budget.xlsx"/],
  [["--out"], /--out needs a value/],
  [["--out", "--summary", "s.json"], /--out needs a value/],
  [["--input="], /--input needs a value/],
  [["--lang", "fr"], /--lang must be zh-CN or en-US/],
  [["--out", "a", "--out", "b"], /--out is given twice/],
])("%j is a usage error", (argv, message) => {
  expect(() => parseArgs(argv)).toThrow(UsageError);
  expect(() => parseArgs(argv)).toThrow(message);
});

test("a usage error names the flag and what is allowed", () => {
  try {
    parseArgs(["--lang", "fr"]);
    throw new Error("no error");
  } catch (e) {
    expect(e).toMatchObject({ field: "--lang", allowed: "zh-CN or en-US" });
  }
});
