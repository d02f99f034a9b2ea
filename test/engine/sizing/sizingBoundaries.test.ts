/**
 * Sizing rows exactly at their thresholds, where "above" and "at or above" part: answers worked out here from
 * the rate card's figures. (The known-answer cases sit between thresholds, so a swapped < / <= would not show.)
 */
import { RATE_CARD_ENTRIES, computeBudget, type RateOverrides } from "../../../src/engine";

const list = (key: string): number => Number(RATE_CARD_ENTRIES.find((e) => e.key === key)!.list);
const row = (raw: Record<string, unknown>, key: string, rates?: RateOverrides): number[] => computeBudget(raw, { rateOverrides: rates }).sizing.map((y) => y.get(key)!.toNumber());
const at = (key: string, value: number): RateOverrides => ({ [key]: { list: String(value) } });

test("the figures assumed here are the rate card's", () => {
  expect([list("infra_headroom"), list("scale_step1_connections"), list("scale_step2_connections"), list("latency_local_media_ms"), list("media_nodes_per_local_site")]).toEqual([0.3, 30000, 100000, 150, 2]);
});

describe("scale steps: a class up only when the design connections are above the step", () => {
  // Defaults: the event peak (3,000) is above the daily peak (5,000 × 0.85 × 0.6 = 2,550); with 30% headroom, 3,900.
  const design = 3000 * 1.3;
  test("design connections at the defaults are 3,900", () => {
    expect(row({}, "designConnections")[0]).toBeCloseTo(design, 9);
  });
  test("a first step at exactly 3,900 is not crossed; at 3,899 it is", () => {
    expect(row({}, "scaleSteps", at("scale_step1_connections", design))[0]).toBe(0);
    expect(row({}, "scaleSteps", at("scale_step1_connections", design - 1))[0]).toBe(1);
  });
  test("a second step at exactly 3,900 is not crossed; at 3,899 it is", () => {
    const first = at("scale_step1_connections", 1000);
    expect(row({}, "scaleSteps", { ...first, ...at("scale_step2_connections", design) })[0]).toBe(1);
    expect(row({}, "scaleSteps", { ...first, ...at("scale_step2_connections", design - 1) })[0]).toBe(2);
  });
});

describe("scale-out year: the first year users are above the first year's design capacity", () => {
  test("growth of exactly the 30% headroom reaches the capacity in year 2 but does not pass it", () => {
    // Year 2: 5,000 × 1.3 = 6,500 users = 5,000 × 1.3 capacity.
    expect(row({ userGrowthRate: 0.3 }, "scaleOutYear")).toEqual([0, 0, 1, 0, 0]);
    expect(row({ userGrowthRate: 0.31 }, "scaleOutYear")).toEqual([0, 1, 0, 0, 0]);
  });
  test("with no headroom the first year sits exactly at capacity, and the first growth passes it", () => {
    expect(row({}, "scaleOutYear", at("infra_headroom", 0))).toEqual([0, 1, 0, 0, 0]);
  });
});

describe("media nodes: a pair per site only when the latency target is below the local-media limit", () => {
  // 100 staff: about 11 call participants at the peak, 18 Mbps, so one node carries the load (80 Mbps NIC,
  // 700 participants); N+1 adds a spare. A local site needs its pair instead of the one node: 2 + 1.
  test("a target of exactly 150 ms is not below the limit: 1 + 1 nodes; 149 ms gives the site its pair: 2 + 1", () => {
    expect(row({ headcount: 100, latencyTargetMs: 151 }, "mediaNodes")[0]).toBe(2);
    expect(row({ headcount: 100, latencyTargetMs: 150 }, "mediaNodes")[0]).toBe(2);
    expect(row({ headcount: 100, latencyTargetMs: 149 }, "mediaNodes")[0]).toBe(3);
  });
});

describe("push bands (China): online devices at a band's limit stay in that band", () => {
  // Defaults: the peak is the event's 3,000 connections; self-build's push line in window year 2 (in service).
  const push = (rates: RateOverrides): string => computeBudget({}, { rateOverrides: rates }).paths.selfBuild.lines.find((l) => l.id === "pushSms")!.fiscal[1].toString();
  test.each([1, 2, 3])("band %i's limit at exactly 3,000 prices as at 3,001, not as at 2,999", (band) => {
    // The bands below the one tested end far lower, so 3,000 falls in band `band` or the next.
    const lower = Object.fromEntries(Array.from({ length: band - 1 }, (_, i) => [`push_band${i + 1}_online`, { list: String(100 * (i + 1)) }]));
    const limit = (n: number): RateOverrides => ({ ...lower, [`push_band${band}_online`]: { list: String(n) } });
    expect(push(limit(3000))).toBe(push(limit(3001)));
    expect(push(limit(3000))).not.toBe(push(limit(2999)));
  });
});
