/**
 * Known answers for every sizing row, at the defaults and in one large case (50,000 staff and every branch
 * switched the other way), worked out here with plain arithmetic from the rules and the rate values, not by
 * the engine. Sizing rows feed both the engine and the workbook, so the LibreOffice cross-check cannot see a
 * wrong one: this test can.
 */
import { computeBudget, RATE_CARD_ENTRIES, SIZING_ROWS } from "../../../src/engine";

/** The rate values the rules use (effective, in CNY: VAT-inclusive CN prices net of 6% VAT, USD at 7.2). */
const RATE = {
  infra_headroom: 0.3,
  domestic_server_factor: 1.3,
  call_peak_factor: 2,
  call_day_minutes: 480,
  kbps_video_360p: 500,
  kbps_video_720p: 2500,
  kbps_video_1080p: 4000,
  max_forwarded_audio: 3,
  kbps_voice: 52,
  max_forwarded_video: 9,
  video_pixels_360p: 230400,
  video_pixels_720p: 921600,
  video_pixels_1080p: 2073600,
  rtc_band_sd_max_pixels: 307200,
  rtc_band_hd_max_pixels: 921600,
  rtc_band_fhd_max_pixels: 2073600,
  rtc_band_2k_max_pixels: 3686400,
  video_overhead_factor: 1.08,
  bytes_per_message: 2000,
  message_fanout: 5,
  kbps_text: 2,
  im_connections_per_node: 5000,
  db_connections_per_replica: 25000,
  sfu_nic_mbps: 700,
  sfu_participants_per_node: 80,
  vms_per_node_db: 2,
  vm_units_per_server: 8,
  server_failover_hosts: 1,
  backup_copies: 2,
  industry_factor_regulated: 2,
  fte_build_selfbuild: 7,
  fte_build_rtc: 2,
  fte_build_hybrid: 3,
  maintenance_min_selfbuild: 3,
  client_codebases: 3,
  fte_per_client_codebase: 1,
  fte_client_codebase_step: 0.5,
  fte_per_extra_region: 1,
  fte_scale_step: 3,
  scale_step1_connections: 30000,
  scale_step2_connections: 100000,
  hybrid_scale_share: 0.5,
  maintenance_fte_per_integration: 0.05,
  feature_person_months: 1,
  integration_person_months: 2,
  sso_person_months: 1,
  maintenance_share_selfbuild: 0.4,
  maintenance_share_hybrid: 0.3,
  oncall_min_fte: 4,
  vms_per_sre: 50,
  users_per_support_fte: 1500,
  security_fte_selfbuild: 1,
};
/** List prices of the four region-dependent prices, as the rate card holds them. */
const PRICE = { vm_month_cn: 350, vm_month_intl: 140.16, colocation_year_cn: 12000, colocation_year_intl: 2400 };
/** RTC video prices per 1,000 minutes by band (SD, HD, Full HD, 2K, 4K): China incl. 6% VAT in CNY, international in USD. */
const RTC_VIDEO = { cn: [12, 24, 90, 112, 252], intl: [1.99, 3.99, 8.99, 15.99, 35.99] };
const VAT_CN = 0.06;
const USD_TO_CNY = 7.2;
/** Gross salaries by labour market in the market's currency, employer loads, and euros per US dollar. */
const SALARY_LIST = {
  cnTier1: { salaryDeveloper: 300000, salaryRtc: 420000, salarySre: 320000, salarySecurity: 350000, salarySupport: 110000, salaryPm: 350000 },
  westernEurope: { salaryDeveloper: 56900, salaryRtc: 65400, salarySre: 57000, salarySecurity: 62600, salarySupport: 42000, salaryPm: 65400 },
};
const LOAD = { cnTier1: 1.4, westernEurope: 1.22 };
const EUR_PER_USD = 0.9184;

