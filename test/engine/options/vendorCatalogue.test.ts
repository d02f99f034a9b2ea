import { readFileSync } from "fs";
import { join } from "path";
import { Decimal } from "decimal.js";
import { catalogueProfile, computeBudget, isEngineError, rateEntry, requirementSpec, validateRateOverrides, validateRequirements, VENDOR_CATALOGUE, type CatalogueProfile } from "../../../src/engine";
import { OPTION_ID_PATTERN, OPTION_INPUT_GROUPS } from "../../../src/engine/options/BudgetOption";
import { catalogueOption } from "../../../src/engine/options/catalogue/catalogueOption";

/** The research file the catalogue is compiled from: its ids, regions and kinds are the catalogue's. */
interface ResearchItem {
  readonly item: string;
  readonly price: number;
  readonly date: string;
  readonly status: string;
  readonly tiers?: readonly { readonly price: number }[];
}
interface ResearchProfile {
  readonly id: string;
  readonly region: "cn" | "intl";
  readonly pathType: string;
  readonly items: readonly ResearchItem[];
}
const RESEARCH: readonly ResearchProfile[] = JSON.parse(readFileSync(join(__dirname, "../../../docs/research/vendor-catalogue.json"), "utf8"));

/** The offers issue 15 names, by vendor: China, international, self-hosted licences, PaaS. */
const REQUIRED: Record<string, string> = {
  Feishu: "feishuCn",
  DingTalk: "dingtalkCn",
  WeCom: "wecomCn",
  "Microsoft Teams": "msTeams",
  Slack: "slack",
  "Zoom Workplace": "zoomWorkplace",
  Mattermost: "mattermost",
  "Rocket.Chat": "rocketChat",
  "Element/Matrix": "elementMatrix",
  "Tencent Cloud IM": "tencentIm",
  "NetEase Yunxin": "neteaseYunxin",
  "Agora Chat": "agoraChat",
  Sendbird: "sendbird",
};

/** The requirements a profile is meant for: its region's price list and, abroad, the USD budget. */
const requirementsFor = (p: CatalogueProfile, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  deploymentRegion: p.region === "cn" ? "cn" : "international",
  ...p.inputs,
  ...(p.region === "intl" ? { currency: "USD" } : {}),
  ...extra,
});
const budgetFor = (id: string, extra: Record<string, unknown> = {}) => {
  const p = catalogueProfile(id);
  return computeBudget(requirementsFor(p, extra), { rateOverrides: p.rates });
};
const lineOf = (id: string, extra: Record<string, unknown>, lineId: string) => {
  const p = catalogueProfile(id);
  return budgetFor(id, extra).paths[p.path].lines.find((l) => l.id === lineId)!;
};
const close = (actual: Decimal, expected: Decimal) => expect(actual.minus(expected).abs().toNumber()).toBeLessThan(1e-9);
const VAT_CN = new Decimal(1.06);

describe("the catalogue's contents", () => {
  test.each(Object.entries(REQUIRED))("%s is in the catalogue (%s)", (_vendor, id) => {
    expect(catalogueProfile(id).id).toBe(id);
  });

  test("ids are unique, valid option ids, and ids of the research file with its region and kind", () => {
    const ids = VENDOR_CATALOGUE.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of VENDOR_CATALOGUE) {
      expect(p.id).toMatch(OPTION_ID_PATTERN);
      const research = RESEARCH.find((r) => r.id === p.id);
      expect(research).toBeDefined();
      expect([p.id, p.region, p.kind]).toEqual([p.id, research!.region, research!.pathType]);
    }
  });

  test.each(VENDOR_CATALOGUE.map((p) => [p.id, p] as const))("%s is labelled as indicative list prices and its kind sets its path", (_id, p) => {
    expect(p.label).toBe("indicative list prices, not a quote");
    const expected = { commercial: ["commercial", "saas"], selfHostedLicence: ["commercial", "private"], paas: ["hybrid", undefined] }[p.kind];
    expect([p.path, p.inputs.commercialModel]).toEqual(expected);
  });

  test("an unknown id is refused naming the field and every id there is", () => {
    let error: unknown;
    try {
      catalogueProfile("lotusNotes");
    } catch (e) {
      error = e;
    }
    expect(isEngineError(error)).toBe(true);
    const e = error as { code: string; field: string; allowed: string };
    expect([e.code, e.field]).toEqual(["unknownOption", "catalogue"]);
    expect(e.allowed.split(", ")).toEqual(VENDOR_CATALOGUE.map((p) => p.id));
  });
});

