import type { RateOverrides } from "../../rateCard/rateCard";
import { CATALOGUE_LABEL, type CatalogueProfile } from "./CatalogueProfile";
import { RESEARCH, sourcedRate as r } from "./catalogueFigures";

/**
 * PaaS profiles price the hybrid path's IM platform fees (line imPlatformFees). China: a plan up to
 * paas_im_step_dau daily active users, plus paas_im_step_month_cn for each further step of DAU, rounded up.
 * International: a graduated price per monthly active user (every user counts), free up to paas_mau_free, then
 * three bands. A vendor's plan (a flat fee for up to N users) becomes the price per user of its band, so the
 * band's top costs exactly the plan; below it the model charges pro rata where the vendor charges the plan.
 * RTC minutes keep the rate card's prices (the research lists those vendors' RTC separately).
 */
function paasProfile(p: Omit<CatalogueProfile, "kind" | "path" | "inputs" | "label" | "rates">, rates: RateOverrides): CatalogueProfile {
  return { ...p, kind: "paas", path: "hybrid", inputs: {}, rates, label: CATALOGUE_LABEL };
}

const TENCENT_2020 = "https://cloud.tencent.com/document/product/269/11673";

const TENCENT_IM = paasProfile(
  { id: "tencentIm", vendor: "Tencent Cloud", name: { en: "Tencent Cloud IM 专业版 (China data centre)", zh: "腾讯云即时通信 IM 专业版（国内）" }, region: "cn", note: { en: "DAU included in 专业版 is an estimate; 旗舰版 (2,999 a month, 2020) and TUICallKit add-ons are not included." } },
  {
    paas_im_base_month_cn: r("1499", "SEEN", "2024-01-01", `Tencent Cloud IM 专业版 1,499 CNY per application-month from 2024-01-01 (https://cloud.tencent.com/document/product/1640/102626: 'IM 专业版(价格调整后为1499元/月)'; was 999) (${RESEARCH} tencentIm)`),
    paas_im_step_month_cn: r("1000", "SEEN", "2020-10-30", `Tencent Cloud IM excess peak DAU 1,000 CNY per 10,000 DAU-month (${TENCENT_2020}) (${RESEARCH} tencentIm)`),
    paas_im_step_dau: r("10000", "EST", "2020-10-30", `Step of 10,000 DAU: the excess is priced per 10,000 DAU (${TENCENT_2020}, SEEN); the DAU included in 专业版 is not in the research and is taken as one step, 10,000 (EST) (${RESEARCH} tencentIm)`),
  },
);

const NETEASE = paasProfile(
  { id: "neteaseYunxin", vendor: "NetEase (网易云信)", name: { en: "NetEase Yunxin IM (placeholder prices)", zh: "网易云信 IM（占位价格）" }, region: "cn", note: { en: "No NetEase IM price was found: every IM figure is a placeholder for a quote. NERTC add-ons (cloud proxy 4,000, encryption 1,000 … CNY a month, SEEN) are not in the model." } },
  {
    paas_im_base_month_cn: r("1500", "EST", "2026-11", `NetEase Yunxin IM price not found in the corpus: placeholder at Tencent IM 专业版 level (1,499 CNY a month, SEEN); RongCloud charges 6,000 up to 10k DAU (help.rongcloud.cn/t/topic/391, SEEN): a quote is required (${RESEARCH} neteaseYunxin)`),
    paas_im_step_month_cn: r("1000", "EST", "2026-11", `No NetEase DAU overage price found: placeholder at Tencent IM's 1,000 CNY per further 10,000 DAU-month (${TENCENT_2020}, SEEN 2020) (${RESEARCH} neteaseYunxin)`),
    paas_im_step_dau: r("10000", "EST", "2026-11", `No NetEase plan size found: placeholder of 10,000 DAU per step, as Tencent IM's overage step (${RESEARCH} neteaseYunxin)`),
  },
);

const AGORA_SRC = "https://docs-git-milestone-22-signalling-211-agora-gdxe.vercel.app/en/agora-chat/reference/pricing (preview build of docs.agora.io/en/agora-chat/reference/pricing), dated 2024–25, January 2024 used";