/** The requirement defaults the rules read. */
const DEFAULTS = {
  headcount: 5000,
  dauRatio: 0.85,
  peakConcurrencyRatio: 0.6,
  userGrowthRate: 0.05,
  eventPeakAttendees: 3000,
  eventsPerYear: 4,
  eventHours: 2,
  messagesPerUserDay: 80,
  attachmentMBPerUserMonth: 15,
  retentionDays: 365,
  storageReplication: 2,
  voiceMinutesPerUserDay: 18,
  videoMinutesPerUserDay: 12,
  videoResolution: "720p" as "360p" | "720p" | "1080p",
  avgMeetingSize: 4,
  workingDaysPerYear: 250,
  deploymentRegion: "cn" as "cn" | "international",
  labourMarket: "cnTier1" as "cnTier1" | "westernEurope",
  regions: 1,
  latencyTargetMs: 200,
  moderation: true,
  messageRecall: true,
  burnAfterReading: false,
  recording: false,
  translation: false,
  integrations: 3,
  migrateHistory: true,
  legacyAnnualCost: 0,
  industry: "general",
  mlpsLevel: 2,
  domesticTech: false,
  commercialModel: "saas",
  hosting: "cloud",
  goLiveMonthsSelfBuild: 12,
  goLiveMonthsCommercial: 2,
  goLiveMonthsHybrid: 6,
  buildFteSelfBuild: "auto" as number | "auto",
  buildFteHybrid: "auto" as number | "auto",
  maintenanceFteSelfBuild: "auto" as number | "auto",
  maintenanceFteHybrid: "auto" as number | "auto",
  sreFteSelfBuild: "auto" as number | "auto",
  sreFteHybrid: "auto" as number | "auto",
  sreFteCommercial: "auto" as number | "auto",
  clientFte: "auto" as number | "auto",
  supportFte: "auto" as number | "auto",
  securityFte: "auto" as number | "auto",
  horizonYears: 5,
  discountRate: 0.08,
  inflationRate: 0.02,
  salaryGrowthRate: 0.05,
  priceEscalationRate: 0,
  loadFactor: "auto" as number | "auto",
};
type Inputs = typeof DEFAULTS;

/** 50,000 staff, and every switch of the rules the other way. */
const LARGE: Partial<Inputs> = {
  headcount: 50000,
  userGrowthRate: 0.4, // crosses the 30% headroom in year 2
  eventPeakAttendees: 2000,
  videoResolution: "1080p",
  avgMeetingSize: 12,
  deploymentRegion: "international",
  labourMarket: "westernEurope",
  loadFactor: 1.5,
  regions: 3,
  latencyTargetMs: 100,
  moderation: false,
  burnAfterReading: true,
  recording: true,
  translation: true,
  migrateHistory: false,
  legacyAnnualCost: 0,
  industry: "finance",
  mlpsLevel: 3,
  domesticTech: true,
  commercialModel: "private",
  hosting: "onPremise",
  goLiveMonthsSelfBuild: 30,
  buildFteHybrid: 5,
  sreFteCommercial: 6,
  integrations: 10,
  supportFte: 12,
  horizonYears: 4,
  priceEscalationRate: 0.03,
};

/** ROUNDUP(x, 0) for x ≥ 0, ignoring binary noise on exact integers (3900.0000000000005 is 3900). */
const roundup = (x: number): number => Math.ceil(x - 1e-9);
const pos = (x: number): number => Math.max(x, 0);
const auto = (v: number | "auto", fallback: number): number => (v === "auto" ? fallback : v);

type Row = Record<string, number>;
const HEADROOM = 1 + RATE.infra_headroom;
const callMinutes = (inp: Inputs): number => inp.voiceMinutesPerUserDay + inp.videoMinutesPerUserDay;

/** Escalation indices and users for window year w (1 = the project's first twelve months). */
function timeline(inp: Inputs, w: number): Row {
  const index = (g: number): number => (1 + g) ** (w - 1);
  return {
    indexSalary: index(inp.salaryGrowthRate),
    indexCpi: index(inp.inflationRate),
    indexPrice: index(inp.priceEscalationRate),
    users: inp.headcount * index(inp.userGrowthRate),
  };
}