/**
 * Each profile's main prices against the research item they come from: the rate's list is the item's price
 * times a factor (1, or a unit change written out), its status the item's (DERIVED where arithmetic made it),
 * its date in the item's year (a year-only date becomes January of that year).
 */
describe("main prices are the research items' figures", () => {
  const cases: readonly (readonly [string, string, string, number, string])[] = [
    ["feishuCn", "saas_seat_month_cn", "企业标准版", 1, "EST"], // band 1: tiers[0]
    ["dingtalkCn", "saas_edition_year_cn", "专业版", 1, "EST"],
    ["wecomCn", "saas_addon_archiving_seat_month_cn", "会话内容存档", 1 / 12, "EST"], // per user-year → per user-month
    ["msTeams", "saas_seat_month_intl", "Teams Enterprise", 1, "SEEN-2nd"],
    ["slack", "saas_seat_month_intl", "Business+ seat", 1, "SEEN-2nd"],
    ["zoomWorkplace", "saas_seat_month_intl", "Enterprise seat", 1, "SEEN-2nd"],
    ["mattermost", "private_licence_seat_intl", "Professional seat", 1, "SEEN-2nd"],
    ["rocketChat", "private_licence_seat_intl", "Enterprise seat", 1, "EST"],
    ["elementMatrix", "private_licence_seat_intl", "with SSO", 1, "SEEN-2nd"],
    ["tencentIm", "paas_im_base_month_cn", "专业版", 1, "SEEN"],
    ["tencentIm", "paas_im_step_month_cn", "Excess peak DAU", 1, "SEEN"],
    ["neteaseYunxin", "paas_im_base_month_cn", "IM professional package", 1, "EST"],
    ["agoraChat", "paas_mau_tier1_intl", "Starter plan", 1 / 5000, "DERIVED"], // per month for 5,000 MAU → per MAU
    ["sendbird", "paas_mau_tier1_intl", "Starter 5K", 1 / 5000, "DERIVED"],
  ];
  test.each(cases)("%s: %s from the item '%s'", (id, key, itemText, factor, status) => {
    const item = RESEARCH.find((r) => r.id === id)!.items.find((i) => i.item.includes(itemText))!;
    const rate = catalogueProfile(id).rates[key];
    const price = item.tiers ? item.tiers[0].price : item.price;
    expect(Number(rate.list)).toBeCloseTo(price * factor, 9);
    expect(rate.status).toBe(status);
    expect(rate.date?.slice(0, 4)).toBe(item.date.slice(0, 4));
  });

  test("Feishu's three bands are the research's three tiers, and Zoom's minimum its minimum quantity", () => {
    const feishu = RESEARCH.find((r) => r.id === "feishuCn")!.items.find((i) => i.tiers)!;
    const bands = ["saas_seat_month_cn", "saas_seat_month_t2_cn", "saas_seat_month_t3_cn"].map((k) => Number(catalogueProfile("feishuCn").rates[k].list));
    expect(bands).toEqual(feishu.tiers!.map((t) => t.price));
    expect(catalogueProfile("zoomWorkplace").rates.saas_min_seats_intl.list).toBe("250");
  });
});

describe.each(VENDOR_CATALOGUE.map((p) => [p.id, p] as const))("profile %s", (_id, p) => {
  test("every rate has a source, a date and a public-evidence status, and passes the rates check", () => {
    const rates = Object.entries(p.rates);
    expect(rates.length).toBeGreaterThan(0);
    for (const [key, r] of rates) {
      expect([key, typeof r.source === "string" && r.source.trim().length > 0]).toEqual([key, true]);
      expect([key, r.date]).toEqual([key, expect.stringMatching(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/)]);
      expect(["SEEN", "SEEN-2nd", "DERIVED", "EST"]).toContain(r.status);
      expect(r.list).toBeDefined();
    }
    expect(() => validateRateOverrides(p.rates as Record<string, unknown>)).not.toThrow();
  });

  test("its rates belong to its own price list (or to no region)", () => {
    for (const key of Object.keys(p.rates)) expect([key, ["any", p.region]]).toEqual([key, expect.arrayContaining([rateEntry(key).region])]);
  });

  test("its inputs are path or staffing inputs that validate", () => {
    for (const key of Object.keys(p.inputs)) expect([key, OPTION_INPUT_GROUPS.includes(requirementSpec(key)?.group ?? "")]).toEqual([key, true]);
    expect(validateRequirements(requirementsFor(p)).errors).toEqual([]);
  });

  test("its path's TCO over the window is finite and positive", () => {
    const tco = computeBudget(requirementsFor(p), { rateOverrides: p.rates }).paths[p.path].tco;
    expect(tco.isFinite()).toBe(true);
    expect(tco.greaterThan(0)).toBe(true);
  });
});