const AGORA_CHAT = paasProfile(
  { id: "agoraChat", vendor: "Agora", name: { en: "Agora Chat Starter / Pro", zh: "声网 Agora Chat 入门版／专业版" }, region: "intl", note: { en: "Plans become prices per MAU: 5,000 MAU cost the Starter plan, 10,000 the Pro plan; the overage above 10,000 MAU is an estimate." } },
  {
    paas_mau_free: r("0", "SEEN-2nd", "2024-01", `No free MAU inside the paid plans: the Free plan (500 MAU) is a separate plan (${AGORA_SRC}) (${RESEARCH} agoraChat)`),
    paas_mau_tier1_limit: r("5000", "SEEN-2nd", "2024-01", `Agora Chat Starter includes 5,000 MAU (${AGORA_SRC}) (${RESEARCH} agoraChat)`),
    paas_mau_tier1_intl: r("0.0698", "DERIVED", "2024-01", `DERIVED: Starter 349 USD a month ÷ 5,000 MAU = 0.0698 USD per MAU-month (${AGORA_SRC}, SEEN-2nd) (${RESEARCH} agoraChat)`),
    paas_mau_tier2_limit: r("10000", "SEEN-2nd", "2024-01", `Agora Chat Pro includes 10,000 MAU (${AGORA_SRC}) (${RESEARCH} agoraChat)`),
    paas_mau_tier2_intl: r("0.07", "DERIVED", "2024-01", `DERIVED: Pro 699 − Starter 349 = 350 USD for MAU 5,001–10,000, ÷ 5,000 = 0.07 USD per MAU-month, so 10,000 MAU cost the Pro plan's 699 (${AGORA_SRC}, SEEN-2nd) (${RESEARCH} agoraChat)`),
    paas_mau_tier3_intl: r("0.0699", "EST", "2024-01", `EST: excess MAU are billed per MAU but the rate was not captured; Pro's average 699 ÷ 10,000 = 0.0699 USD per MAU-month (${AGORA_SRC}) (${RESEARCH} agoraChat)`),
  },
);

const SENDBIRD_SRC = "https://raw.githubusercontent.com/api-evangelist/sendbird/refs/heads/main/plans/sendbird-plans-pricing.yml (generated 2026-05-04, marked unverified at source)";

const SENDBIRD = paasProfile(
  { id: "sendbird", vendor: "Sendbird", name: { en: "Sendbird Chat Starter, annual billing", zh: "Sendbird Chat 入门版（年付）" }, region: "intl", note: { en: "Only the 5K-MAU plans were found: above 5,000 MAU the same price per MAU is assumed. Premium support (4–10 % of spend, minimums 1,000–10,000 USD a month, SEEN) is not priced here." } },
  {
    paas_mau_free: r("0", "SEEN-2nd", "2026-05-04", `No free MAU inside the paid plans: the free trial (1,000 MAU, no overage) is separate (${SENDBIRD_SRC}) (${RESEARCH} sendbird)`),
    paas_mau_tier1_limit: r("5000", "SEEN-2nd", "2026-05-04", `Sendbird Starter 5K plan: 5,000 MAU (${SENDBIRD_SRC}) (${RESEARCH} sendbird)`),
    paas_mau_tier1_intl: r("0.0698", "DERIVED", "2026-05-04", `DERIVED: Starter 5K 349 USD a month billed annually (399 monthly) ÷ 5,000 MAU = 0.0698 USD per MAU-month (${SENDBIRD_SRC}, SEEN-2nd) (${RESEARCH} sendbird)`),
    paas_mau_tier2_limit: r("10000", "EST", "2026-05-04", `EST: no plan above 5K MAU captured; a band edge at 10,000 MAU with the same price on both sides (${RESEARCH} sendbird)`),
    paas_mau_tier2_intl: r("0.0698", "EST", "2026-05-04", `EST: no plan above 5K MAU captured; Starter's 0.0698 USD per MAU-month (349 ÷ 5,000) continues, no volume discount assumed (${SENDBIRD_SRC}) (${RESEARCH} sendbird)`),
    paas_mau_tier3_intl: r("0.0698", "EST", "2026-05-04", `EST: no plan above 5K MAU captured; Starter's 0.0698 USD per MAU-month (349 ÷ 5,000) continues, no volume discount assumed (${SENDBIRD_SRC}) (${RESEARCH} sendbird)`),
  },
);

export const PAAS_PROFILES: readonly CatalogueProfile[] = [TENCENT_IM, NETEASE, AGORA_CHAT, SENDBIRD];