/** Users, traffic and storage in window year w; `usersLastYear` is year w−1's (year 1's own for year 1). */
function demand(inp: Inputs, users: number, usersLastYear: number): Row {
  const dau = users * inp.dauRatio;
  const hasCalls = callMinutes(inp) > 0;
  const peakCallParticipants = (dau * callMinutes(inp) * RATE.call_peak_factor) / RATE.call_day_minutes;
  const videoShare = hasCalls ? inp.videoMinutesPerUserDay / callMinutes(inp) : 0;
  const resolutionKbps = { "360p": RATE.kbps_video_360p, "720p": RATE.kbps_video_720p, "1080p": RATE.kbps_video_1080p }[inp.videoResolution];
  const others = inp.avgMeetingSize - 1;
  const audioEgressKbps = Math.min(others, RATE.max_forwarded_audio) * RATE.kbps_voice;
  const thumbnailStreams = pos(Math.min(inp.avgMeetingSize - 2, RATE.max_forwarded_video - 1));
  const videoEgressKbps = (resolutionKbps + thumbnailStreams * RATE.kbps_video_360p) * RATE.video_overhead_factor;
  const mainStreamPixels = { "360p": RATE.video_pixels_360p, "720p": RATE.video_pixels_720p, "1080p": RATE.video_pixels_1080p }[inp.videoResolution];
  const receivedVideoPixels = mainStreamPixels + thumbnailStreams * RATE.video_pixels_360p;
  const ceilings = [RATE.rtc_band_sd_max_pixels, RATE.rtc_band_hd_max_pixels, RATE.rtc_band_fhd_max_pixels, RATE.rtc_band_2k_max_pixels];
  const rtcVideoBand = 1 + ceilings.filter((c) => receivedVideoPixels > c).length;
  const cn = inp.deploymentRegion === "cn";
  const rtcVideoPrice = cn ? RTC_VIDEO.cn[rtcVideoBand - 1] / (1 + VAT_CN) : RTC_VIDEO.intl[rtcVideoBand - 1] * USD_TO_CNY;
  const messagesYear = dau * inp.messagesPerUserDay * inp.workingDaysPerYear;
  const voiceMinutesYear = dau * inp.voiceMinutesPerUserDay * inp.workingDaysPerYear;
  const videoMinutesYear = dau * inp.videoMinutesPerUserDay * inp.workingDaysPerYear;
  const eventMinutesYear = inp.eventPeakAttendees * inp.eventsPerYear * inp.eventHours * 60;
  const messageStorageGB = (messagesYear * RATE.bytes_per_message * inp.retentionDays * inp.storageReplication) / (365 * 1e9);
  const attachmentStorageGB = (users * inp.attachmentMBPerUserMonth * inp.retentionDays * inp.storageReplication) / 30000;
  return {
    newUsers: pos(users - usersLastYear),
    dau,
    peakConnections: Math.max(dau * inp.peakConcurrencyRatio, inp.eventPeakAttendees),
    messagesYear,
    voiceMinutesYear,
    videoMinutesYear,
    peakCallParticipants,
    videoShare,
    resolutionKbps,
    thumbnailStreams,
    mainStreamPixels,
    receivedVideoPixels,
    rtcVideoBand,
    rtcVideoPrice,
    audioEgressKbps,
    videoEgressKbps,
    peakMediaMbps: (peakCallParticipants * (audioEgressKbps + videoShare * videoEgressKbps)) / 1000,
    mediaEgressGB: ((voiceMinutesYear * audioEgressKbps + videoMinutesYear * (audioEgressKbps + videoEgressKbps)) * 60) / 8e6,
    chatEgressGB: (messagesYear * RATE.bytes_per_message * RATE.message_fanout) / 1e9 + (dau * RATE.kbps_text * 60 * RATE.call_day_minutes * inp.workingDaysPerYear) / 8e6,
    eventMinutesYear,
    eventEgressGB: (eventMinutesYear * resolutionKbps * 60) / 8e6,
    messageStorageGB,
    attachmentStorageGB,
    storageGB: messageStorageGB + attachmentStorageGB,
  };
}

/** Nodes, compute units, servers and their unit cost for a year's demand. */
function capacity(inp: Inputs, d: Row): Row {
  const cn = inp.deploymentRegion === "cn";
  // CN prices include 6% VAT, which is recoverable by default; USD prices carry no VAT and convert at 7.2.
  const vmMonth = cn ? PRICE.vm_month_cn / (1 + VAT_CN) : PRICE.vm_month_intl * USD_TO_CNY;
  const colocationYear = cn ? PRICE.colocation_year_cn / (1 + VAT_CN) : PRICE.colocation_year_intl * USD_TO_CNY;
  const domestic = inp.domesticTech ? RATE.domestic_server_factor : 1;
  const imNodes = roundup((roundup((d.peakConnections * HEADROOM) / RATE.im_connections_per_node) + inp.regions) * domestic);
  const dbNodes = 1 + roundup((d.peakConnections * HEADROOM) / RATE.db_connections_per_replica) + inp.regions - 1;
  const mediaSites = (inp.latencyTargetMs < 150 ? 2 : 1) * inp.regions;
  const mediaForCapacity = Math.max(roundup((d.peakMediaMbps * HEADROOM) / RATE.sfu_nic_mbps), roundup((d.peakCallParticipants * HEADROOM) / RATE.sfu_participants_per_node), mediaSites);
  const mediaNodes = callMinutes(inp) > 0 ? roundup((mediaForCapacity + 1) * domestic) : 0;
  const computeUnits = imNodes + dbNodes * RATE.vms_per_node_db + mediaNodes;
  const hybridUnits = Math.max(2, roundup(imNodes / 2)) + RATE.vms_per_node_db;
  return {
    imNodes,
    dbNodes,
    mediaNodes,
    computeUnits,
    hybridUnits,
    // One cluster per site (an even share of the units each) plus a spare host; hybrid's own services in one cluster.
    physicalServersFull: inp.regions * (roundup(computeUnits / inp.regions / RATE.vm_units_per_server) + RATE.server_failover_hosts),
    physicalServersHybrid: roundup(hybridUnits / RATE.vm_units_per_server) + RATE.server_failover_hosts,
    backupTBFull: ((d.storageGB / inp.storageReplication) * RATE.backup_copies) / 1000,
    backupTBHybrid: ((d.attachmentStorageGB / inp.storageReplication) * RATE.backup_copies) / 1000,
    unitYearCost: inp.hosting === "onPremise" ? colocationYear / RATE.vm_units_per_server : vmMonth * 12,
  };
}

