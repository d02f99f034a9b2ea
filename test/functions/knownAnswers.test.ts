import { errorOf } from "./customFunctionsStub";
import * as F from "../../src/functions/functions";

/** Known answers, computed by hand (the comment shows the arithmetic). */
describe("TCO", () => {
  it("undiscounted: upfront + sum of the cells", () => {
    expect(F.tco([[100000, 120000, 140000]])).toBe(360000);
    expect(F.tco([[100], [200], [300]], 1000)).toBe(1600);
  });

  it("discounted: upfront + Σ c_t / (1+r)^t", () => {
    // 100/1.08 + 200/1.08² + 300/1.08³ + 1000 = 92.592593 + 171.467764 + 238.149672 + 1000
    expect(F.tco([[100], [200], [300]], 1000, 0.08)).toBeCloseTo(1502.210028959, 9);
    // 100000/1.08 + 120000/1.08² + 140000/1.08³ + 50000
    expect(F.tco([[100000], [120000], [140000]], 50000, 0.08)).toBeCloseTo(356609.76477163, 6);
    expect(F.tco([[110, 121]], 0, 0.1)).toBeCloseTo(200, 12);
  });

  it("reads a 2-D range row by row", () => {
    // years 1..4 = 10, 20, 30, 40 at 10%
    const expected = 10 / 1.1 + 20 / 1.1 ** 2 + 30 / 1.1 ** 3 + 40 / 1.1 ** 4;
    expect(F.tco([[10, 20], [30, 40]], 0, 0.1)).toBeCloseTo(expected, 10);
  });

  it("treats blank cells (null, \"\") as 0 for their year, keeping later years in place", () => {
    expect(F.tco([[null], [""], [100]])).toBe(100);
    expect(F.tco([[null, 121]], 0, 0.1)).toBeCloseTo(100, 12);
    expect(F.tco([[0, 121]], 0, 0.1)).toBeCloseTo(100, 12);
  });

  it("omitted optional arguments (null, undefined, \"\") take their defaults", () => {
    expect(F.tco([[100]], null as unknown as number, null as unknown as number)).toBe(100);
    expect(F.tco([[100]], "" as unknown as number, "" as unknown as number)).toBe(100);
    expect(F.tco([[100]], 0, 0)).toBe(100);
  });

  it("allows negative costs (credits) and rates between -1 and 0", () => {
    expect(F.tco([[-50, 100]])).toBe(50);
    expect(F.tco([[50]], 0, -0.5)).toBe(100);
  });
});

describe("PROJECT", () => {
  it("spills one row of cost × (1+g)^(t−1)", () => {
    expect(F.project(100000, 3, 0.05)).toEqual([[100000, 105000, 110250]]);
    expect(F.project(100, 2)).toEqual([[100, 100]]);
    expect(F.project(100, 1, 0.5)).toEqual([[100]]);
    expect(F.project(100, 100, 0.01)[0]).toHaveLength(100);
    expect(F.project(100, 100, 0.01)[0][99]).toBeCloseTo(100 * 1.01 ** 99, 9);
  });
});

describe("CONTINGENCY", () => {
  it("amount × rate, 0.25 by default", () => {
    expect(F.contingency(200000)).toBe(50000);
    expect(F.contingency(200000, 0.2)).toBe(40000);
    expect(F.contingency(200000, 0)).toBe(0);
    expect(F.contingency(200000, 1)).toBe(200000);
    expect(F.contingency(200000, null as unknown as number)).toBe(50000);
  });
});

describe("PERT", () => {
  it("returns E = (o+4m+p)/6 by default and E + z·σ at a confidence", () => {
    expect(F.pert(10, 20, 40)).toBeCloseTo(130 / 6, 12);
    expect(F.pert(10, 20, 40, 0.5)).toBeCloseTo(130 / 6, 12);
    // z(0.8) = 0.8416212335729143, σ = 30/6 = 5
    expect(F.pert(10, 20, 40, 0.8)).toBeCloseTo(130 / 6 + 0.8416212335729143 * 5, 12);
    expect(F.pert(10, 20, 40, 0.95)).toBeCloseTo(130 / 6 + 1.6448536269514722 * 5, 12);
    expect(F.pert(7, 7, 7, 0.99)).toBe(7);
  });
});

