/**
 * RTC billing by the total resolution each participant receives (issue 12, item 2), with answers worked out
 * here from the published bands and prices, not read from the engine. The engine's sizing rows, the Excel
 * compiler and the Monte Carlo's fast model all come from the same rows; the LibreOffice recalculation test
 * holds the workbook to them.
 */
import { computeBudget, RATE_CARD_ENTRIES } from "../../../src/engine";

/** Pixels of the stream resolutions and the vendors' band ceilings (pixels received, summed over streams). */
const PX = { p360: 640 * 360, p720: 1280 * 720, p1080: 1920 * 1080 };
const BAND_CEILING = { sd: 640 * 480, hd: 1280 * 720, fhd: 1920 * 1080, k2: 2560 * 1440 };
/** List prices per 1,000 participant-minutes: China (CNY incl. 6% VAT) and international (USD, no VAT). */
const CN = { audio: 6, sd: 12, hd: 24, fhd: 90, k2: 112, k4: 252 };
const INTL = { audio: 0.99, sd: 1.99, hd: 3.99, fhd: 8.99, k2: 15.99, k4: 35.99 };
const VAT = 1.06;
const FX = 7.2;

const listOf = (key: string): number => Number(RATE_CARD_ENTRIES.find((e) => e.key === key)!.list);
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

test("the layout, band and price figures assumed here are the rate card's", () => {
  expect([listOf("video_pixels_360p"), listOf("video_pixels_720p"), listOf("video_pixels_1080p")]).toEqual([PX.p360, PX.p720, PX.p1080]);
  expect(["sd", "hd", "fhd", "2k"].map((b) => listOf(`rtc_band_${b}_max_pixels`))).toEqual([BAND_CEILING.sd, BAND_CEILING.hd, BAND_CEILING.fhd, BAND_CEILING.k2]);
  expect(listOf("max_forwarded_video")).toBe(9);
  const bands = ["360p", "720p", "1080p", "2k", "4k"];
  expect([listOf("rtc_audio_min_cn"), ...bands.map((b) => listOf(`rtc_video_${b}_min_cn`))]).toEqual([CN.audio, CN.sd, CN.hd, CN.fhd, CN.k2, CN.k4]);
  expect([listOf("rtc_audio_min_intl"), ...bands.map((b) => listOf(`rtc_video_${b}_min_intl`))]).toEqual([INTL.audio, INTL.sd, INTL.hd, INTL.fhd, INTL.k2, INTL.k4]);
  for (const e of RATE_CARD_ENTRIES.filter((x) => x.key.startsWith("rtc_"))) expect(e.discount).toBe(0);
});

/** Sizing values of window year 1 for a call layout. */
function firstYear(raw: Record<string, unknown>): Record<string, number> {
  const row = computeBudget(raw).sizing[0];
  const get = (k: string): number => row.get(k)!.toNumber();
  return { thumbs: get("thumbnailStreams"), pixels: get("receivedVideoPixels"), band: get("rtcVideoBand"), price: get("rtcVideoPrice") };
}

