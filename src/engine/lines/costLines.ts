import type { Expr } from "../expression/Expr";
import type { TimingProfile } from "../calendar/timingProfile";
import { add, and, banded, byRegion, cmp, div, graduated, iff, input, line, max, mul, not, num, positive, rate, roundup, sizing, sub, text, when } from "../expression/build";
import type { LineItem } from "./LineItem";
import type { SalaryRole } from "../rateCard/labourMarketEntries";
import { employerLoad, salaryOf } from "../sizing/labourRows";
import { saasAddOnsYear, saasExitReserveYear, saasSubscriptionYear, saasSupportYear } from "../offers/saasOfferExprs";

const S = (key: string): Expr => sizing(key);
const I = (key: string): Expr => input(key);
const R = (key: string): Expr => rate(key);

const isCn = cmp("=", I("deploymentRegion"), text("cn"));
const onPremise = cmp("=", I("hosting"), text("onPremise"));
const privateDeployment = S("ownsSystems");
/** Yearly employer cost of `fte` people in a role, at the chosen labour market's salary and load. */
const staff = (fte: Expr | number, role: SalaryRole): Expr => mul(fte, salaryOf(role), employerLoad);
/** Employer cost of person-months in a role, at the chosen labour market's salary and load. */
const personMonths = (months: Expr, role: SalaryRole): Expr => mul(div(months, 12), salaryOf(role), employerLoad);
const goLiveMonths = { selfBuild: I("goLiveMonthsSelfBuild"), commercial: I("goLiveMonthsCommercial"), hybrid: I("goLiveMonthsHybrid") };
/** The same amount on every path, each scaled by its own factor (in-service share, go-live year …). */
const perPath = (f: (p: "selfBuild" | "commercial" | "hybrid") => Expr) => ({ selfBuild: f("selfBuild"), commercial: f("commercial"), hybrid: f("hybrid") });

/** Video minutes are billed at the band of the total resolution each participant receives (Sizing). */
const rtcVideoRate = sizing("rtcVideoPrice");
const rtcAudioRate = byRegion("rtc_audio_min_cn", "rtc_audio_min_intl");
const domesticLicenceFactor = add(1, when(I("domesticTech"), R("domestic_licence_uplift")));
const privateSeatPrice = mul(byRegion("private_licence_seat_cn", "private_licence_seat_intl"), domesticLicenceFactor);
const usageModules = add(
  when(I("moderation"), div(mul(S("messagesYear"), byRegion("moderation_1000_msgs_cn", "moderation_1000_msgs_intl")), 1000)),
  when(I("recording"), div(mul(S("videoMinutesYear"), R("recording_share"), byRegion("recording_min_cn", "recording_min_intl")), 1000)),
  when(I("translation"), div(mul(S("messagesYear"), R("translation_share"), R("chars_per_message"), R("translation_million_chars")), 1000000)),
);
/** Own apps pay a push aggregator band by online devices (China) and verification SMS. */
const pushAndSms = add(
  when(isCn, banded(S("peakConnections"), [["push_band1_online", "push_band1_year_cn"], ["push_band2_online", "push_band2_year_cn"], ["push_band3_online", "push_band3_year_cn"], [null, "push_band4_year_cn"]])),
  mul(S("users"), R("sms_per_user_year"), byRegion("sms_cn", "sms_intl")),
);
const mlpsLevel = I("mlpsLevel");
const mlpsAssessment = iff(cmp("=", mlpsLevel, 3), R("mlps_assessment_l3"), iff(cmp("=", mlpsLevel, 2), R("mlps_assessment_l2"), 0));
const mlpsBeforeGoLive = add(iff(cmp("=", mlpsLevel, 3), R("mlps_remediation_l3"), iff(cmp("=", mlpsLevel, 2), R("mlps_remediation_l2"), 0)), mlpsAssessment);
/** Level 3 is assessed every year, level 2 every two years. */
const mlpsEveryYears = iff(cmp("=", mlpsLevel, 3), R("mlps_interval_years_l3"), R("mlps_interval_years_l2"));
const regulated = cmp("<>", I("industry"), text("general"));
const serverPrice = byRegion("server_cn", "server_intl");
/** Network kit for on-premise servers: a share of their price, at least a redundant kit at each site. */
const networkKit = (servers: Expr, sites: Expr | number): Expr => max(mul(R("network_share_of_servers"), servers, serverPrice), mul(sites, byRegion("network_site_min_cn", "network_site_min_intl")));
const backupPrice = byRegion("backup_tb_cn", "backup_tb_intl");
const commercialVendorFees = add(line("saasSeats"), line("licenceMaintenance"), line("addOnModules"));
const hybridVendorFees = add(line("imPlatformFees"), line("rtcMinutes"), line("addOnModules"));
/** The build cost of own code (development team and client apps over the build months), before escalation. */
const ownBuild = (p: "selfBuild" | "hybrid"): Expr => mul(add(line("developmentTeam"), line("clientApps")), div(goLiveMonths[p], 12));
const complianceLines = add(line("mlpsAssessments"), line("certificationSurveillance"), line("securityTooling"));
/** Months of the old system's parallel run after go-live (weeks → whole months). */
const parallelRunMonths = roundup(div(mul(R("parallel_run_weeks"), 12), R("weeks_per_year")));