describe("BANDWIDTH", () => {
  it("users × kbps / 1000, kbps from the rate card by media", () => {
    expect(F.bandwidth(1000, "video")).toBe(2500);
    expect(F.bandwidth(1000, "Voice")).toBe(52);
    expect(F.bandwidth(1000, " TEXT ")).toBe(2);
    expect(F.bandwidth(1000, "视频")).toBe(2500);
    expect(F.bandwidth(500, undefined, 1200)).toBe(600);
    expect(F.bandwidth(500, "video", 1200)).toBe(600); // kbps wins
    expect(F.bandwidth(0, "video")).toBe(0);
  });
});

describe("TRAFFICGB", () => {
  it("minutes × 60 × kbps / 8 / 10⁶", () => {
    expect(F.trafficgb(60, 2500)).toBe(1.125);
    expect(F.trafficgb(30, 52)).toBe(0.0117);
    expect(F.trafficgb(0, 2500)).toBe(0);
  });
});

describe("STORAGEGB", () => {
  it("users × (messages × bytes × days / 10⁹ + attachment MB × days / 30 / 1000)", () => {
    // 5000 × 80 × 2000 × 365 / 1e9 = 292
    expect(F.storagegb(5000, 80)).toBe(292);
    // + 5000 × 15 × 365 / 30 / 1000 = 912.5
    expect(F.storagegb(5000, 80, 2000, 365, 15)).toBe(1204.5);
    expect(F.storagegb(1, 100, 1000, 10)).toBe(0.001);
  });
});

describe("SERVERS", () => {
  it("⌈peak × (1+headroom) / capacity⌉ + spares", () => {
    expect(F.servers(3000, 1000)).toBe(5); // ⌈3.9⌉ + 1
    expect(F.servers(1000, 1300, 0.3, 0)).toBe(1); // exactly 1, not 2 (decimal, not binary, arithmetic)
    expect(F.servers(1000, 1000, 0, 2)).toBe(3);
    expect(F.servers(0, 1000)).toBe(1);
    expect(F.servers(2500.5, 1000, 0, 0)).toBe(3);
  });
});

describe("LABOR", () => {
  it("Σ fte × salary × load × (1+g)^(t−1)", () => {
    expect(F.labor(2, 300000)).toBe(840000);
    expect(F.labor(2, 300000, 1.4, 3, 0.05)).toBe(2648100); // 840,000 × 3.1525
    expect(F.labor(0.5, 100000, 1, 4)).toBe(200000);
  });
});

describe("TIERED", () => {
  const limits = [[100], [1000], [null]];
  const prices = [[1], [0.8], [0.5]];
  it("graduated (default): each unit at its tier's price; free units first", () => {
    expect(F.tiered(1500, limits, prices)).toBe(1070); // 100 + 720 + 250
    expect(F.tiered(1500, limits, prices, "graduated", 50)).toBe(1020); // 50 + 720 + 250
    expect(F.tiered(1500, [[100, 1000, 0]], [[1, 0.8, 0.5]])).toBe(1070); // a row; 0 last limit = unbounded
    expect(F.tiered(1500, [[100], [1000]], [[1], [0.8]])).toBe(1220); // 100 × 1 + 1400 × 0.8: beyond the last limit, the last price
  });

  it("volume: (quantity − free) × the price of the tier containing the quantity", () => {
    expect(F.tiered(1500, limits, prices, "volume")).toBe(750);
    expect(F.tiered(1000, limits, prices, "VOLUME", 100)).toBe(720);
  });

  it("flat: the band fee of the band containing the quantity, 0 within the free units", () => {
    expect(F.tiered(300, [[100], [500], [null]], [[99], [399], [999]], "flat")).toBe(399);
    expect(F.tiered(5, [[100], [500], [null]], [[99], [399], [999]], "flat", 10)).toBe(0);
  });

  it("a blank price cell is a price of 0", () => {
    expect(F.tiered(150, [[100], [null]], [[null], [2]])).toBe(100);
  });
});

describe("results are plain numbers", () => {
  it("never −0", () => {
    expect(Object.is(F.contingency(-0, 0.25), 0)).toBe(true);
    expect(Object.is(F.tco([[-0]]), 0)).toBe(true);
  });

  it("too large for Excel is #VALUE!, not Infinity", () => {
    const e = errorOf(() => F.tco([[1e308, 1e308]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/too large/);
    expect(errorOf(() => F.project(1e300, 100, 10)).message).toMatch(/too large/);
  });
});
