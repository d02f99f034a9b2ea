/**
 * The staffing rules worked by hand from the rate card's cited rates, for the cases a finance reviewer asks
 * about: the defaults, 50,000 and 200,000 staff, 10 integrations, 3 sites, and which paths carry a 24×7 rota.
 *
 * Rates used (Rate sheet): core self-build 7, media 2, hybrid core 3; client code bases 3 × 1 developer, +0.5 per
 * code base per scale step; +1 server developer per site beyond the first; +3 per scale step (half for hybrid);
 * scale steps above 30,000 and 100,000 design connections (Mattermost reference architectures); maintenance
 * 0.4 (self-build) and 0.3 (hybrid) of the build engineers, at least 3 and 1, plus 0.05 per connected system;
 * on-call at least 4 (Google SRE book: one engineer on call ≤ 25% of the time), 1 SRE per 50 nodes;
 * features 1, integrations 2 and SSO 1 person-months.
 */
import { computeBudget, RATE_CARD_ENTRIES } from "../../../src/engine";

const rate = (key: string): number => Number(RATE_CARD_ENTRIES.find((e) => e.key === key)!.list);
const year1 = (raw: Record<string, unknown>) => {
  const s = computeBudget(raw as never).sizing[0];
  return (key: string): number => s.get(key)!.toNumber();
};

test("the rates the hand-worked answers assume are the rate card's, each with a source, a date and a status", () => {
  const assumed = {
    fte_build_selfbuild: 7, fte_build_rtc: 2, fte_build_hybrid: 3, client_codebases: 3, fte_per_client_codebase: 1, fte_client_codebase_step: 0.5,
    fte_per_extra_region: 1, fte_scale_step: 3, scale_step1_connections: 30000, scale_step2_connections: 100000, hybrid_scale_share: 0.5,
    maintenance_share_selfbuild: 0.4, maintenance_min_selfbuild: 3, maintenance_share_hybrid: 0.3, maintenance_fte_per_integration: 0.05,
    oncall_min_fte: 4, vms_per_sre: 50, feature_person_months: 1, integration_person_months: 2, sso_person_months: 1,
  };
  for (const [key, value] of Object.entries(assumed)) {
    const e = RATE_CARD_ENTRIES.find((x) => x.key === key)!;
    expect({ key, value: Number(e.list) }).toEqual({ key, value });
    expect(e.source.length).toBeGreaterThan(10);
    expect(e.date).toMatch(/^\d{4}-\d{2}/);
    expect(["SEEN", "SEEN-2nd", "DERIVED", "EST"]).toContain(e.status);
  }
  expect(RATE_CARD_ENTRIES.find((x) => x.key === "fte_client_apps")).toBeUndefined(); // replaced by the code-base rule
});

describe("at the defaults (5,000 staff, 1 site, 3 integrations, 2 features, calls on)", () => {
  const v = year1({});
  test("no scale step: design connections MAX(5,000 × 0.85 × 0.6, 3,000 event) × 1.3 = 3,900 < 30,000", () => {
    expect(v("designConnections")).toBeCloseTo(3900, 9);
    expect(v("scaleSteps")).toBe(0);
  });
  test("self-build keeps today's 12 engineers: server 7 + media 2 + clients 3 × 1", () => {
    expect([v("buildFteSelfBuild"), v("rtcFteSelfBuild"), v("clientFte")]).toEqual([7, 2, 3]);
    // with effort (2 features × 1 + 3 integrations × 2 + SSO 1 = 9 person-months) over 12 build months
    expect(v("buildTeamSelfBuild")).toBeCloseTo(12 + 9 / 12, 12);
  });
  test("hybrid: server 3 + clients 3, plus 9 person-months over its 6 build months", () => {
    expect(v("buildFteHybrid")).toBe(3);
    expect(v("buildTeamHybrid")).toBeCloseTo(6 + 9 / 6, 12);
  });
  test("maintenance: 12 × 0.4 + 3 × 0.05 = 4.95 (self-build); 6 × 0.3 + 0.15 = 1.95 (hybrid)", () => {
    expect(v("maintenanceFteSelfBuild")).toBeCloseTo(4.95, 12);
    expect(v("maintenanceFteHybrid")).toBeCloseTo(1.95, 12);
  });
  test("on-call: self-build and hybrid each run a rota of 4; commercial SaaS none", () => {
    expect(v("sreFteSelfBuild")).toBe(4); // 16 nodes ÷ 50 → 1, below the rota
    expect(v("sreFteHybrid")).toBe(4); // was a single SRE before the on-call rule
    expect(v("sreFteCommercial")).toBe(0);
  });
});

describe("at 50,000 staff", () => {
  const v = year1({ headcount: 50000 });
  test("one scale step: MAX(50,000 × 0.85 × 0.6, 3,000) × 1.3 = 33,150 > 30,000 (and ≤ 100,000)", () => {
    expect(v("designConnections")).toBeCloseTo(33150, 9);
    expect(v("scaleSteps")).toBe(1);
  });
  test("self-build: server 7 + 3 = 10, media 2, clients 3 × (1 + 0.5) = 4.5: 16.5 engineers (12 at 5,000)", () => {
    expect([v("buildFteSelfBuild"), v("rtcFteSelfBuild"), v("clientFte")]).toEqual([10, 2, 4.5]);
    expect(v("maintenanceFteSelfBuild")).toBeCloseTo(16.5 * 0.4 + 0.15, 12); // 6.75
  });
  test("hybrid: server 3 + 0.5 × 3 = 4.5, clients 4.5: 9 engineers (6 at 5,000)", () => {
    expect(v("buildFteHybrid")).toBe(4.5);
    expect(v("maintenanceFteHybrid")).toBeCloseTo(9 * 0.3 + 0.15, 12); // 2.85
  });
});

