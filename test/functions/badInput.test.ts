import { errorOf } from "./customFunctionsStub";
import * as F from "../../src/functions/functions";
import { MAX_RANGE_CELLS, PARAMETER_SPECS, type FunctionId, type ParamSpec } from "../../src/functions/parameterSpecs";
import { toCustomFunctionsError } from "../../src/functions/toCustomFunctionsError";

/**
 * The bad-input matrix: for every function and every parameter, wrong values of each kind must give
 * #VALUE! with a message naming the function and the argument, never a number, NaN, Infinity or an
 * uncaught exception. The cases are derived from the declared specs, so a new parameter is covered too.
 */

type Fn = (...args: unknown[]) => unknown;
const call = (id: FunctionId, args: unknown[]): unknown => (F as unknown as Record<string, Fn>)[id.toLowerCase()](...args);

/** A valid call of each function; each case replaces one argument. */
const VALID: Record<FunctionId, unknown[]> = {
  TCO: [[[100], [200]], 0, 0.08],
  PROJECT: [100, 3, 0.05],
  CONTINGENCY: [100, 0.2],
  PERT: [10, 20, 40, 0.8],
  BANDWIDTH: [100, "video", 1000],
  TRAFFICGB: [60, 2500],
  STORAGEGB: [100, 80, 2000, 365, 15],
  SERVERS: [1000, 500, 0.3, 1],
  LABOR: [1, 100000, 1.4, 2, 0.05],
  TIERED: [150, [[100], [null]], [[1], [0.5]], "volume", 10],
  BUDGET: [[["headcount", 2000]], "hybrid", 3],
  COMPARE: [[["headcount", 2000]], 3],
};

const huge = (rows: number, columns: number, value: unknown = 1): unknown[][] => Array.from({ length: rows }, () => new Array(columns).fill(value));

/** Wrong values for a parameter, with a label. */
function badValues(spec: ParamSpec): [string, unknown][] {
  const cases: [string, unknown][] = [];
  if (spec.kind === "range") {
    if (!spec.optional) cases.push(["null (missing)", null], ["undefined (missing)", undefined]);
    cases.push(["an empty range", []], ["an empty row", [[]]], ["a ragged range", [[1, 2], [3]]]);
    cases.push([`${MAX_RANGE_CELLS + 1} cells`, huge(MAX_RANGE_CELLS + 1, 1)], ["100 × 101 cells", huge(100, 101)]);
    if (spec.cells === "number") {
      for (const [label, v] of [["text", "abc"], ["TRUE", true], ["FALSE", false], ["NaN", NaN], ["Infinity", Infinity], ["-Infinity", -Infinity], ["an object", {}]] as [string, unknown][]) {
        cases.push([`a cell with ${label}`, [[1], [v]]]);
      }
    } else {
      cases.push(["a cell with an object", [["headcount", {}]]]);
    }
    if (spec.shape === "vector") cases.push(["2 × 2", [[1, 2], [3, 4]]]);
    if (spec.shape === "twoColumns") cases.push(["one column", [["headcount"]]], ["three columns", [["headcount", 1, 2]]]);
    return cases;
  }
  const common: [string, unknown][] = [["TRUE", true], ["FALSE", false], ["a range", [[1]]], ["an object", {}]];
  if (spec.kind === "text") {
    cases.push(["unknown text", "nope"], ["a number", 5], ["0 (a blank cell in Excel for Windows)", 0], ...common);
    if (!spec.optional) cases.push(["null", null], ['""', ""]);
    return cases;
  }
  cases.push(["text", "abc"], ["numeric text", "5"], ["NaN", NaN], ["Infinity", Infinity], ["-Infinity", -Infinity], ...common);
  if (!spec.optional) cases.push(["null (missing)", null], ["undefined (missing)", undefined], ['"" (blank)', ""], ["whitespace", "  "]);
  const min = spec.min ?? (spec.kind === "count" ? 0 : undefined);
  if (min !== undefined) cases.push([`below ${min}`, spec.minExclusive ? min : min - 1], ["far below", min - 1e6]);
  if (spec.max !== undefined) cases.push([`above ${spec.max}`, spec.maxExclusive ? spec.max : spec.max + 1]);
  if (spec.kind === "integer") cases.push(["a fraction", (spec.min ?? 0) + 1.5]);
  return cases;
}

describe.each(Object.keys(PARAMETER_SPECS) as FunctionId[])("%s bad input", (id) => {
  const specs: readonly ParamSpec[] = PARAMETER_SPECS[id];
  it("accepts its valid example", () => {
    expect(() => call(id, VALID[id])).not.toThrow();
  });
  const rows: [string, string, number, unknown][] = [];
  specs.forEach((spec, index) => {
    for (const [label, value] of badValues(spec)) rows.push([spec.name, label, index, value]);
  });
  it.each(rows)("%s = %s → #VALUE! naming the argument", (name, _label, index, value) => {
    const args = [...VALID[id]];
    args[index] = value;
    const e = errorOf(() => call(id, args));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain(`${id}:`);
    expect(e.message).toContain(name);
  });
});

