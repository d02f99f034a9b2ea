import type { PathId } from "../budget/paths";
import type { Expr } from "../expression/Expr";
import { OFFER_KEYS, offerRate } from "../offers/offerKeys";
import { saasPriceIndex } from "../offers/saasOfferExprs";
import { add, byRegion, cmp, div, input, max, mul, not, positive, rate, roundup, sizing, sub, text, when } from "../expression/build";

/**
 * A quantity watched year by year for the checks (Checks sheet helper rows): a level per year, compiled to
 * Excel like a sizing row and evaluated by the engine with decimals. "rise": the check trips in the first
 * year 2…N whose level is above the year before (a price step met after the first year's quote);
 * "positive": in the first year 1…N whose level is above 0.
 */
export interface YearWatch {
  readonly id: string;
  readonly label: { readonly en: string; readonly zh: string };
  readonly level: Expr;
  readonly rule: "rise" | "positive";
  /** The budget line whose change from the year before is reported as the jump. */
  readonly jumpLine?: { readonly path: PathId; readonly line: string };
}

const I = input;
const R = rate;
const S = (key: string): Expr => sizing(key);
const isCn = cmp("=", I("deploymentRegion"), text("cn"));
const saas = cmp("=", I("commercialModel"), text("saas"));
const peak = S("peakConnections");
const rtcAudioRate = byRegion("rtc_audio_min_cn", "rtc_audio_min_intl");
/** Video minutes are billed at the band of the total resolution each participant receives (Sizing). */
const rtcVideoRate = sizing("rtcVideoPrice");

export const YEAR_WATCHES: readonly YearWatch[] = [
  {
    id: "imPaasSteps",
    label: { en: "IM PaaS plan steps above the base plan (China, hybrid)", zh: "IM PaaS 超出基础套餐的档数（国内，混合）" },
    level: when(isCn, roundup(div(positive(sub(S("dau"), R("paas_im_step_dau"))), R("paas_im_step_dau")))),
    rule: "rise",
    jumpLine: { path: "hybrid", line: "imPlatformFees" },
  },
  {
    id: "imPaasFreeTier",
    label: { en: "Chat PaaS users above the free MAU (international, hybrid)", zh: "聊天 PaaS 用户超出免费 MAU（国际，混合）" },
    level: when(not(isCn), cmp(">", S("users"), R("paas_mau_free"))),
    rule: "rise",
    jumpLine: { path: "hybrid", line: "imPlatformFees" },
  },
  {
    id: "pushBand",
    label: { en: "Push aggregator band by online devices (China, own apps)", zh: "按在线设备数的推送套餐档（国内，自有客户端）" },
    level: when(isCn, add(cmp(">", peak, R("push_band1_online")), cmp(">", peak, R("push_band2_online")), cmp(">", peak, R("push_band3_online")))),
    rule: "rise",
    jumpLine: { path: "selfBuild", line: "pushSms" },
  },
  {
    id: "rtcFreeMinutes",
    label: { en: "RTC minutes beyond the free allowance (hybrid)", zh: "RTC 分钟超出免费额度（混合）" },
    level: cmp(">", add(mul(S("voiceMinutesYear"), rtcAudioRate), mul(S("videoMinutesYear"), rtcVideoRate)), mul(R("rtc_free_minutes_month"), 12, rtcAudioRate)),
    rule: "rise",
    jumpLine: { path: "hybrid", line: "rtcMinutes" },
  },
  {
    id: "saasMinimumSeats",
    label: { en: "Unused seats under the SaaS minimum commitment", zh: "低于 SaaS 最低席位承诺的闲置席位" },
    level: when(saas, positive(sub(offerRate(OFFER_KEYS.minSeats), S("users")))),
    rule: "positive",
  },
  {
    id: "saasRenewal",
    label: { en: "SaaS price index after renewal uplifts", zh: "续费涨价后的 SaaS 价格指数" },
    level: when(saas, saasPriceIndex),
    rule: "rise",
    jumpLine: { path: "commercial", line: "saasSeats" },
  },
  {
    id: "sreShortfall",
    label: { en: "Self-build SRE below the on-call minimum or the nodes to run", zh: "自建运维人数低于值班下限或节点所需" },
    level: cmp("<", S("sreFteSelfBuild"), max(R("oncall_min_fte"), roundup(div(S("computeUnits"), R("vms_per_sre"))))),
    rule: "positive",
  },
];

export function yearWatch(id: string): YearWatch {
  const w = YEAR_WATCHES.find((x) => x.id === id);
  if (!w) throw new Error(`Model error: unknown year watch "${id}"`);
  return w;
}
