import type { OfferFigure, OfferProfile, OfferStatus } from "./OfferProfile";

const f = (value: string, status: OfferStatus, date: string, source: string): OfferFigure => ({ value, source, date, status });

// Sources read for the defaults (dates are the pages' dates; "SEEN-2nd" = a reseller, adviser or mirror page).
const REVIEW = "Finance review of IMCOST 0.1.0 (shared/research/finance-review.md, 2026-11): a 5,000-seat Chinese enterprise IM deal is more likely 25–40 CNY per seat-month";
const ADVISERS_DISCOUNT = "advisers report 25–45% off list at scale for Slack Enterprise Grid and Webex (SEEN-2nd: salesforcenegotiations.com/products/slack; thenegotiationexperts.com webex licensing, 2025)";
const DRIFT = "SaaS list prices drifted 3–8% a year in 2024–26 (Slack Business+ 12.50→15, M365 Basic/Standard +1/+1.5 from 2026-07, Teams Enterprise raised 2025-11-01; research §9.7, DERIVED)";
const CAP_ADVICE = "advisers recommend a hard renewal ceiling: a maximum annual increase of 5% or less (SEEN-2nd: salesforcenegotiations.com 'Securing renewal price caps', 2025; bestnegotiationconsultingfirms.com 'SaaS price increase cap', 2025)";
const EXIT = "EST: leaving later costs about one migration project (export, re-integration, parallel run), taken as 25% of a year's vendor fees and reserved over a five-year contract: 5% a year";
const CN_BANDS = "EST: Feishu 企业标准版-style volume bands 50 / 40 / 30 CNY per user-month at 1–999 / 1,000–9,999 / 10,000+ seats (docs/research/vendor-catalogue.json feishuCn, 2026-11, EST: no public Feishu price found; Feishu's editions are SEEN in open.feishu.cn docs)"

/**
 * Default China offer: a per-seat enterprise IM business edition (Feishu-style pricing) with volume bands.
 * DingTalk-style per-organisation pricing fits the same schema as an edition fee with a free seat price, and
 * WeCom-style pricing as a free base with paid add-ons (see the tests).
 */
export const DEFAULT_OFFER_CN: OfferProfile = {
  id: "cnEnterpriseIm",
  name: { en: "Enterprise IM business edition, per seat (China)", zh: "企业 IM 商业版，按席位（国内）" },
  region: "cn",
  currency: "CNY",
  vat: { rate: 0.06, listIncludesVat: true },
  seatTiers: {
    mode: "allUnits",
    modeSource: { source: "EST: Chinese enterprise IM editions are quoted as one seat price for the whole organisation, set by its size band", date: "2026-12", status: "EST" },
    tiers: [
      { upToSeats: f("999", "EST", "2026-11", CN_BANDS), pricePerSeatMonth: f("50", "EST", "2026-11", CN_BANDS) },
      { upToSeats: f("9999", "EST", "2026-11", CN_BANDS), pricePerSeatMonth: f("40", "EST", "2026-11", CN_BANDS) },
      { upToSeats: null, pricePerSeatMonth: f("30", "EST", "2026-11", CN_BANDS) },
    ],
  },
  freeSeats: f("0", "EST", "2026-12", "EST: paid editions have no free allowance; Lark's Starter plan (free, at most 50 seats) is a separate plan (SEEN larksuite.com/hc/en-US/articles/462581145377, 2025)"),
  editionFeePerYear: f("0", "EST", "2026-12", "Per-seat editions charge no organisation fee. Per-organisation alternative: DingTalk 专业版 about 9,800 CNY a year (EST, 2021 launch price; the edition and its upgrade from 标准版 are SEEN in open.dingtalk.com docs, 2025)"),
  addOns: {
    recording: f("8", "EST", "2026-10", "EST: premium module per user-month"),
    translation: f("8", "EST", "2026-10", "EST: premium module per user-month"),
    archiving: f("12.5", "EST", "2026-11", "EST: 150 CNY per archived user-year (docs/research/vendor-catalogue.json wecomCn); WeCom sells 会话内容存档 per user in 办公版/服务版/企业版 (editions SEEN developer.work.weixin.qq.com/document/path/91614, 2025-05-08)"),
  },
  negotiatedDiscount: f("0.15", "EST", "2026-12", `EST: 15% off the band price for a 5,000-seat deal, so 40 → 34 CNY, mid-range of the review's band; ${REVIEW}; ${ADVISERS_DISCOUNT}`),
  billing: { cycle: "annualInAdvance", prepayDiscount: f("0", "EST", "2026-12", "EST: Chinese editions are listed per user per year and paid a year ahead; the list is already the prepaid price") },
  renewal: {
    priceHoldYears: f("2", "EST", "2026-12", "EST: a 5,000-seat deal signed for two years at a fixed price; fees fixed for a multi-year term are achievable (SEEN-2nd bestnegotiationconsultingfirms.com, 2025)"),
    upliftPerYear: f("0.05", "DERIVED", "2026-10", DRIFT),
    maxTotalUplift: f("0.1", "EST", "2026-12", `EST: at most +10% over the starting price; ${CAP_ADVICE}`),
  },
  support: null,
  minimum: {
    seats: f("50", "EST", "2026-10", "EST: enterprise editions sell a minimum commitment"),
    spendPerYear: f("0", "EST", "2026-12", "EST: no minimum spend beyond the seats"),
  },
  exitReserve: f("0.05", "EST", "2026-12", EXIT),
};