describe("semantic errors name the argument", () => {
  const cases: [string, () => unknown, RegExp][] = [
    ["TCO discountRate = -1", () => F.tco([[1]], 0, -1), /discountRate/],
    ["PROJECT years = 0 (Windows blank)", () => F.project(100, 0), /years must be a whole number from 1 to 100 \(got 0\)/],
    ["PROJECT years = 2.5", () => F.project(100, 2.5), /years/],
    ["PROJECT growthRate < -1", () => F.project(100, 2, -2), /growthRate/],
    ["CONTINGENCY rate > 1", () => F.contingency(100, 1.5), /rate must be a fraction from 0 to 1/],
    ["PERT o > m", () => F.pert(30, 20, 40), /mostLikely/],
    ["PERT m > p", () => F.pert(10, 50, 40), /pessimistic/],
    ["PERT confidence 0", () => F.pert(10, 20, 40, 0), /confidence/],
    ["PERT confidence 1", () => F.pert(10, 20, 40, 1), /confidence/],
    ["BANDWIDTH neither media nor kbps", () => F.bandwidth(100), /kbpsPerUser/],
    ["BANDWIDTH unknown media", () => F.bandwidth(100, "fax"), /media must be one of "text", "voice", "video" \(got "fax"\)/],
    ["SERVERS capacity 0", () => F.servers(100, 0), /capacityPerServer/],
    ["SERVERS negative peak", () => F.servers(-1, 100), /peakConcurrent/],
    ["SERVERS fractional spares", () => F.servers(1, 100, 0.3, 0.5), /spares/],
    ["LABOR years 0", () => F.labor(1, 1, 1.4, 0), /years/],
    ["TIERED descending limits", () => F.tiered(1, [[100], [50]], [[1], [1]]), /tierLimits/],
    ["TIERED blank limit before the last", () => F.tiered(1, [[null], [50]], [[1], [1]]), /tierLimits/],
    ["TIERED 0 limit before the last", () => F.tiered(1, [[0], [50]], [[1], [1]]), /tierLimits/],
    ["TIERED mismatched lengths", () => F.tiered(1, [[100], [200]], [[1]]), /tierPrices/],
    ["TIERED negative price", () => F.tiered(1, [[100]], [[-1]]), /tierPrices/],
    ["TIERED unknown mode", () => F.tiered(1, [[100]], [[1]], "tiered"), /mode must be one of "graduated", "volume", "flat"/],
    ["BUDGET unknown path", () => F.budget(undefined, "diy"), /path/],
    ["BUDGET unknown key", () => F.budget([["headcnt", 5]]), /requirements row 1: "headcnt" is not a known key/],
    ["BUDGET key that is a number", () => F.budget([[5, 5]]), /requirements row 1/],
    ["BUDGET repeated key", () => F.budget([["headcount", 5], ["HeadCount", 6]]), /requirements must list each key once \(headcount is in rows 1 and 2\)/],
    ["BUDGET invalid value", () => F.budget([[null, null], ["headcount", -5]]), /requirements row 2: headcount must be a whole number/],
    ["BUDGET text value for a number", () => F.budget([["dauRatio", "high"]]), /dauRatio/],
    ["BUDGET boolean where a choice is needed", () => F.budget([["videoResolution", true]]), /videoResolution/],
    ["BUDGET years 11", () => F.budget(undefined, undefined, 11), /years/],
    ["COMPARE unknown key", () => F.compare([["foo", 1]]), /requirements/],
    ["COMPARE years 0 (Windows blank)", () => F.compare(undefined, 0), /years/],
  ];
  it.each(cases)("%s", (_label, fn, message) => {
    const e = errorOf(fn);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(message);
  });
});

describe("blanks as null, \"\" and 0", () => {
  it("required scalars: null and \"\" are missing; 0 is checked as 0", () => {
    expect(errorOf(() => F.trafficgb(null as unknown as number, 2500)).message).toBe("TRAFFICGB: minutes is required: a number ≥ 0");
    expect(errorOf(() => F.trafficgb("" as unknown as number, 2500)).message).toMatch(/minutes is required/);
    expect(F.trafficgb(0, 2500)).toBe(0);
    expect(errorOf(() => F.project(100, "" as unknown as number)).message).toMatch(/years is required/);
    expect(errorOf(() => F.servers(100, 0)).message).toMatch(/capacityPerServer must be a number greater than 0 \(got 0\)/);
  });

  it("optional scalars: null and \"\" take the default; 0 (Windows' blank) is 0", () => {
    expect(F.contingency(100, null as unknown as number)).toBe(25);
    expect(F.contingency(100, "" as unknown as number)).toBe(25);
    expect(F.contingency(100, 0)).toBe(0);
    expect(F.servers(1000, 1000, null as unknown as number, "" as unknown as number)).toBe(3);
    expect(F.servers(1000, 1000, 0, 0)).toBe(1);
    expect(F.tiered(150, [[100], [null]], [[1], [0.5]], "" as unknown as string)).toBe(125);
    expect(F.budget(null as unknown as unknown[][], "", null as unknown as number)[0]).toEqual(["Category", "FY2027", "FY2028", "FY2029", "FY2030", "FY2031", "Total"]);
  });

  it("inside ranges: null and \"\" are blank cells", () => {
    expect(F.tco([[null, "", 5]])).toBe(5);
    expect(F.tiered(150, [[100], [""]], [[1], [""]])).toBe(100);
    expect(F.compare([["", 5], [null, "x"], ["headcount", ""]])).toEqual(F.compare());
  });
});

describe("toCustomFunctionsError", () => {
  it("turns unexpected errors into #VALUE! with a generic message", () => {
    const e = toCustomFunctionsError(new TypeError("internal detail"), "TCO") as unknown as { code: string; message: string };
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^TCO: /);
    expect(e.message).not.toContain("internal detail");
  });

  it("passes CustomFunctions.Error through unchanged", () => {
    const original = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "n/a");
    expect(toCustomFunctionsError(original, "TCO")).toBe(original);
  });
});