const RUNNING: TimingProfile = { kind: "running" };
const BUILD: TimingProfile = { kind: "build" };
const BUILD_EFFORT: TimingProfile = { kind: "buildEffort" };
const BEFORE_GO_LIVE: TimingProfile = { kind: "beforeGoLive" };

type Text = { en: string; zh: string };
const t = (en: string, zh: string): Text => ({ en, zh });

/**
 * Every cost line of the three paths, in sheet order. Lines refer only to lines above them. The amounts
 * are per year before the timing flag and escalation index, in the budget currency.
 */
export const COST_LINES: readonly LineItem[] = [
  // ── Infrastructure 基础设施 ──
  {
    id: "appServers", category: "infrastructure", timing: RUNNING, asset: null, escalation: "price", contingency: "metered",
    label: t("Chat / application servers", "IM / 应用服务器"), consideration: t("Peak connections × (1 + headroom) ÷ node capacity, N+1 per site", "峰值连接×(1+余量)÷单节点容量，每站点 N+1"),
    amount: { selfBuild: mul(S("imNodes"), S("unitYearCost")), commercial: when(privateDeployment, mul(S("imNodes"), S("unitYearCost"))), hybrid: mul(S("hybridUnits"), S("unitYearCost")) },
  },
  {
    id: "database", category: "infrastructure", timing: RUNNING, asset: null, escalation: "price", contingency: "metered",
    label: t("Database", "数据库"), consideration: t("Writer plus read replicas by concurrent users", "按并发用户配置主库与只读副本"),
    amount: { selfBuild: mul(S("dbNodes"), R("vms_per_node_db"), S("unitYearCost")), commercial: when(privateDeployment, mul(S("dbNodes"), R("vms_per_node_db"), S("unitYearCost"))) },
  },
  {
    id: "mediaServers", category: "infrastructure", timing: RUNNING, asset: null, escalation: "price", contingency: "metered",
    label: t("Media servers (SFU/TURN)", "媒体服务器（SFU/TURN）"), consideration: t("Busy-hour call participants and SFU egress", "忙时通话人数与 SFU 出口带宽"),
    amount: { selfBuild: mul(S("mediaNodes"), S("unitYearCost")), commercial: when(privateDeployment, mul(S("mediaNodes"), S("unitYearCost"))) },
  },
  {
    id: "bandwidth", category: "infrastructure", timing: RUNNING, asset: null, escalation: "price", contingency: "metered",
    label: t("Bandwidth (egress)", "带宽（出流量）"), consideration: t("Media is tens of times the traffic of text", "音视频流量是文字的几十倍"),
    amount: {
      selfBuild: mul(add(S("mediaEgressGB"), S("chatEgressGB")), byRegion("egress_gb_cn", "egress_gb_intl")),
      commercial: when(privateDeployment, mul(add(S("mediaEgressGB"), S("chatEgressGB")), byRegion("egress_gb_cn", "egress_gb_intl"))),
    },
  },
  {
    id: "storage", category: "infrastructure", timing: RUNNING, asset: null, escalation: "price", contingency: "metered",
    label: t("Storage", "存储"), consideration: t("Messages and files over the retention period × copies", "保留期内消息与文件×副本数"),
    amount: {
      selfBuild: mul(S("storageGB"), byRegion("storage_gb_month_cn", "storage_gb_month_intl"), 12),
      commercial: when(privateDeployment, mul(S("storageGB"), byRegion("storage_gb_month_cn", "storage_gb_month_intl"), 12)),
      hybrid: mul(S("attachmentStorageGB"), byRegion("storage_gb_month_cn", "storage_gb_month_intl"), 12),
    },
  },
  {
    id: "cdn", category: "infrastructure", timing: RUNNING, asset: null, escalation: "price", contingency: "metered",
    label: t("CDN for live events", "活动直播 CDN"), consideration: t("All-hands events: attendees × stream × hours", "全员活动：人数×码流×时长"),
    amount: {
      selfBuild: mul(S("eventEgressGB"), byRegion("cdn_gb_cn", "cdn_gb_intl")),
      commercial: when(privateDeployment, mul(S("eventEgressGB"), byRegion("cdn_gb_cn", "cdn_gb_intl"))),
      hybrid: mul(S("eventEgressGB"), byRegion("cdn_gb_cn", "cdn_gb_intl")),
    },
  },
  {
    id: "pushSms", category: "infrastructure", timing: RUNNING, asset: null, escalation: "price", contingency: "metered",
    label: t("Push and SMS", "推送与短信"), consideration: t("Push aggregator band by online devices (China); verification SMS", "按在线设备数的推送套餐（国内）；验证短信"),
    amount: {
      selfBuild: mul(pushAndSms),
      hybrid: mul(pushAndSms),
    },
  },
  {
    id: "hardware", category: "infrastructure", timing: BEFORE_GO_LIVE, asset: "servers", escalation: "price", contingency: "metered",
    label: t("Server hardware (on-premise)", "服务器硬件（自购）"), consideration: t("Bought in the last build month when hosting is on-premise", "本地部署时于建设期最后一个月采购"),
    amount: {
      selfBuild: when(onPremise, mul(S("physicalServersFull"), serverPrice)),
      commercial: when(and(privateDeployment, onPremise), mul(S("physicalServersFull"), serverPrice)),
      hybrid: when(onPremise, mul(S("physicalServersHybrid"), serverPrice)),
    },
  },
  {
    id: "networkEquipment", category: "infrastructure", timing: BEFORE_GO_LIVE, asset: "servers", escalation: "price", contingency: "metered",
    label: t("Network equipment (on-premise)", "网络设备（自购）"), consideration: t("Switches, firewalls and load balancers: a share of the server spend, at least a redundant kit per site", "交换机、防火墙与负载均衡：按服务器采购比例，每站点至少一套冗余设备"),
    amount: {
      selfBuild: when(onPremise, networkKit(S("physicalServersFull"), I("regions"))),
      commercial: when(and(privateDeployment, onPremise), networkKit(S("physicalServersFull"), I("regions"))),
      hybrid: when(onPremise, networkKit(S("physicalServersHybrid"), 1)),
    },
  },
  {
    id: "backupEquipment", category: "infrastructure", timing: BEFORE_GO_LIVE, asset: "servers", escalation: "price", contingency: "metered",
    label: t("Backup and disaster-recovery storage (on-premise)", "备份与容灾存储（自购）"), consideration: t("Two backup copies of the stored data (3-2-1 rule), one off-site", "存储数据两份备份（3-2-1 原则），一份异地"),
    amount: {
      selfBuild: when(onPremise, mul(S("backupTBFull"), backupPrice)),
      commercial: when(and(privateDeployment, onPremise), mul(S("backupTBFull"), backupPrice)),
      hybrid: when(onPremise, mul(S("backupTBHybrid"), backupPrice)),
    },
  },
  {
    id: "hardwareRefresh", category: "infrastructure", timing: { kind: "anniversary", everyYears: I("depreciationYears"), after: "beforeGoLive" }, asset: "servers", escalation: "price", contingency: "metered",
    label: t("Hardware refresh", "硬件更新"), consideration: t("Servers, network and backup equipment replaced after their depreciation life, at the size then needed", "折旧期满按当时规模更新服务器、网络与备份设备"),
    amount: perPath(() => add(line("hardware"), line("networkEquipment"), line("backupEquipment"))),
  },
  // ── Technology licensing 技术许可 ──
  {
    id: "saasSeats", category: "licensing", timing: RUNNING, asset: null, billing: "annualInAdvance", escalation: "price", contingency: "metered",
    label: t("SaaS seats", "SaaS 席位费"), consideration: t("Volume bands, edition fee, minimum seats and spend, annual prepayment, renewal after the price hold up to its cap", "分档席位价、版本年费、最低席位与消费、年付、锁价期后续费涨价（有上限）"),
    amount: { commercial: when(not(privateDeployment), saasSubscriptionYear(domesticLicenceFactor)) },
  },
  {
    id: "privateLicence", category: "licensing", timing: BEFORE_GO_LIVE, asset: "licences", escalation: "price", contingency: "metered",
    label: t("Private-deployment licence", "私有化部署许可"), consideration: t("Perpetual seats for every user, bought before go-live", "上线前为全部用户购买永久席位"),
    amount: { commercial: when(privateDeployment, mul(S("users"), privateSeatPrice)) },
  },
  {
    id: "privateLicenceGrowth", category: "licensing", timing: { kind: "windowYearStart" }, asset: "licences", escalation: "price", contingency: "metered",
    label: t("Private-deployment licence for new users", "私有化许可：新增用户"), consideration: t("More perpetual seats at the start of each year as headcount grows", "每年初随人数增长追加永久席位"),
    amount: { commercial: when(privateDeployment, mul(S("newUsers"), privateSeatPrice)) },
  },

  {
    id: "licenceMaintenance", category: "licensing", timing: RUNNING, asset: null, billing: "annualInAdvance", escalation: "price", contingency: "metered",
    label: t("Licence maintenance", "许可维保费"), consideration: t("Yearly share of the licence value", "按许可金额的年度比例"),
    amount: { commercial: when(privateDeployment, mul(S("users"), privateSeatPrice, R("private_maintenance_share"))) },
  },
  {
    id: "imPlatformFees", category: "licensing", timing: RUNNING, asset: null, escalation: "price", contingency: "metered",
    label: t("IM PaaS fees (per DAU / MAU)", "IM PaaS 费用（按 DAU/MAU）"), consideration: t("Plan steps, free allowance and overage", "套餐档位、免费额度与超额"),
    amount: {
      hybrid: mul(
        iff(
          isCn,
          add(R("paas_im_base_month_cn"), mul(R("paas_im_step_month_cn"), roundup(div(positive(sub(S("dau"), R("paas_im_step_dau"))), R("paas_im_step_dau"))))),
          graduated(S("users"), [["paas_mau_free", num(0)], ["paas_mau_tier1_limit", R("paas_mau_tier1_intl")], ["paas_mau_tier2_limit", R("paas_mau_tier2_intl")], [null, R("paas_mau_tier3_intl")]]),
        ),
        12,
      ),
    },
  },
  {
    id: "rtcMinutes", category: "licensing", timing: RUNNING, asset: null, escalation: "price", contingency: "metered",
    label: t("RTC minutes (voice and video)", "RTC 通话分钟（语音与视频）"), consideration: t("Voice minutes at the audio rate; video minutes at the band of the total resolution each participant receives; less the free allowance", "语音分钟按音频单价；视频分钟按每人接收分辨率合计所在档位计费；扣除免费额度"),
    amount: { hybrid: mul(div(positive(sub(add(mul(S("voiceMinutesYear"), rtcAudioRate), mul(S("videoMinutesYear"), rtcVideoRate)), mul(R("rtc_free_minutes_month"), 12, rtcAudioRate))), 1000)) },
  },
  {
    id: "addOnModules", category: "licensing", timing: RUNNING, asset: null, escalation: "price", contingency: "metered",
    label: t("Add-on modules (moderation, recording, translation)", "增值模块（审核、录制、翻译）"), consideration: t("Per use for APIs; per seat for premium editions", "API 按量计费；高级版按席位"),
    amount: { selfBuild: mul(usageModules), commercial: iff(privateDeployment, saasAddOnsYear(false), saasAddOnsYear(true)), hybrid: mul(usageModules) },
  },
  // ── People 人力成本 ──
  {
    id: "developmentTeam", category: "people", timing: BUILD, asset: "development", escalation: "salary", contingency: "labour",
    label: t("Development team (build)", "开发团队（建设期）"), consideration: t("Server, media and QA engineers until go-live", "上线前的服务端、音视频与测试人员"),
    amount: {
      selfBuild: mul(add(mul(S("buildFteSelfBuild"), salaryOf("salary_developer")), mul(S("rtcFteSelfBuild"), salaryOf("salary_rtc"))), employerLoad),
      commercial: staff(R("fte_implementation_commercial"), "salary_developer"),
      hybrid: staff(S("buildFteHybrid"), "salary_developer"),
    },
  },
  {
    id: "clientApps", category: "people", timing: BUILD, asset: "development", escalation: "salary", contingency: "labour",
    label: t("Client apps (iOS, Android, desktop, web)", "客户端（iOS、Android、桌面、Web）"), consideration: t("Own clients for self-build and hybrid", "自建与混合方案需自研客户端"),
    amount: { selfBuild: staff(S("clientFte"), "salary_developer"), hybrid: staff(S("clientFte"), "salary_developer") },
  },
  {
    id: "featureDevelopment", category: "people", timing: BUILD_EFFORT, asset: "development", escalation: "salary", contingency: "labour",
    label: t("Special features (moderation, recall, burn-after-reading …)", "特殊功能（审核、撤回、阅后即焚等）"), consideration: t("Own development per feature", "每项功能的自研工作量"),
    amount: { selfBuild: personMonths(mul(S("specialFeatures"), R("feature_person_months")), "salary_developer"), hybrid: personMonths(mul(S("specialFeatures"), R("feature_person_months")), "salary_developer") },
  },
  {
    id: "projectManagement", category: "people", timing: BUILD, asset: null, escalation: "salary", contingency: "labour",
    label: t("Project management", "项目管理"), consideration: t("One manager until go-live", "上线前配备一名项目经理"),
    amount: perPath(() => staff(1, "salary_pm")),
  },
  {
    id: "poc", category: "people", timing: { kind: "startOfBuild", share: R("poc_share_of_build") }, asset: null, escalation: "salary", contingency: "labour",
    label: t("Proof of concept (POC)", "概念验证（POC）"), consideration: t("Prove latency, concurrency under load, message ordering and media quality before committing", "先验证延迟、负载下并发、消息顺序和音视频质量，再做决定"),
    amount: perPath(() => personMonths(R("poc_person_months"), "salary_developer")),
  },
  {
    id: "maintenanceTeam", category: "people", timing: RUNNING, asset: null, escalation: "salary", contingency: "none",
    label: t("Maintenance developers", "维护开发人员"), consideration: t("Fixes, upgrades and small features after go-live", "上线后的缺陷修复、升级和小功能"),
    amount: { selfBuild: mul(staff(S("maintenanceFteSelfBuild"), "salary_developer")), hybrid: mul(staff(S("maintenanceFteHybrid"), "salary_developer")) },
  },
  {
    id: "sreOnCall", category: "people", timing: RUNNING, asset: null, escalation: "salary", contingency: "none",
    label: t("SRE and on-call", "运维与值班"), consideration: t("A 24×7 rota needs 4–6 people; 1 per ~50 nodes", "7×24 值班需 4–6 人；约每 50 节点 1 人"),
    amount: { selfBuild: mul(staff(S("sreFteSelfBuild"), "salary_sre")), commercial: mul(staff(S("sreFteCommercial"), "salary_sre")), hybrid: mul(staff(S("sreFteHybrid"), "salary_sre")) },
  },
  {
    id: "securityStaff", category: "people", timing: RUNNING, asset: null, escalation: "salary", contingency: "none",
    label: t("Security staff", "安全人员"), consideration: t("Own systems need their own security work", "自有系统需要安全投入"),
    amount: { selfBuild: mul(staff(S("securityFte"), "salary_security")), commercial: when(privateDeployment, mul(staff(mul(S("securityFte"), R("security_share_managed")), "salary_security"))), hybrid: mul(staff(mul(S("securityFte"), R("security_share_managed")), "salary_security")) },
  },
  {
    id: "customerSupport", category: "people", timing: RUNNING, asset: null, escalation: "salary", contingency: "none",
    label: t("Customer support (helpdesk)", "客服支持"), consideration: t("About one person per 1,500 users", "约每 1,500 名用户 1 人"),
    amount: perPath(() => staff(S("supportFte"), "salary_support")),
  },
  {
    id: "recruitingBuild", category: "people", timing: { kind: "projectStart" }, asset: null, escalation: "salary", contingency: "none",
    label: t("Recruiting the build team", "组建建设团队的招聘费"), consideration: t("Fees for the share of the build team hired from outside, at the start", "项目开始时外部招聘建设团队的费用"),
    amount: {
      selfBuild: mul(R("external_hire_share"), add(S("buildFteSelfBuild"), S("rtcFteSelfBuild"), S("clientFte")), salaryOf("salary_developer"), R("recruiting_fee_share")),
      hybrid: mul(R("external_hire_share"), add(S("buildFteHybrid"), S("clientFte")), salaryOf("salary_developer"), R("recruiting_fee_share")),
    },
  },
  {
    id: "recruitingAttrition", category: "people", timing: RUNNING, asset: null, escalation: "salary", contingency: "none",
    label: t("Replacing leavers", "补充流失人员"), consideration: t("Recruiting fees for the running team's attrition each year", "每年为运行团队流失人员支付招聘费"),
    amount: {
      selfBuild: mul(R("attrition_rate"), add(S("maintenanceFteSelfBuild"), S("sreFteSelfBuild"), S("securityFte"), S("supportFte")), salaryOf("salary_developer"), R("recruiting_fee_share")),
      commercial: mul(R("attrition_rate"), add(S("sreFteCommercial"), when(privateDeployment, mul(S("securityFte"), R("security_share_managed"))), S("supportFte")), salaryOf("salary_developer"), R("recruiting_fee_share")),
      hybrid: mul(R("attrition_rate"), add(S("maintenanceFteHybrid"), S("sreFteHybrid"), mul(S("securityFte"), R("security_share_managed")), S("supportFte")), salaryOf("salary_developer"), R("recruiting_fee_share")),
    },
  },

  // ── Integration 集成成本 ──
  {
    id: "systemIntegration", category: "integration", timing: BUILD_EFFORT, asset: "development", escalation: "salary", contingency: "none",
    label: t("Integration with CRM / OA / ERP", "对接 CRM / OA / ERP"), consideration: t("Effort per connected system", "每个对接系统的工作量"),
    amount: perPath(() => personMonths(mul(I("integrations"), R("integration_person_months")), "salary_developer")),
  },
  {
    id: "ssoDirectory", category: "integration", timing: BUILD_EFFORT, asset: "development", escalation: "salary", contingency: "none",
    label: t("SSO and directory", "单点登录与通讯录"), consideration: t("Connect the user system", "与用户体系对接"),
    amount: perPath(() => personMonths(R("sso_person_months"), "salary_developer")),
  },
  {
    id: "dataMigration", category: "integration", timing: { kind: "endOfBuild", months: R("migration_months") }, asset: null, escalation: "salary", contingency: "none",
    label: t("Data migration", "数据迁移"), consideration: t("Old chat history, per 10k users", "历史聊天记录，按每 1 万用户"),
    amount: perPath(() => when(I("migrateHistory"), personMonths(mul(R("migration_person_months"), roundup(div(I("headcount"), R("migration_users_per_unit")))), "salary_developer"))),
  },
  {
    id: "parallelRun", category: "integration", timing: { kind: "afterGoLive", months: parallelRunMonths }, asset: null, escalation: "cpi", contingency: "none",
    label: t("Parallel run of the old system", "新旧系统并行"), consideration: t("Old system kept running for weeks after go-live", "上线后旧系统继续运行数周"),
    amount: perPath(() => mul(I("legacyAnnualCost"), div(R("parallel_run_weeks"), R("weeks_per_year")))),
  },
  {
    id: "decommissioning", category: "integration", timing: { kind: "afterGoLive", months: num(1), offset: parallelRunMonths }, asset: null, escalation: "salary", contingency: "none",
    label: t("Decommissioning the old system", "旧系统下线"), consideration: t("Shut down, archive and destroy data", "停机、归档与数据销毁"),
    amount: perPath(() => when(S("hasLegacySystem"), personMonths(R("decommission_person_months"), "salary_sre"))),
  },
  // ── Security & compliance 安全合规 ──
  {
    id: "mlpsBeforeGoLive", category: "compliance", timing: BEFORE_GO_LIVE, asset: null, escalation: "cpi", contingency: "none",
    label: t("MLPS (等保) remediation and first assessment", "等保整改与首次测评"), consideration: t("Before go-live: remediation, then the first assessment", "上线前完成整改和首次测评"),
    amount: { selfBuild: mlpsBeforeGoLive, commercial: when(privateDeployment, mlpsBeforeGoLive), hybrid: mlpsBeforeGoLive },
  },
  {
    id: "mlpsAssessments", category: "compliance", timing: { kind: "anniversary", everyYears: mlpsEveryYears, after: "goLive" }, asset: null, escalation: "cpi", contingency: "none",
    label: t("MLPS (等保) recurring assessments", "等保定期测评"), consideration: t("Level 3 every year, level 2 every two years after go-live", "上线后三级每年、二级每两年测评"),
    amount: { selfBuild: mlpsAssessment, commercial: when(privateDeployment, mlpsAssessment), hybrid: mlpsAssessment },
  },

  {
    id: "certification", category: "compliance", timing: BEFORE_GO_LIVE, asset: null, escalation: "cpi", contingency: "none",
    label: t("Certification (ISO 27001)", "认证（ISO 27001）"), consideration: t("Regulated industries running own systems certify before go-live", "受监管行业的自有系统上线前完成认证"),
    amount: { selfBuild: when(regulated, R("iso27001_initial")), commercial: when(and(privateDeployment, regulated), R("iso27001_initial")), hybrid: when(regulated, R("iso27001_initial")) },
  },
  {
    id: "certificationSurveillance", category: "compliance", timing: { kind: "anniversary", everyYears: num(1), after: "goLive" }, asset: null, escalation: "cpi", contingency: "none",
    label: t("ISO 27001 surveillance audits", "ISO 27001 监督审核"), consideration: t("Every year after certification", "认证后每年一次"),
    amount: { selfBuild: when(regulated, R("iso27001_surveillance")), commercial: when(and(privateDeployment, regulated), R("iso27001_surveillance")), hybrid: when(regulated, R("iso27001_surveillance")) },
  },

  {
    id: "securityTooling", category: "compliance", timing: RUNNING, asset: null, escalation: "cpi", contingency: "none",
    label: t("Security tooling and penetration tests", "安全工具与渗透测试"), consideration: t("Higher in finance, healthcare and government", "金融、医疗、政府行业更高"),
    amount: { selfBuild: mul(R("security_tooling_year"), S("industryFactor")), commercial: when(privateDeployment, mul(R("security_tooling_year"), S("industryFactor"))), hybrid: mul(R("security_tooling_year"), S("industryFactor")) },
  },
  {
    id: "domesticAdaptation", category: "compliance", timing: BUILD_EFFORT, asset: "development", escalation: "salary", contingency: "labour",
    label: t("Domestic-tech (信创) adaptation", "信创适配"), consideration: t("Porting own code to domestic CPUs, OS and databases", "自有代码适配国产芯片、操作系统和数据库"),
    amount: { selfBuild: when(I("domesticTech"), mul(R("domestic_adaptation_share"), ownBuild("selfBuild"))), hybrid: when(I("domesticTech"), mul(R("domestic_adaptation_share"), ownBuild("hybrid"))) },
  },
  // ── Operations 运营支出 ──
  {
    id: "vendorSupport", category: "operations", timing: RUNNING, asset: null, escalation: "price", contingency: "none",
    label: t("Vendor support plan", "厂商支持服务"), consideration: t("Only a paid plan the offer states (SaaS); premium support as a share of vendor fees otherwise", "仅计入报价中的付费支持（SaaS）；其他按厂商费用比例的高级支持"),
    amount: { commercial: iff(privateDeployment, mul(R("vendor_support_share"), commercialVendorFees), saasSupportYear(commercialVendorFees)), hybrid: mul(R("vendor_support_share"), hybridVendorFees) },
  },
  {
    id: "upgrades", category: "operations", timing: RUNNING, asset: null, escalation: "salary", contingency: "none",
    label: t("Upgrades and patches", "升级与补丁"), consideration: t("Yearly upgrade work on own deployments", "自有部署的年度升级工作"),
    amount: { selfBuild: mul(personMonths(R("upgrade_person_months"), "salary_sre")), commercial: when(privateDeployment, mul(personMonths(R("upgrade_person_months"), "salary_sre"))), hybrid: mul(personMonths(R("upgrade_person_months"), "salary_sre")) },
  },
  {
    id: "launchTraining", category: "operations", timing: { kind: "afterGoLive", months: num(1) }, asset: null, escalation: "cpi", contingency: "none",
    label: t("Training at launch", "上线培训"), consideration: t("Every user in the go-live month", "上线当月培训全部用户"),
    amount: perPath(() => mul(I("headcount"), R("training_per_user"))),
  },
  {
    id: "training", category: "operations", timing: RUNNING, asset: null, escalation: "cpi", contingency: "none",
    label: t("Training new users and administrators", "新员工与管理员培训"), consideration: t("New users each year; administrators' yearly training days", "每年新增用户；管理员年度培训天数"),
    amount: perPath(() => add(mul(S("newUsers"), R("training_per_user")), div(staff(R("admin_training_days"), "salary_sre"), I("workingDaysPerYear")))),
  },

  {
    id: "legacySystem", category: "operations", timing: { kind: "untilGoLive" }, asset: null, escalation: "cpi", contingency: "none",
    label: t("Old system until go-live", "上线前旧系统费用"), consideration: t("A later go-live keeps paying for the old system", "上线越晚，旧系统费用越多"),
    amount: perPath(() => I("legacyAnnualCost")),
  },
  {
    id: "exitReserve", category: "operations", timing: RUNNING, asset: null, escalation: "price", contingency: "none",
    label: t("Exit / lock-in reserve", "退出/锁定风险储备"), consideration: t("Reserve to leave a vendor later", "为将来更换厂商预留"),
    amount: { commercial: iff(privateDeployment, mul(R("exit_reserve_share"), commercialVendorFees), saasExitReserveYear(commercialVendorFees)), hybrid: mul(R("exit_reserve_share"), hybridVendorFees) },
  },
  // ── Hidden costs 隐性成本 (never carry contingency) ──
  {
    id: "technicalDebt", category: "hidden", timing: RUNNING, asset: null, escalation: "salary", contingency: "none",
    label: t("Technical debt", "技术债务"), consideration: t("Open-source or immature code costs more to keep running", "开源或不成熟方案后期维护成本高"),
    amount: { selfBuild: mul(R("tech_debt_share_selfbuild"), ownBuild("selfBuild")), hybrid: mul(R("tech_debt_share_hybrid"), ownBuild("hybrid")) },
  },
  {
    id: "integrationOverrun", category: "hidden", timing: BUILD_EFFORT, asset: null, escalation: "salary", contingency: "none",
    label: t("Integration overrun", "集成超支"), consideration: t("Integration is more complex than it looks", "集成往往比预想复杂"),
    amount: perPath(() => mul(R("integration_overrun_share"), add(line("systemIntegration"), line("ssoDirectory"), line("dataMigration")))),
  },
  {
    id: "scaleOut", category: "hidden", timing: { kind: "windowYearStart" }, asset: null, escalation: "salary", contingency: "none",
    label: t("Scale-out step", "扩容改造"), consideration: t("Re-architecture, migration and load tests when growth crosses the designed capacity", "用户增长超出设计容量时的架构调整、迁移和压测"),
    amount: {
      selfBuild: when(S("scaleOutYear"), mul(R("scale_out_share_selfbuild"), line("developmentTeam"), div(goLiveMonths.selfBuild, 12))),
      commercial: when(and(S("scaleOutYear"), privateDeployment), R("scale_out_services")),
      hybrid: when(S("scaleOutYear"), mul(R("scale_out_share_hybrid"), line("developmentTeam"), div(goLiveMonths.hybrid, 12))),
    },
  },
  {
    id: "complianceChange", category: "hidden", timing: RUNNING, asset: null, escalation: "cpi", contingency: "none",
    label: t("Compliance change", "合规变化"), consideration: t("Rules tighten; budget a share of compliance cost", "合规要求趋严，按合规成本比例预留"),
    amount: perPath(() => mul(R("compliance_change_share"), complianceLines)),
  },
];
