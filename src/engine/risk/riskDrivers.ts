import type { RequirementKey } from "../requirements/requirementSpecs";
import { ALL_SALARY_KEYS } from "../sizing/labourRows";
import { OFFER_SEAT_PRICE_KEYS } from "../offers/offerKeys";

/** How a sampled driver value is drawn between its low and high value. */
export type RiskDistribution = "pert" | "triangular";

/**
 * An uncertain driver shared by many lines (not an independent line): its sampled value multiplies its
 * targets ("scale", neutral value 1) or is added to them ("shift", neutral value 0). A driver moves every
 * line that depends on its targets at once, in every path, which is what makes the lines move together.
 */
export interface RiskDriver {
  readonly id: string;
  readonly label: { readonly en: string; readonly zh: string };
  readonly effect: "scale" | "shift";
  /** Numeric requirement inputs it acts on (an override input acts only when it holds a number, not "auto"). */
  readonly inputs: readonly RequirementKey[];
  /**
   * Rate-card keys it acts on (their effective value in the budget currency). `fxUsdToCny` among the
   * inputs acts through the currency conversion of every foreign-currency price instead.
   */
  readonly rates: readonly string[];
  /**
   * A share shift: the value is added to `key`'s share of `key + complement`, the sum staying the same
   * (e.g. more video and less voice for the same call minutes). Only with effect "shift".
   */
  readonly share?: { readonly key: RequirementKey; readonly complement: RequirementKey };
  /** Optimistic (lower cost), most likely and pessimistic (higher cost) values. */
  readonly low: number;
  readonly mode: number;
  readonly high: number;
  readonly distribution: RiskDistribution;
  /** Where the width comes from (estimate class and evidence), in words. */
  readonly source: { readonly en: string; readonly zh: string };
}

/** A user's change to a driver's range or distribution (the Risk sheet's editable cells; the pane's form). */
export interface RiskDriverOverride {
  readonly low?: number;
  readonly mode?: number;
  readonly high?: number;
  readonly distribution?: RiskDistribution;
}

export type RiskDriverOverrides = Readonly<Record<string, RiskDriverOverride>>;

/** The neutral value: the driver leaves the model as it is. */
export const neutralValue = (d: Pick<RiskDriver, "effect">): number => (d.effect === "scale" ? 1 : 0);

const AACE = "AACE RP 18R-97 estimate classes (research notes, domain-costs.md §5)";

/**
 * The default drivers. Widths follow the maturity of the estimate behind each driver: AACE 18R-97 gives
 * class 5 −50%/+100%, class 4 −30%/+50%, class 3 −20%/+30%, class 2 −15%/+20%, class 1 −10%/+15%.
 * Own development and integration are class 4 (sized from team rules, no design yet); list prices per unit
 * are class 3; a published per-seat price is class 2 and narrows further once a quote is signed.
 */
