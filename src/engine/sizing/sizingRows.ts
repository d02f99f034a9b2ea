import type { Expr } from "../expression/Expr";
import { LABOUR_ROWS } from "./labourRows";
import { add, and, byRegion, cmp, div, iff, input, max, min, mul, or, override, positive, pow, rate, roundup, sizing, sub, text, when, year } from "../expression/build";

/** A derived quantity by window year (Sizing sheet row): demand, capacity, staffing and escalation indices. */
export interface SizingRow {
  readonly key: string;
  readonly label: { readonly en: string; readonly zh: string };
  readonly unit: string;
  readonly expr: Expr;
}

const row = (key: string, en: string, zh: string, unit: string, expr: Expr): SizingRow => ({ key, label: { en, zh }, unit, expr });
const S = (key: string): Expr => sizing(key);
const I = (key: string): Expr => input(key);
const R = (key: string): Expr => rate(key);
const headroom = add(1, R("infra_headroom"));
/** Window years since the first (0 in the project's first twelve months): the exponent of growth and escalation. */
const yearsSinceFirst = sub(year, 1);
const growthIndex = (rateKey: string): Expr => pow(add(1, I(rateKey)), yearsSinceFirst);
const domestic = iff(I("domesticTech"), R("domestic_server_factor"), 1);
const hasCalls = cmp(">", add(I("voiceMinutesPerUserDay"), I("videoMinutesPerUserDay")), 0);
/** Server-side build increments: each site beyond the first, each scale step. */
const serverIncrements = add(mul(sub(I("regions"), 1), R("fte_per_extra_region")), mul(S("scaleSteps"), R("fte_scale_step")));
/** Upkeep of the connected systems (their APIs and credentials change). */
const integrationUpkeep = mul(I("integrations"), R("maintenance_fte_per_integration"));
/** A 24×7 rota at least, and one SRE per so many nodes beyond it. */
const onCallTeam = (units: Expr): Expr => max(R("oncall_min_fte"), roundup(div(units, R("vms_per_sre"))));
/** Build effort of features, integrations and SSO (person-months) as people over a path's build months. */
const effortFte = (goLiveKey: string): Expr =>
  div(add(mul(S("specialFeatures"), R("feature_person_months")), mul(I("integrations"), R("integration_person_months")), R("sso_person_months")), max(I(goLiveKey), 1));

/** RTC video bands, lowest first: price-list name (rtc_video_<name>_min_cn / _intl) and the rate holding its pixel ceiling. */
const RTC_BANDS: readonly (readonly [string, string | null])[] = [
  ["360p", "rtc_band_sd_max_pixels"],
  ["720p", "rtc_band_hd_max_pixels"],
  ["1080p", "rtc_band_fhd_max_pixels"],
  ["2k", "rtc_band_2k_max_pixels"],
  ["4k", null],
];
const bandPrice = (name: string): Expr => byRegion(`rtc_video_${name}_min_cn`, `rtc_video_${name}_min_intl`);
/** The price of the lowest band whose ceiling holds the pixels received; the last band is open. */
const rtcBandPrice = (pixels: Expr): Expr =>
  RTC_BANDS.reduceRight<Expr | null>((rest, [name, ceiling]) => (rest === null || ceiling === null ? bandPrice(name) : iff(cmp("<=", pixels, R(ceiling)), bandPrice(name), rest)), null)!;
/** The band's number (1 = SD … 5 = 4K): one plus the ceilings the pixels exceed. */
const rtcBandNumber = (pixels: Expr): Expr => add(1, ...RTC_BANDS.flatMap(([, ceiling]) => (ceiling === null ? [] : [cmp(">", pixels, R(ceiling))])));

