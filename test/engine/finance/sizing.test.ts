import fc from "fast-check";
import { dec } from "../../../src/engine/decimal";
import { EngineError } from "../../../src/engine/EngineError";
import { bandwidthMbps, mediaKbps } from "../../../src/engine/finance/bandwidth";
import { serverCount } from "../../../src/engine/finance/servers";
import { storageGb } from "../../../src/engine/finance/storageGb";
import { trafficGb } from "../../../src/engine/finance/trafficGb";

describe("trafficGb", () => {
  it("one participant-hour of 720p video (2500 kbps) is 1.125 GB", () => {
    expect(trafficGb(dec(60), dec(2500)).toString()).toBe("1.125");
    expect(trafficGb(dec(30), dec(52)).toString()).toBe("0.0117");
    expect(trafficGb(dec(0), dec(2500)).isZero()).toBe(true);
  });
});

describe("storageGb", () => {
  it("messages × bytes × days / 1e9 + attachment MB × days / 30 / 1000, per user", () => {
    expect(storageGb(dec(5000), dec(80)).toNumber()).toBe(292);
    expect(storageGb(dec(5000), dec(80), dec(2000), dec(365), dec(15)).toNumber()).toBe(1204.5);
    expect(storageGb(dec(1), dec(0), dec(2000), dec(30), dec(1000)).toNumber()).toBe(1);
  });
});

describe("serverCount", () => {
  it("rounds peak × (1 + headroom) / capacity up and adds spares", () => {
    expect(serverCount(dec(3000), dec(1000)).toNumber()).toBe(5);
    expect(serverCount(dec(1000), dec(1300), dec("0.3"), dec(0)).toNumber()).toBe(1); // exact: no spurious extra server
    expect(serverCount(dec(1001), dec(1300), dec("0.3"), dec(0)).toNumber()).toBe(2);
    expect(serverCount(dec(0), dec(100)).toNumber()).toBe(1);
  });

  it("rejects a capacity of 0", () => {
    expect(() => serverCount(dec(1), dec(0))).toThrow(EngineError);
  });

  it("property: never fewer servers than the load needs, never a whole server more", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.double({ min: 1, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), (peak, cap, h) => {
        const n = serverCount(dec(peak), dec(cap), dec(h), dec(0));
        const need = dec(peak).times(dec(h).plus(1));
        expect(n.times(cap).greaterThanOrEqualTo(need)).toBe(true);
        expect(n.minus(1).times(cap).lessThan(need) || n.isZero()).toBe(true);
      }),
    );
  });
});

describe("bandwidth", () => {
  it("takes media bit rates from the rate card", () => {
    expect(mediaKbps("video").toNumber()).toBe(2500);
    expect(mediaKbps("voice").toNumber()).toBe(52);
    expect(mediaKbps("text").toNumber()).toBe(2);
  });

  it("is users × kbps / 1000 Mbps", () => {
    expect(bandwidthMbps(dec(1000), dec(2500)).toNumber()).toBe(2500);
    expect(bandwidthMbps(dec(500), dec(1200)).toNumber()).toBe(600);
  });
});