test("at 200,000 staff: two scale steps, and the nodes (not the rota) set the self-build SRE", () => {
  const v = year1({ headcount: 200000 });
  // design: 200,000 × 0.85 × 0.6 = 102,000 × 1.3 = 132,600 > 100,000
  expect(v("scaleSteps")).toBe(2);
  expect(v("buildFteSelfBuild")).toBe(7 + 2 * 3);
  expect(v("clientFte")).toBe(3 * (1 + 2 * 0.5));
  // chat nodes ⌈132,600 ÷ 5,000⌉ + 1 site = 28; DB 1 + ⌈132,600 ÷ 25,000⌉ = 7 nodes × 2 VMs = 14;
  // media: 170,000 DAU × 30 min × 2 ÷ 480 = 21,250 in calls; ⌈21,250 × 1.3 ÷ 80⌉ = 346 (above the bandwidth
  // bound ⌈21,250 × (156 + 0.4 × 3,780) ÷ 1,000 × 1.3 ÷ 700⌉ = 66) + 1 = 347; 28 + 14 + 347 = 389 → ⌈389 ÷ 50⌉ = 8
  expect(v("computeUnits")).toBe(389);
  expect(v("sreFteSelfBuild")).toBe(8);
});

test("with 10 integrations: the build effort and the upkeep grow, the core team does not", () => {
  const v = year1({ integrations: 10 });
  expect(v("buildFteSelfBuild")).toBe(7);
  // 2 features × 1 + 10 × 2 + SSO 1 = 23 person-months
  expect(v("buildTeamSelfBuild")).toBeCloseTo(12 + 23 / 12, 12);
  expect(v("buildTeamHybrid")).toBeCloseTo(6 + 23 / 6, 12);
  expect(v("maintenanceFteSelfBuild")).toBeCloseTo(12 * 0.4 + 10 * 0.05, 12); // 5.3
  expect(v("maintenanceFteHybrid")).toBeCloseTo(6 * 0.3 + 10 * 0.05, 12); // 2.3
});

test("with 3 sites: one server developer per site beyond the first (half for hybrid)", () => {
  const v = year1({ regions: 3 });
  expect(v("buildFteSelfBuild")).toBe(7 + 2 * 1);
  expect(v("buildFteHybrid")).toBe(3 + 0.5 * 2);
  expect(v("maintenanceFteSelfBuild")).toBeCloseTo((9 + 2 + 3) * 0.4 + 0.15, 12); // 5.75
  expect(v("maintenanceFteHybrid")).toBeCloseTo((4 + 3) * 0.3 + 0.15, 12); // 2.25
  // chat 1 + 3 sites = 4, DB (1 + 1 + 2) × 2 = 8, media MAX(2, 9, 3 sites) + 1 = 10: 22 nodes → the rota of 4
  expect(v("computeUnits")).toBe(22);
  expect(v("sreFteSelfBuild")).toBe(4);
});

describe("24×7 on-call for every path that runs its own services", () => {
  const sre = (raw: Record<string, unknown>, path: "selfBuild" | "commercial" | "hybrid") =>
    computeBudget(raw as never).paths[path].lines.find((l) => l.id === "sreOnCall")!.total.toNumber();
  test("hybrid's own services get at least the on-call minimum, whatever their size", () => {
    for (const headcount of [100, 5000]) expect(year1({ headcount })("sreFteHybrid")).toBeGreaterThanOrEqual(rate("oncall_min_fte"));
  });
  test("commercial SaaS pays no SRE; a private deployment pays a rota of 4 (16 nodes ÷ 50 → 1)", () => {
    expect(year1({ commercialModel: "saas" })("sreFteCommercial")).toBe(0);
    expect(sre({ commercialModel: "saas" }, "commercial")).toBe(0);
    expect(year1({ commercialModel: "private" })("sreFteCommercial")).toBe(4);
    expect(sre({ commercialModel: "private" }, "commercial")).toBeGreaterThan(0);
  });
});

describe("overrides: a number replaces the rule, \"auto\" keeps it", () => {
  test("client developers, hybrid and commercial SRE can be set", () => {
    const v = year1({ clientFte: 5, sreFteHybrid: 2, sreFteCommercial: 6, commercialModel: "private" });
    expect([v("clientFte"), v("sreFteHybrid"), v("sreFteCommercial")]).toEqual([5, 2, 6]);
    expect(v("maintenanceFteSelfBuild")).toBeCloseTo((7 + 2 + 5) * 0.4 + 0.15, 12); // follows the override
  });
  test("a commercial SRE number applies only to a private deployment", () => {
    expect(year1({ sreFteCommercial: 6, commercialModel: "saas" })("sreFteCommercial")).toBe(0);
  });
  test("the existing overrides still win over the scaled rules", () => {
    const v = year1({ headcount: 50000, buildFteSelfBuild: 8, buildFteHybrid: 2, maintenanceFteSelfBuild: 3, sreFteSelfBuild: 5 });
    expect([v("buildFteSelfBuild"), v("buildFteHybrid"), v("maintenanceFteSelfBuild"), v("sreFteSelfBuild")]).toEqual([8, 2, 3, 5]);
    expect(year1({ headcount: 50000, buildFteSelfBuild: "auto" })("buildFteSelfBuild")).toBe(10);
  });
});
