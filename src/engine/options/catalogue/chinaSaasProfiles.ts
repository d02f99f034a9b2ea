import { DEFAULT_OFFER_CN as D } from "../../offers/defaultOffers";
import type { OfferProfile } from "../../offers/OfferProfile";
import type { CatalogueProfile } from "./CatalogueProfile";
import { LIST_PRICE, RESEARCH, figure, inherited } from "./catalogueFigures";
import { saasCatalogueProfile } from "./saasCatalogueProfile";

// China SaaS: CNY lists that include 6% VAT, as the default China offer (offerRateOverrides requires them).
const DEF = "default China offer";

const FEISHU_BANDS = `Feishu 企业标准版 volume bands 50 / 40 / 30 CNY per user-month at 1–999 / 1,000–9,999 / 10,000+ seats (${RESEARCH} feishuCn): no public list price; finance review estimate of 25–40 CNY per seat for a 5,000-seat deal; band edges and prices are placeholders`;
const FEISHU_NO_FEE = `Feishu editions are priced per seat: no organisation fee in ${RESEARCH} feishuCn (editions 商业标准版 … 企业旗舰版 SEEN-2nd in open.feishu.cn docs)`;

/**
 * Feishu for an organisation of more than 500 users: the business editions stop at 500 users (SEEN-2nd), so
 * the enterprise edition's volume bands price the seats, every seat at the band of the whole count (all units).
 */
const FEISHU: OfferProfile = {
  ...D,
  id: "feishuCn",
  name: { en: "Feishu enterprise edition (企业标准版), per seat", zh: "飞书企业标准版（按席位）" },
  seatTiers: {
    mode: "allUnits",
    modeSource: inherited(D.seatTiers.modeSource, DEF),
    tiers: [
      { upToSeats: figure("999", "EST", "2026-11", FEISHU_BANDS), pricePerSeatMonth: figure("50", "EST", "2026-11", FEISHU_BANDS) },
      { upToSeats: figure("9999", "EST", "2026-11", FEISHU_BANDS), pricePerSeatMonth: figure("40", "EST", "2026-11", FEISHU_BANDS) },
      { upToSeats: null, pricePerSeatMonth: figure("30", "EST", "2026-11", FEISHU_BANDS) },
    ],
  },
  freeSeats: figure("0", "SEEN-2nd", "2026-10", `The free edition (基础免费版, at most 100 people, 10,000 API calls a month) is a separate plan, not an allowance inside a paid edition (${RESEARCH} feishuCn: help.aliyun.com quick-bi Lark integration page, 2024-10-31, SEEN; 100-person cap SEEN-2nd)`),
  editionFeePerYear: figure("0", "EST", "2026-11", FEISHU_NO_FEE),
  addOns: { recording: inherited(D.addOns.recording, DEF), translation: inherited(D.addOns.translation, DEF), archiving: inherited(D.addOns.archiving, DEF) },
  negotiatedDiscount: LIST_PRICE,
  billing: { cycle: "annualInAdvance", prepayDiscount: inherited(D.billing.prepayDiscount, DEF) },
  // The research states no Feishu renewal terms and says to model the default (EST).
  renewal: { priceHoldYears: inherited(D.renewal.priceHoldYears, DEF), upliftPerYear: inherited(D.renewal.upliftPerYear, DEF), maxTotalUplift: inherited(D.renewal.maxTotalUplift, DEF) },
  minimum: { seats: inherited(D.minimum.seats, DEF), spendPerYear: inherited(D.minimum.spendPerYear, DEF) },
  exitReserve: inherited(D.exitReserve, DEF),
};

const DINGTALK_PER_ORG = `DingTalk editions are sold per organisation, not per seat: 标准版 free with capped open-API calls, upgrade to 专业版 for more (DingTalk open-platform docs, code index ids 11712592431, 61636780484; dated 2025 only, January used) (${RESEARCH} dingtalkCn)`;