export const RISK_DRIVERS: readonly RiskDriver[] = [
  {
    id: "headcountGrowth",
    label: { en: "Headcount growth (percentage points per year)", zh: "员工数年增长率（百分点）" },
    effect: "shift",
    inputs: ["userGrowthRate"],
    rates: [],
    low: -0.04,
    mode: 0,
    high: 0.06,
    distribution: "pert",
    source: {
      en: "EST: headcount plans miss by a few points a year; skewed up because growth drives licences, capacity and scale-out steps",
      zh: "估计：人员计划每年偏差数个百分点；向上偏，因为增长会带动许可、容量和扩容",
    },
  },
  {
    id: "callMinutes",
    label: { en: "Call minutes per user (voice and video)", zh: "人均通话分钟（语音与视频）" },
    effect: "scale",
    inputs: ["voiceMinutesPerUserDay", "videoMinutesPerUserDay"],
    rates: [],
    low: 0.7,
    mode: 1,
    high: 1.5,
    distribution: "pert",
    source: { en: `${AACE}: class 4 (−30%/+50%), usage forecast without measured traffic (research §7: 30 min per DAU per day, EST)`, zh: `${AACE}：4 级（−30%/+50%），无实测数据的用量预测（研究 §7：每日活用户每天 30 分钟，估计）` },
  },
  {
    id: "videoShare",
    label: { en: "Video share of call minutes (points)", zh: "通话中视频占比（百分点）" },
    effect: "shift",
    inputs: [],
    rates: [],
    share: { key: "videoMinutesPerUserDay", complement: "voiceMinutesPerUserDay" },
    low: -0.15,
    mode: 0,
    high: 0.2,
    distribution: "pert",
    source: { en: "EST: research §7 audio 60% / video 40%; video use tends to grow after launch", zh: "估计：研究 §7 音频 60% / 视频 40%；上线后视频使用往往增加" },
  },
  {
    id: "seatPrices",
    label: { en: "Per-seat prices (SaaS seats, modules, private licences)", zh: "按席位价格（SaaS 席位、增值模块、私有化许可）" },
    effect: "scale",
    inputs: [],
    rates: [...OFFER_SEAT_PRICE_KEYS, "private_licence_seat_cn", "private_licence_seat_intl"],
    low: 0.85,
    mode: 1,
    high: 1.2,
    distribution: "pert",
    source: { en: `${AACE}: class 2 (−15%/+20%) for a published per-seat price; narrow to about ±5% once a quote is signed`, zh: `${AACE}：公开的按席位价格为 2 级（−15%/+20%）；签约报价后可收窄到约 ±5%` },
  },
  {
    id: "usagePrices",
    label: { en: "Usage prices (IM PaaS, RTC minutes, push, SMS, APIs)", zh: "按量价格（IM PaaS、RTC 分钟、推送、短信、API）" },
    effect: "scale",
    inputs: [],
    rates: [
      "paas_im_base_month_cn",
      "paas_im_step_month_cn",
      "paas_mau_tier1_intl",
      "paas_mau_tier2_intl",
      "paas_mau_tier3_intl",
      "rtc_audio_min_cn",
      "rtc_video_360p_min_cn",
      "rtc_video_720p_min_cn",
      "rtc_video_1080p_min_cn",
      "rtc_video_2k_min_cn",
      "rtc_video_4k_min_cn",
      "rtc_audio_min_intl",
      "rtc_video_360p_min_intl",
      "rtc_video_720p_min_intl",
      "rtc_video_1080p_min_intl",
      "rtc_video_2k_min_intl",
      "rtc_video_4k_min_intl",
      "push_band1_year_cn",
      "push_band2_year_cn",
      "push_band3_year_cn",
      "push_band4_year_cn",
      "sms_cn",
      "sms_intl",
      "recording_min_cn",
      "recording_min_intl",
      "moderation_1000_msgs_cn",
      "moderation_1000_msgs_intl",
      "translation_million_chars",
    ],
    low: 0.8,
    mode: 1,
    high: 1.3,
    distribution: "pert",
    source: { en: `${AACE}: class 3 (−20%/+30%), list prices per unit, several second-hand or estimated`, zh: `${AACE}：3 级（−20%/+30%），按单位的标价，部分为二手或估计` },
  },
  {
    id: "cloudPrices",
    label: { en: "Cloud and hosting prices (VMs, servers, traffic, storage, CDN)", zh: "云与托管价格（云主机、服务器、流量、存储、CDN）" },
    effect: "scale",
    inputs: [],
    rates: ["vm_month_cn", "vm_month_intl", "server_cn", "server_intl", "network_site_min_cn", "network_site_min_intl", "backup_tb_cn", "backup_tb_intl", "colocation_year_cn", "colocation_year_intl", "egress_gb_cn", "egress_gb_intl", "cdn_gb_cn", "cdn_gb_intl", "storage_gb_month_cn", "storage_gb_month_intl"],
    low: 0.8,
    mode: 1,
    high: 1.3,
    distribution: "pert",
    source: { en: `${AACE}: class 3 (−20%/+30%), list prices partly from legacy price pages (2019–2020)`, zh: `${AACE}：3 级（−20%/+30%），部分标价来自旧版价格页（2019–2020）` },
  },
  {
    id: "fx",
    label: { en: "Exchange rate (CNY per USD)", zh: "汇率（人民币/美元）" },
    effect: "scale",
    inputs: ["fxUsdToCny"],
    rates: [],
    low: 0.93,
    mode: 1,
    high: 1.07,
    distribution: "triangular",
    source: { en: "EST: CNY per USD moved within about 6.3–7.3 over 2016–2025 (±7% around today's rate); acts on every foreign-currency price", zh: "估计：2016–2025 年人民币兑美元约在 6.3–7.3 之间波动（约 ±7%）；作用于所有外币价格" },
  },
  {
    id: "salaries",
    label: { en: "Salaries (all roles)", zh: "薪资（各岗位）" },
    effect: "scale",
    inputs: [],
    // Every market's salaries: the chosen market's are the ones the model reads.
    rates: ALL_SALARY_KEYS,
    low: 0.85,
    mode: 1,
    high: 1.25,
    distribution: "pert",
    source: { en: `${AACE}: between class 2 and 3; research salary ranges (e.g. helpdesk 90–150k around 110k CNY, RTC 300–500k)`, zh: `${AACE}：介于 2 级与 3 级之间；研究中的薪资区间（如客服 9–15 万，约 11 万；音视频 30–50 万）` },
  },
  {
    id: "developmentEffort",
    label: { en: "Own development effort (team sizes, features, POC)", zh: "自有开发工作量（团队规模、功能、POC）" },
    effect: "scale",
    inputs: ["buildFteSelfBuild", "buildFteHybrid", "clientFte"],
    rates: ["fte_build_selfbuild", "fte_build_rtc", "fte_per_client_codebase", "fte_client_codebase_step", "fte_build_hybrid", "fte_per_extra_region", "fte_scale_step", "fte_implementation_commercial", "feature_person_months", "poc_person_months"],
    low: 0.7,
    mode: 1,
    high: 1.5,
    distribution: "pert",
    source: { en: `${AACE}: class 4 (−30%/+50%), effort from team-size rules before any design (research §9.3)`, zh: `${AACE}：4 级（−30%/+50%），在设计之前按团队规模规则估算（研究 §9.3）` },
  },
  {
    id: "integrationEffort",
    label: { en: "Integration and migration effort", zh: "集成与迁移工作量" },
    effect: "scale",
    inputs: [],
    rates: ["integration_person_months", "sso_person_months", "migration_person_months"],
    low: 0.7,
    mode: 1,
    high: 1.5,
    distribution: "pert",
    source: { en: `${AACE}: class 4 (−30%/+50%); integration is more complex than it looks (research: risk premium ~30% on scope)`, zh: `${AACE}：4 级（−30%/+50%）；集成往往比预想复杂（研究：范围风险溢价约 30%）` },
  },
];