describe("the band of the total resolution received", () => {
  test("a 4-person 720p call receives 0.9216 + 2 × 0.2304 = 1.3824 MP: above the 720p band, billed as Full HD", () => {
    const got = firstYear({ avgMeetingSize: 4, videoResolution: "720p" });
    expect(got.thumbs).toBe(2);
    expect(got.pixels).toBe(1_382_400);
    expect(got.pixels).toBeGreaterThan(BAND_CEILING.hd);
    expect(got.pixels).toBeLessThanOrEqual(BAND_CEILING.fhd);
    expect(got.band).toBe(3);
    expect(close(got.price, CN.fhd / VAT)).toBe(true);
  });
  test("a 10-person call receives 0.9216 + 8 × 0.2304 = 2.7648 MP: the band above that, 2K", () => {
    const got = firstYear({ avgMeetingSize: 10 });
    expect(got.thumbs).toBe(8); // min(10 − 2, 9 − 1)
    expect(got.pixels).toBe(2_764_800);
    expect(got.band).toBe(4);
    expect(close(got.price, CN.k2 / VAT)).toBe(true);
    const intl = firstYear({ avgMeetingSize: 10, deploymentRegion: "international" });
    expect(close(intl.price, INTL.k2 * FX)).toBe(true);
  });
  test("a call larger than the gallery still receives only the forwarded streams (1 main + 8 thumbnails)", () => {
    expect(firstYear({ avgMeetingSize: 40 }).pixels).toBe(PX.p720 + 8 * PX.p360);
    // 1080p main + 8 thumbnails = 3,916,800 > 2K's 3,686,400: the open 4K band.
    const big = firstYear({ avgMeetingSize: 40, videoResolution: "1080p", deploymentRegion: "international" });
    expect(big.pixels).toBe(3_916_800);
    expect(big.band).toBe(5);
    expect(close(big.price, INTL.k4 * FX)).toBe(true);
  });
  test("a 9-person 1080p call receives 2.0736 + 7 × 0.2304 = 3.6864 MP, exactly the 2K ceiling: billed as 2K, not 4K", () => {
    const got = firstYear({ avgMeetingSize: 9, videoResolution: "1080p" });
    expect(got.thumbs).toBe(7);
    expect(got.pixels).toBe(BAND_CEILING.k2);
    expect(got.band).toBe(4);
    expect(close(got.price, CN.k2 / VAT)).toBe(true);
  });
  test("a 5-person 360p call receives 4 × 0.2304 = 0.9216 MP, exactly the HD ceiling: billed as HD", () => {
    const got = firstYear({ avgMeetingSize: 5, videoResolution: "360p" });
    expect(got.pixels).toBe(BAND_CEILING.hd);
    expect(got.band).toBe(2);
    expect(close(got.price, CN.hd / VAT)).toBe(true);
  });
  test.each([
    ["360p", PX.p360, 1, CN.sd],
    ["720p", PX.p720, 2, CN.hd],
    ["1080p", PX.p1080, 3, CN.fhd],
  ] as const)("a 2-person %s call receives only the main stream and bills at its band", (resolution, pixels, band, price) => {
    const got = firstYear({ avgMeetingSize: 2, videoResolution: resolution });
    expect(got).toEqual({ thumbs: 0, pixels, band, price: expect.any(Number) });
    expect(close(got.price, price / VAT)).toBe(true);
  });
});

/** The hybrid RTC line's amount for window year w (months 12(w−1)+1 … 12w are all in service from w = 2). */
const rtcYear = (raw: Record<string, unknown>, w: number): number => computeBudget(raw).paths.hybrid.lines.find((l) => l.id === "rtcMinutes")!.fiscal[w - 1].toNumber();

describe("the hybrid RTC line", () => {
  test("at the defaults, the first full year is worked out by hand from the minutes and the Full HD price", () => {
    // Window year 2 (FY2028): 5,000 staff grown 5%, 85% daily active, 250 working days.
    const dau = 5000 * 1.05 * 0.85;
    const voice = dau * 18 * 250; // 20,081,250 minutes at the audio rate
    const video = dau * 12 * 250; // 13,387,500 minutes, each participant receiving 1.3824 MP: Full HD
    const free = 10000 * 12; // minutes a year, deducted at the audio rate
    const want = ((voice * CN.audio + video * CN.fhd - free * CN.audio) / VAT) / 1000;
    expect(want).toBeCloseTo(1_249_662.74, 2);
    expect(close(rtcYear({}, 2), want)).toBe(true);
    // The main stream's own band (720p, 24 CNY) would have given 416,101.42: video billed correctly adds 833,561.32.
    const atMainBand = ((voice * CN.audio + video * CN.hd - free * CN.audio) / VAT) / 1000;
    expect(want - atMainBand).toBeCloseTo(833_561.32, 2);
  });
  test("an audio-only input has no video cost, whatever the resolution: voice minutes pay the audio rate only", () => {
    const dau = 5000 * 1.05 * 0.85;
    const want = ((dau * 18 * 250 * CN.audio - 120000 * CN.audio) / VAT) / 1000;
    for (const videoResolution of ["360p", "1080p"]) {
      expect(close(rtcYear({ videoMinutesPerUserDay: 0, videoResolution, avgMeetingSize: 10 }, 2), want)).toBe(true);
    }
  });
  test("more people in a call moves the same video minutes into a dearer band", () => {
    const [two, four, ten] = [2, 4, 10].map((n) => rtcYear({ avgMeetingSize: n, deploymentRegion: "international", currency: "USD" }, 2));
    const dau = 5000 * 1.05 * 0.85;
    const bill = (videoPrice: number) => (dau * 18 * 250 * INTL.audio + dau * 12 * 250 * videoPrice - 120000 * INTL.audio) / 1000;
    expect([two, four, ten].map((x) => x.toFixed(6))).toEqual([bill(INTL.hd), bill(INTL.fhd), bill(INTL.k2)].map((x) => x.toFixed(6)));
  });
});