/** Staffing and feature counts. */
function staffing(inp: Inputs, users: number, c: Row): Row {
  const ownsSystems = inp.commercialModel === "private" ? 1 : 0;
  const designConnections = Math.max(inp.headcount * inp.dauRatio * inp.peakConcurrencyRatio, inp.eventPeakAttendees) * HEADROOM;
  const scaleSteps = (designConnections > RATE.scale_step1_connections ? 1 : 0) + (designConnections > RATE.scale_step2_connections ? 1 : 0);
  const serverIncrements = (inp.regions - 1) * RATE.fte_per_extra_region + scaleSteps * RATE.fte_scale_step;
  const buildFteSelfBuild = auto(inp.buildFteSelfBuild, RATE.fte_build_selfbuild + serverIncrements);
  const rtcFteSelfBuild = callMinutes(inp) > 0 ? RATE.fte_build_rtc : 0;
  const clientFte = auto(inp.clientFte, RATE.client_codebases * (RATE.fte_per_client_codebase + scaleSteps * RATE.fte_client_codebase_step));
  const buildFteHybrid = auto(inp.buildFteHybrid, RATE.fte_build_hybrid + RATE.hybrid_scale_share * serverIncrements);
  const upkeep = inp.integrations * RATE.maintenance_fte_per_integration;
  const onCall = (units: number): number => Math.max(RATE.oncall_min_fte, roundup(units / RATE.vms_per_sre));
  const specialFeatures = [inp.moderation, inp.messageRecall, inp.burnAfterReading, inp.recording, inp.translation].filter(Boolean).length;
  const effort = specialFeatures * RATE.feature_person_months + inp.integrations * RATE.integration_person_months + RATE.sso_person_months;
  return {
    industryFactor: inp.industry === "general" ? 1 : RATE.industry_factor_regulated,
    ownsSystems,
    designConnections,
    scaleSteps,
    buildFteSelfBuild,
    rtcFteSelfBuild,
    clientFte,
    buildFteHybrid,
    maintenanceFteSelfBuild: auto(inp.maintenanceFteSelfBuild, Math.max(RATE.maintenance_min_selfbuild, (buildFteSelfBuild + rtcFteSelfBuild + clientFte) * RATE.maintenance_share_selfbuild + upkeep)),
    maintenanceFteHybrid: auto(inp.maintenanceFteHybrid, Math.max(1, (buildFteHybrid + clientFte) * RATE.maintenance_share_hybrid + upkeep)),
    sreFteSelfBuild: auto(inp.sreFteSelfBuild, onCall(c.computeUnits)),
    sreFteHybrid: auto(inp.sreFteHybrid, onCall(c.hybridUnits)),
    sreFteCommercial: ownsSystems ? auto(inp.sreFteCommercial, onCall(c.computeUnits)) : 0,
    supportFte: auto(inp.supportFte, users / RATE.users_per_support_fte),
    securityFte: auto(inp.securityFte, RATE.security_fte_selfbuild + (inp.mlpsLevel === 3 ? 0.5 : 0)),
    specialFeatures,
    buildTeamSelfBuild: buildFteSelfBuild + rtcFteSelfBuild + clientFte + effort / Math.max(inp.goLiveMonthsSelfBuild, 1),
    buildTeamHybrid: buildFteHybrid + clientFte + effort / Math.max(inp.goLiveMonthsHybrid, 1),
    premiumModules: [inp.recording, inp.translation].filter(Boolean).length,
    hasLegacySystem: inp.legacyAnnualCost > 0 || inp.migrateHistory ? 1 : 0,
  };
}

