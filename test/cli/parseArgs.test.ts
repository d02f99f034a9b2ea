import { parseArgs, USAGE, UsageError } from "../../src/cli/parseArgs";

test("defaults", () => {
  expect(parseArgs([])).toEqual({ input: undefined, out: "budget.xlsx", summary: undefined, lang: "en-US", seed: 1, trials: 10000, help: false });
});

test("every flag, with a space or =", () => {
  expect(parseArgs(["--input", "r.json", "--out=b.xlsx", "--summary", "s.json", "--lang=zh-CN", "--seed", "7", "--trials=2000"])).toEqual({ input: "r.json", out: "b.xlsx", summary: "s.json", lang: "zh-CN", seed: 7, trials: 2000, help: false });
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
  [["--seed"], /--seed needs a value/],
  [["--seed", "-1"], /--seed must be a whole number from 0 to 4294967295 \(got "-1"\)/],
  [["--seed", "4294967296"], /--seed must be a whole number from 0 to 4294967295/],
  [["--seed", "1.5"], /--seed must be a whole number/],
  [["--seed", "abc"], /--seed must be a whole number/],
  [["--trials", "99"], /--trials must be a whole number from 100 to 200000 \(got "99"\)/],
  [["--trials", "200001"], /--trials must be a whole number from 100 to 200000/],
  [["--trials", "1e4"], /--trials must be a whole number/],
  [["--trials", "+500"], /--trials must be a whole number/],
  [["--trials", " 500"], /--trials must be a whole number/],
  [["--trials", "500", "--trials", "600"], /--trials is given twice/],
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

test("--seed and --trials accept their whole range", () => {
  expect(parseArgs(["--seed", "0", "--trials", "100"])).toMatchObject({ seed: 0, trials: 100 });
  expect(parseArgs(["--seed", "4294967295", "--trials", "200000"])).toMatchObject({ seed: 4294967295, trials: 200000 });
  expect(parseArgs(["--seed=007"]).seed).toBe(7);
});

test.each([
  [["--seed", "x"], "--seed", "a whole number from 0 to 4294967295"],
  [["--trials", "5"], "--trials", "a whole number from 100 to 200000"],
  [["--trials"], "--trials", "a whole number from 100 to 200000"],
])("%j names the option and its range", (argv, field, allowed) => {
  expect(() => parseArgs(argv)).toThrow(expect.objectContaining({ field, allowed }));
});

test("the usage documents --seed and --trials with their ranges and defaults", () => {
  expect(USAGE).toMatch(/--seed <n>\s+Monte Carlo seed, a whole number from 0 to 4294967295 \(default 1\)/);
  expect(USAGE).toMatch(/--trials <n>\s+Monte Carlo trials, a whole number from 100 to 200000 \(default 10000\)/);
  expect(USAGE).toMatch(/"risk"/);
  expect(USAGE).toMatch(/"checks"/);
});