/** In dependency order: a row refers only to rows above it. */
export const SIZING_ROWS: readonly SizingRow[] = [
  // Escalation indices by window year (twelve-month blocks from the project start).
  row("indexSalary", "Salary index", "薪资指数", "×", growthIndex("salaryGrowthRate")),
  row("indexCpi", "Inflation index", "通胀指数", "×", growthIndex("inflationRate")),
  row("indexPrice", "Vendor price index", "价格指数", "×", growthIndex("priceEscalationRate")),
  // Salaries and employer load of the chosen labour market.
  ...LABOUR_ROWS,
  // Demand
  row("users", "Users (headcount with growth)", "用户数（含增长）", "users", mul(I("headcount"), pow(add(1, I("userGrowthRate")), yearsSinceFirst))),
  row("newUsers", "New users in the year", "当年新增用户", "users", positive(sub(S("users"), sizing("users", 1)))),
  row("dau", "Daily active users", "日活跃用户", "users", mul(S("users"), I("dauRatio"))),
  row("peakConnections", "Peak concurrent connections (incl. event peak)", "峰值并发连接（含活动峰值）", "connections", max(mul(S("dau"), I("peakConcurrencyRatio")), I("eventPeakAttendees"))),
  row("messagesYear", "Messages per year", "年消息量", "messages", mul(S("dau"), I("messagesPerUserDay"), I("workingDaysPerYear"))),
  row("voiceMinutesYear", "Voice participant-minutes per year", "年语音通话人分钟", "minutes", mul(S("dau"), I("voiceMinutesPerUserDay"), I("workingDaysPerYear"))),
  row("videoMinutesYear", "Video participant-minutes per year", "年视频通话人分钟", "minutes", mul(S("dau"), I("videoMinutesPerUserDay"), I("workingDaysPerYear"))),
  row("peakCallParticipants", "Participants in calls at the busiest hour", "忙时通话人数", "participants", div(mul(S("dau"), add(I("voiceMinutesPerUserDay"), I("videoMinutesPerUserDay")), R("call_peak_factor")), R("call_day_minutes"))),
  row("videoShare", "Share of call minutes with video", "视频通话分钟占比", "share", iff(hasCalls, div(I("videoMinutesPerUserDay"), add(I("voiceMinutesPerUserDay"), I("videoMinutesPerUserDay"))), 0)),
  row("resolutionKbps", "Main video stream at the chosen resolution", "所选分辨率的视频码流", "kbps", iff(cmp("=", I("videoResolution"), text("360p")), R("kbps_video_360p"), iff(cmp("=", I("videoResolution"), text("720p")), R("kbps_video_720p"), R("kbps_video_1080p")))),
  // The video layout each participant receives (one speaker at the chosen resolution plus 360p thumbnails):
  // the SFU egress above and the RTC vendors' billing band below both read it.
  row("thumbnailStreams", "360p thumbnails received per participant", "每人接收的 360p 小窗路数", "streams", positive(sub(min(sub(I("avgMeetingSize"), 1), R("max_forwarded_video")), 1))),
  row("mainStreamPixels", "Pixels of the main stream at the chosen resolution", "所选分辨率主画面像素", "pixels", iff(cmp("=", I("videoResolution"), text("360p")), R("video_pixels_360p"), iff(cmp("=", I("videoResolution"), text("720p")), R("video_pixels_720p"), R("video_pixels_1080p")))),
  row("receivedVideoPixels", "Video pixels received per participant (main + thumbnails)", "每人接收视频像素合计（主画面+小窗）", "pixels", add(S("mainStreamPixels"), mul(S("thumbnailStreams"), R("video_pixels_360p")))),
  // RTC vendors bill each participant's video minutes at the band of the total resolution received.
  row("rtcVideoBand", "RTC billing band of the received video (1 SD … 5 4K)", "RTC 接收视频计费档（1 标清 … 5 4K）", "band", rtcBandNumber(S("receivedVideoPixels"))),
  row("rtcVideoPrice", "RTC video price at that band", "该档 RTC 视频单价", "currency per 1,000 minutes", rtcBandPrice(S("receivedVideoPixels"))),
  row("audioEgressKbps", "Audio received per participant", "每人接收音频码率", "kbps", mul(min(sub(I("avgMeetingSize"), 1), R("max_forwarded_audio")), R("kbps_voice"))),
  row("videoEgressKbps", "Video received per participant (speaker + 360p tiles)", "每人接收视频码率（主讲+360p 小窗）", "kbps", mul(add(S("resolutionKbps"), mul(S("thumbnailStreams"), R("kbps_video_360p"))), R("video_overhead_factor"))),
  row("peakMediaMbps", "SFU egress at the busiest hour", "忙时媒体出口带宽", "Mbps", div(mul(S("peakCallParticipants"), add(S("audioEgressKbps"), mul(S("videoShare"), S("videoEgressKbps")))), 1000)),
  row("mediaEgressGB", "Media egress per year", "年媒体出流量", "GB", div(mul(add(mul(S("voiceMinutesYear"), S("audioEgressKbps")), mul(S("videoMinutesYear"), add(S("audioEgressKbps"), S("videoEgressKbps")))), 60), 8000000)),
  row("chatEgressGB", "Chat delivery and signalling egress per year", "年消息投递与信令流量", "GB", add(div(mul(S("messagesYear"), R("bytes_per_message"), R("message_fanout")), 1e9), div(mul(S("dau"), R("kbps_text"), 60, R("call_day_minutes"), I("workingDaysPerYear")), 8000000))),
  row("eventMinutesYear", "Live-event viewer-minutes per year", "年直播观看人分钟", "minutes", mul(I("eventPeakAttendees"), I("eventsPerYear"), I("eventHours"), 60)),
  row("eventEgressGB", "Live-event CDN traffic per year", "年直播 CDN 流量", "GB", div(mul(S("eventMinutesYear"), S("resolutionKbps"), 60), 8000000)),
  row("messageStorageGB", "Message storage over retention × copies", "消息存储（保留期×副本）", "GB", div(mul(S("dau"), I("messagesPerUserDay"), I("workingDaysPerYear"), R("bytes_per_message"), I("retentionDays"), I("storageReplication")), mul(R("days_per_year"), 1e9))),
  row("attachmentStorageGB", "Attachment storage over retention × copies", "附件存储（保留期×副本）", "GB", div(mul(S("users"), I("attachmentMBPerUserMonth"), I("retentionDays"), I("storageReplication")), mul(R("days_per_month"), 1000))),
  row("storageGB", "Storage", "存储总量", "GB", add(S("messageStorageGB"), S("attachmentStorageGB"))),
  // Capacity: peak × (1 + headroom), N+1 per site
  row("imNodes", "Chat server nodes (4 vCPU)", "IM 服务节点（4核）", "nodes", roundup(mul(add(roundup(div(mul(S("peakConnections"), headroom), R("im_connections_per_node"))), I("regions")), domestic))),
  row("dbNodes", "Database nodes (writer + replicas)", "数据库节点（主+副本）", "nodes", add(1, roundup(div(mul(S("peakConnections"), headroom), R("db_connections_per_replica"))), sub(I("regions"), 1))),
  row("mediaNodes", "Media nodes (SFU/TURN)", "媒体节点（SFU/TURN）", "nodes", when(hasCalls, roundup(mul(add(max(roundup(div(mul(S("peakMediaMbps"), headroom), R("sfu_nic_mbps"))), roundup(div(mul(S("peakCallParticipants"), headroom), R("sfu_participants_per_node"))), mul(iff(cmp("<", I("latencyTargetMs"), R("latency_local_media_ms")), R("media_nodes_per_local_site"), 1), I("regions"))), 1), domestic)))),
  row("computeUnits", "Compute units for a full own deployment (4 vCPU)", "完整自有部署算力单元（4核）", "units", add(S("imNodes"), mul(S("dbNodes"), R("vms_per_node_db")), S("mediaNodes"))),
  row("hybridUnits", "Compute units for hybrid own services (4 vCPU)", "混合方案自有服务算力单元（4核）", "units", add(max(R("hybrid_units_min"), roundup(mul(S("imNodes"), R("hybrid_im_node_share")))), R("vms_per_node_db"))),
  // On-premise: VMs packed by density into one cluster per site, each with a spare host (N+1)
  row("physicalServersFull", "Physical servers for a full own deployment (a cluster per site, N+1)", "完整自有部署物理服务器（每站点一个集群，N+1）", "servers", mul(I("regions"), add(roundup(div(S("computeUnits"), mul(I("regions"), R("vm_units_per_server")))), R("server_failover_hosts")))),
  row("physicalServersHybrid", "Physical servers for hybrid own services (one cluster, N+1)", "混合方案物理服务器（一个集群，N+1）", "servers", add(roundup(div(S("hybridUnits"), R("vm_units_per_server"))), R("server_failover_hosts"))),
  row("backupTBFull", "Backup storage for a full own deployment", "完整自有部署备份存储", "TB", div(mul(div(S("storageGB"), I("storageReplication")), R("backup_copies")), 1000)),
  row("backupTBHybrid", "Backup storage for hybrid own services (attachments)", "混合方案备份存储（附件）", "TB", div(mul(div(S("attachmentStorageGB"), I("storageReplication")), R("backup_copies")), 1000)),
  row("unitYearCost", "Running cost per compute unit per year", "每算力单元年运行成本", "currency", iff(cmp("=", I("hosting"), text("onPremise")), div(byRegion("colocation_year_cn", "colocation_year_intl"), R("vm_units_per_server")), mul(byRegion("vm_month_cn", "vm_month_intl"), 12))),
  row("scaleOutYear", "Growth crosses the designed capacity this year", "当年用户增长超出设计容量", "flag", and(cmp(">", year, 1), cmp(">", S("users"), mul(I("headcount"), headroom)), cmp("<=", sizing("users", 1), mul(I("headcount"), headroom)))),
  row("industryFactor", "Security and compliance multiplier for the industry", "行业安全合规系数", "×", iff(cmp("=", I("industry"), text("general")), 1, R("industry_factor_regulated"))),
  row("ownsSystems", "Commercial path runs its own servers (private deployment)", "商业方案是否自有部署（私有化）", "flag", cmp("=", I("commercialModel"), text("private"))),
  // Staffing, derived from scale by sourced rules unless overridden on the Inputs sheet
  // Build teams grow with their drivers; each coefficient is a sourced rate (Rate sheet), each row overridable.
  row("designConnections", "Concurrent connections the design carries (first-year peak with headroom)", "设计承载并发连接（首年峰值含余量）", "connections", mul(max(mul(I("headcount"), I("dauRatio"), I("peakConcurrencyRatio")), I("eventPeakAttendees")), headroom)),
  row("scaleSteps", "Scale steps crossed (larger cluster class: sharding, read replicas, cache)", "跨越的规模台阶（更大集群：分片、只读副本、缓存）", "steps", add(iff(cmp(">", S("designConnections"), R("scale_step1_connections")), 1, 0), iff(cmp(">", S("designConnections"), R("scale_step2_connections")), 1, 0))),
  row("buildFteSelfBuild", "Build team: self-build (server side: core + sites + scale)", "建设团队：自建（服务端：核心 + 站点 + 规模）", "FTE", override("buildFteSelfBuild", add(R("fte_build_selfbuild"), serverIncrements))),
  row("rtcFteSelfBuild", "Media engineers: self-build", "音视频工程师：自建", "FTE", when(hasCalls, R("fte_build_rtc"))),
  row("clientFte", "Client app developers (per code base, more at scale)", "客户端开发（按代码库，规模越大越多）", "FTE", override("clientFte", mul(R("client_codebases"), add(R("fte_per_client_codebase"), mul(S("scaleSteps"), R("fte_client_codebase_step")))))),
  row("buildFteHybrid", "Build team: hybrid (server side: core + share of sites and scale)", "建设团队：混合（服务端：核心 + 站点与规模的一部分）", "FTE", override("buildFteHybrid", add(R("fte_build_hybrid"), mul(R("hybrid_scale_share"), serverIncrements)))),
  row("maintenanceFteSelfBuild", "Maintenance developers: self-build", "维护开发：自建", "FTE", override("maintenanceFteSelfBuild", max(R("maintenance_min_selfbuild"), add(mul(add(S("buildFteSelfBuild"), S("rtcFteSelfBuild"), S("clientFte")), R("maintenance_share_selfbuild")), integrationUpkeep)))),
  row("maintenanceFteHybrid", "Maintenance developers: hybrid", "维护开发：混合", "FTE", override("maintenanceFteHybrid", max(1, add(mul(add(S("buildFteHybrid"), S("clientFte")), R("maintenance_share_hybrid")), integrationUpkeep)))),
  // 24×7 on-call for every path that runs its own services: at least the rota, more with the nodes.
  row("sreFteSelfBuild", "SRE on-call: self-build", "运维值班：自建", "FTE", override("sreFteSelfBuild", onCallTeam(S("computeUnits")))),
  row("sreFteHybrid", "SRE on-call: hybrid (own services)", "运维值班：混合（自有服务）", "FTE", override("sreFteHybrid", onCallTeam(S("hybridUnits")))),
  row("sreFteCommercial", "SRE on-call: commercial private deployment", "运维值班：商业私有化", "FTE", when(S("ownsSystems"), override("sreFteCommercial", onCallTeam(S("computeUnits"))))),
  row("supportFte", "Helpdesk staff", "客服支持人员", "FTE", override("supportFte", div(S("users"), R("users_per_support_fte")))),
  row("securityFte", "Security staff for own systems (self-build; half for hybrid and private)", "自有系统安全人员（自建；混合和私有化减半）", "FTE", override("securityFte", add(R("security_fte_selfbuild"), when(cmp("=", I("mlpsLevel"), 3), R("security_fte_mlps3_extra"))))),
  row("specialFeatures", "Special features needing own development", "需自研的特殊功能数", "features", add(iff(I("moderation"), 1, 0), iff(I("messageRecall"), 1, 0), iff(I("burnAfterReading"), 1, 0), iff(I("recording"), 1, 0), iff(I("translation"), 1, 0))),
  row("buildTeamSelfBuild", "Build team in total: self-build (incl. features, integrations, SSO as people over the build)", "建设团队合计：自建（含功能、集成、SSO 折合建设期人数）", "FTE", add(S("buildFteSelfBuild"), S("rtcFteSelfBuild"), S("clientFte"), effortFte("goLiveMonthsSelfBuild"))),
  row("buildTeamHybrid", "Build team in total: hybrid (incl. features, integrations, SSO as people over the build)", "建设团队合计：混合（含功能、集成、SSO 折合建设期人数）", "FTE", add(S("buildFteHybrid"), S("clientFte"), effortFte("goLiveMonthsHybrid"))),
  row("premiumModules", "Premium modules bought (recording, translation)", "购买的增值模块（录制、翻译）", "modules", add(iff(I("recording"), 1, 0), iff(I("translation"), 1, 0))),
  row("hasLegacySystem", "An old system is replaced", "需替换旧系统", "flag", or(cmp(">", I("legacyAnnualCost"), 0), I("migrateHistory"))),
];