const TEAMS = "Microsoft Teams Enterprise, standalone: chat, meetings up to 1,000 attendees and VoIP calling, no seat limit (SEEN-2nd covenanttechnologypartners.com, 2024-04-29)";

/** Default international offer: Microsoft Teams Enterprise (an enterprise tier with meetings), annual commitment. */
export const DEFAULT_OFFER_INTL: OfferProfile = {
  id: "intlTeamsEnterprise",
  name: { en: "Microsoft Teams Enterprise, annual commitment", zh: "Microsoft Teams 企业版（年度承诺）" },
  region: "intl",
  currency: "USD",
  vat: { rate: 0, listIncludesVat: false },
  seatTiers: {
    mode: "allUnits",
    modeSource: { source: `One list price for any number of seats; ${TEAMS}`, date: "2024-04", status: "SEEN-2nd" },
    tiers: [
      {
        upToSeats: null,
        pricePerSeatMonth: f("5.25", "SEEN-2nd", "2024-05", "Teams Enterprise 5.25 USD per user-month (remend.com, 2024-05-08); Microsoft raised it on 2025-11-01 (SEEN microsoft.com/licensing/faqs/10), new figure not captured: verify"),
      },
    ],
  },
  freeSeats: f("0", "SEEN-2nd", "2024-04", `No free allowance; ${TEAMS}`),
  editionFeePerYear: f("0", "SEEN-2nd", "2024-04", `No organisation fee: priced per user; ${TEAMS}`),
  addOns: {
    recording: f("0", "SEEN-2nd", "2026-12", "Meeting recording comes with Teams meetings (SEEN-2nd microsoftnegotiations.com Teams licensing guide, 2026)"),
    translation: f("1.5", "EST", "2026-10", "EST: Sendbird Pro vs Starter adds translation for +50% (SEEN-2nd)"),
    archiving: f("3", "EST", "2026-12", "EST: compliance archiving add-on for regulated industries"),
  },
  negotiatedDiscount: f("0", "SEEN-2nd", "2025-11", "List price at any volume: Microsoft phased out Enterprise Agreement online-services levels B–D from November 2025, so all customers pay level A (SEEN-2nd vergetech.co.uk/?p=22920)"),
  billing: { cycle: "annualInAdvance", prepayDiscount: f("0", "SEEN-2nd", "2025-04", "The list is the annual term paid up front; billed monthly it costs 5% more (SEEN-2nd vergetech.co.uk, from 2025-04-01) and a monthly term 20% more (SEEN-2nd pei.com NCE FAQ, 2022)") },
  renewal: {
    priceHoldYears: f("1", "SEEN-2nd", "2022-01", "Price fixed for the annual term; seats can be added, not removed, until renewal (SEEN-2nd fullerinfotech.com and teamadna.com on the New Commerce Experience, 2022-01)"),
    upliftPerYear: f("0.05", "DERIVED", "2026-10", DRIFT),
    maxTotalUplift: f("0.15", "EST", "2026-12", `EST: at most +15% over the starting price; ${CAP_ADVICE}`),
  },
  support: null,
  minimum: {
    seats: f("500", "SEEN-2nd", "2026-12", "Microsoft Enterprise Agreement minimum: 500 users or devices, raised from 250 (SEEN-2nd justmac.info news item, undated, read 2026-12)"),
    spendPerYear: f("0", "EST", "2026-12", "EST: no minimum spend beyond the seats"),
  },
  exitReserve: f("0.05", "EST", "2026-12", EXIT),
};