/**
 * Known answers worked out from the list prices. Headcount 5,000 without growth, no price escalation (the
 * default); China lists include 6% VAT that is reclaimable (the default), so list / 1.06 is booked. A running
 * line books a twelfth of its year in each month of service; month 12 is in service on every path.
 */
describe("known answers from the list prices", () => {
  const FLAT = { userGrowthRate: 0 };
  const yearOf = (id: string, lineId: string, extra: Record<string, unknown> = {}) => lineOf(id, { ...FLAT, ...extra }, lineId).month(12).times(12);

  test("Slack Business+: 5,000 seats × 15 USD × 12 months = 900,000 USD for a year of service", () => {
    close(yearOf("slack", "saasSeats"), new Decimal(900000));
  });

  test("Feishu: 5,000 seats fall in the 1,000–9,999 band, all at 40 CNY: 5,000 × 40 × 12 = 2,400,000 with VAT, 2,264,150.94 without", () => {
    const year = yearOf("feishuCn", "saasSeats");
    close(year, new Decimal(2400000).dividedBy(VAT_CN));
    expect(year.toFixed(2)).toBe("2264150.94");
  });

  test("DingTalk: no seat price, one 9,800 CNY organisation fee a year (9,245.28 without VAT)", () => {
    expect(yearOf("dingtalkCn", "saasSeats").toFixed(2)).toBe("9245.28");
  });

  test("Mattermost: the subscription is 5,000 × 10 USD × 12 = 600,000 USD a year, plus one month (50,000) before go-live", () => {
    close(yearOf("mattermost", "licenceMaintenance"), new Decimal(600000));
    close(lineOf("mattermost", FLAT, "privateLicence").total, new Decimal(50000));
  });

  test("Tencent Cloud IM at the default DAU (5,000 × 0.85 = 4,250, within the first 10,000): 1,499 CNY a month, 1,414.15 without VAT", () => {
    const month = lineOf("tencentIm", FLAT, "imPlatformFees").month(12);
    close(month, new Decimal(1499).dividedBy(VAT_CN));
    expect(month.toFixed(2)).toBe("1414.15");
  });

  test("Tencent Cloud IM at 30,000 staff (25,500 DAU): 15,500 above the plan are 2 steps of 10,000: 1,499 + 2 × 1,000 = 3,499 CNY a month", () => {
    close(lineOf("tencentIm", { ...FLAT, headcount: 30000 }, "imPlatformFees").month(12), new Decimal(3499).dividedBy(VAT_CN));
  });

  test.each([
    [5000, "349"], // the Starter plan
    [8000, "559"], // 349 + 3,000 × 0.07
    [10000, "699"], // the Pro plan: 349 + 5,000 × 0.07
    [12000, "838.8"], // 699 + 2,000 × 0.0699
  ])("Agora Chat with %i monthly active users: %s USD a month", (headcount, usd) => {
    close(lineOf("agoraChat", { ...FLAT, headcount }, "imPlatformFees").month(12), new Decimal(usd));
  });
});

describe("picking a profile creates an option", () => {
  test("the option carries the profile's path, inputs and rates, and names the profile it came from", () => {
    const option = catalogueOption("mattermost");
    const p = catalogueProfile("mattermost");
    expect(option).toEqual({ id: "mattermost", name: p.name.en, path: "commercial", inputs: { commercialModel: "private" }, rates: p.rates, catalogue: "mattermost", priceList: "intl" });
    expect(catalogueOption("slack", "slackTwo").id).toBe("slackTwo");
    expect(() => catalogueOption("nope")).toThrow(/catalogue/);
  });
});