/** Salaries in CNY (euros → dollars → yuan) and the employer load of the chosen labour market. */
function labour(inp: Inputs): Row {
  const toCny = inp.labourMarket === "cnTier1" ? 1 : USD_TO_CNY / EUR_PER_USD;
  const salaries = Object.fromEntries(Object.entries(SALARY_LIST[inp.labourMarket]).map(([k, v]) => [k, v * toCny]));
  return { employerLoad: auto(inp.loadFactor, LOAD[inp.labourMarket]), ...salaries };
}

/** Every sizing row for window years 1 … horizon (index 0 = year 1), written out from the rules. */
function expected(inp: Inputs): Row[] {
  const years: Row[] = [];
  for (let t = 1; t <= inp.horizonYears; t++) {
    const time = timeline(inp, t);
    const users = time.users;
    const usersLastYear = t === 1 ? users : years[t - 2].users;
    const d = demand(inp, users, usersLastYear);
    const c = capacity(inp, d);
    const scaleOutYear = t >= 2 && users > inp.headcount * HEADROOM && usersLastYear <= inp.headcount * HEADROOM ? 1 : 0;
    years.push({ ...time, ...labour(inp), ...d, ...c, scaleOutYear, ...staffing(inp, users, c) });
  }
  return years;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-9, 1e-12 * Math.abs(b));

test("the rate values assumed here are the rate card's", () => {
  for (const [key, value] of Object.entries({ ...RATE, ...PRICE })) {
    const entry = RATE_CARD_ENTRIES.find((e) => e.key === key)!;
    expect({ key, list: Number(entry.list), discount: entry.discount }).toEqual({ key, list: value, discount: 0 });
  }
  for (const key of ["vm_month_cn", "colocation_year_cn"]) expect(RATE_CARD_ENTRIES.find((e) => e.key === key)).toMatchObject({ currency: "CNY", vatRate: VAT_CN, listIncludesVat: true });
  for (const key of ["vm_month_intl", "colocation_year_intl"]) expect(RATE_CARD_ENTRIES.find((e) => e.key === key)).toMatchObject({ currency: "USD", listIncludesVat: false });
  ["360p", "720p", "1080p", "2k", "4k"].forEach((band, i) => {
    expect(RATE_CARD_ENTRIES.find((e) => e.key === `rtc_video_${band}_min_cn`)).toMatchObject({ list: String(RTC_VIDEO.cn[i]), discount: 0, currency: "CNY", vatRate: VAT_CN, listIncludesVat: true });
    expect(RATE_CARD_ENTRIES.find((e) => e.key === `rtc_video_${band}_min_intl`)).toMatchObject({ list: String(RTC_VIDEO.intl[i]), discount: 0, currency: "USD", listIncludesVat: false });
  });
});

test("every sizing row has a known answer here", () => {
  expect(Object.keys(expected(DEFAULTS)[0]).sort()).toEqual(SIZING_ROWS.map((r) => r.key).sort());
});

describe.each([
  ["defaults", {}],
  ["50,000 staff, every branch the other way", LARGE],
  // Calls are there when the minutes add up to more than 0, whichever kind they are; none means no media at all.
  ["video calls only", { voiceMinutesPerUserDay: 0 }],
  ["no calls", { voiceMinutesPerUserDay: 0, videoMinutesPerUserDay: 0 }],
] as const)("%s", (_name, changes) => {
  const inputs: Inputs = { ...DEFAULTS, ...changes };
  const want = expected(inputs);
  const got = computeBudget(changes).sizing;

  test.each(SIZING_ROWS.map((r) => r.key))("%s, every year", (key) => {
    expect(got).toHaveLength(inputs.horizonYears);
    want.forEach((row, t) => {
      const value = got[t].get(key)!.toNumber();
      expect({ key, t, value, ok: close(value, row[key]) }).toEqual({ key, t, value: expect.any(Number), ok: true });
    });
  });
});

test("the two cases take the branches they are meant to (so a swapped max/min or comparison shows)", () => {
  const d = expected(DEFAULTS);
  const l = expected({ ...DEFAULTS, ...LARGE });
  expect(d[0].peakConnections).toBe(3000); // the event peak is above the daily peak (2,550)
  expect(l[0].peakConnections).toBeCloseTo(25500, 6); // the daily peak is above the event peak
  expect(l.map((y) => y.scaleOutYear)).toEqual([0, 1, 0, 0]); // window year 2 crosses the 30% headroom
  expect(l[0].mediaNodes).toBeGreaterThan(0);
  expect(l[0].unitYearCost).toBeCloseTo((2400 * 7.2) / 8, 9);
  expect(d[0].unitYearCost).toBeCloseTo((350 / 1.06) * 12, 9);
});