/** DingTalk 专业版: a free seat price and one organisation fee a year (the free 标准版 is capped at 100 members, SEEN-2nd). */
const DINGTALK: OfferProfile = {
  ...FEISHU,
  id: "dingtalkCn",
  name: { en: "DingTalk professional edition (专业版), per organisation", zh: "钉钉专业版（按组织）" },
  seatTiers: {
    mode: "allUnits",
    modeSource: { source: DINGTALK_PER_ORG, date: "2025-01", status: "SEEN-2nd" },
    tiers: [{ upToSeats: null, pricePerSeatMonth: figure("0", "SEEN-2nd", "2025-01", DINGTALK_PER_ORG) }],
  },
  freeSeats: figure("0", "SEEN-2nd", "2025-01", `No seat is charged, so no free allowance: ${DINGTALK_PER_ORG}`),
  editionFeePerYear: figure("9800", "EST", "2021-01", `DingTalk 专业版 9,800 CNY per organisation-year: not found in the corpus; 2021 launch price from memory (shared/research/domain-costs.md §9.1; finance review), dated 2021 only, January used (${RESEARCH} dingtalkCn)`),
  minimum: { seats: figure("0", "SEEN-2nd", "2025-01", `No seat minimum: ${DINGTALK_PER_ORG}`), spendPerYear: inherited(D.minimum.spendPerYear, DEF) },
};

const WECOM_FREE = `WeCom 企业微信 base organisation (chat, meetings, approvals) is free of charge: no price page in the corpus, widely known (shared/research/finance-review.md) (${RESEARCH} wecomCn)`;

/**
 * WeCom: a free base with paid message archiving for regulated industries. Its API-access licence (接口许可,
 * 50 → 40 CNY per account-year, SEEN-2nd) applies to apps built on WeCom, so it belongs to a hybrid option, not here.
 */
const WECOM: OfferProfile = {
  ...FEISHU,
  id: "wecomCn",
  name: { en: "WeCom (企业微信), free base with paid archiving", zh: "企业微信（免费基础版＋会话存档）" },
  seatTiers: {
    mode: "allUnits",
    modeSource: { source: WECOM_FREE, date: "2026-11", status: "EST" },
    tiers: [{ upToSeats: null, pricePerSeatMonth: figure("0", "EST", "2026-11", WECOM_FREE) }],
  },
  freeSeats: figure("0", "EST", "2026-11", `No seat is charged, so no free allowance: ${WECOM_FREE}`),
  editionFeePerYear: figure("0", "EST", "2026-11", WECOM_FREE),
  addOns: {
    recording: inherited(D.addOns.recording, DEF),
    translation: inherited(D.addOns.translation, DEF),
    archiving: figure("12.5", "EST", "2025-05", `会话内容存档 150 CNY per archived user-year ÷ 12 = 12.5 per user-month: price not public (EST); the editions 办公版/服务版/企业版 and the bought-seat cap are SEEN at developer.work.weixin.qq.com/document/path/91614, 2025-05-08 (${RESEARCH} wecomCn)`),
  },
  minimum: { seats: figure("0", "EST", "2026-11", `No seat minimum: ${WECOM_FREE}`), spendPerYear: inherited(D.minimum.spendPerYear, DEF) },
};

export const CHINA_SAAS_PROFILES: readonly CatalogueProfile[] = [
  saasCatalogueProfile("ByteDance (Feishu 飞书)", FEISHU, "Seat bands are estimates (no public Feishu price found); replace them with a quote."),
  saasCatalogueProfile("Alibaba (DingTalk 钉钉)", DINGTALK, "One organisation fee a year (EST, 2021); the seats cost nothing. 专属/专有钉钉 (dedicated) is quote-only and not in this profile."),
  saasCatalogueProfile("Tencent (WeCom 企业微信)", WECOM, "Free base; archiving priced per user-month for regulated industries. The API-access licence (接口许可) for apps built on WeCom is not included."),
];
