import type { CatalogueProfile } from "./CatalogueProfile";
import { LIST_PRICE, RESEARCH, figure, inherited } from "./catalogueFigures";
import { saasCatalogueProfile } from "./saasCatalogueProfile";
import { DEFAULT_OFFER_INTL as D } from "../../offers/defaultOffers";
import type { OfferProfile } from "../../offers/OfferProfile";

// International SaaS: USD lists without VAT, as the default international offer (offerRateOverrides requires them).
const DEF = "default international offer (Microsoft Teams Enterprise)";

/** Teams Enterprise standalone: the default international offer is already this vendor's list, so its terms stay. */
const TEAMS: OfferProfile = {
  ...D,
  id: "msTeams",
  name: { en: "Microsoft Teams Enterprise (standalone), annual term", zh: "Microsoft Teams 企业版（独立订阅，年度）" },
  seatTiers: {
    ...D.seatTiers,
    tiers: [{ upToSeats: null, pricePerSeatMonth: figure("5.25", "SEEN-2nd", "2024-05-08", `Teams Enterprise (standalone) 5.25 USD per user-month, annual (https://www.remend.com/unbundled-microsoft-teams-customer-type-impact/); raised from 2025-11-01 (https://www.microsoft.com/licensing/faqs/10, SEEN), new figure not captured: verify (${RESEARCH} msTeams)`) }],
  },
  renewal: {
    ...D.renewal,
    priceHoldYears: figure("1", "SEEN-2nd", "2022-01-24", `Annual NCE term: price fixed for the term, seats can be added but not removed until renewal (https://fullerinfotech.com/blog/new-pricing-and-changes-from-microsoft/) (${RESEARCH} msTeams)`),
  },
};

/** Terms the research gives for neither Slack nor Zoom, estimated the same way for both. */
function ownTerms(vendor: string, key: string, date: string): Pick<OfferProfile, "freeSeats" | "editionFeePerYear" | "negotiatedDiscount" | "renewal" | "exitReserve"> {
  return {
    freeSeats: figure("0", "EST", date, `${vendor}'s paid plans include no free seats; the free plan is separate (${RESEARCH} ${key})`),
    editionFeePerYear: figure("0", "EST", date, `${vendor} prices per seat: no organisation fee in ${RESEARCH} ${key}`),
    negotiatedDiscount: LIST_PRICE,
    renewal: {
      priceHoldYears: figure("1", "EST", "2026-12", `An annual plan's price holds for the year paid; ${vendor} publishes no multi-year price hold (${RESEARCH} ${key})`),
      upliftPerYear: inherited(D.renewal.upliftPerYear, DEF),
      maxTotalUplift: inherited(D.renewal.maxTotalUplift, DEF),
    },
    exitReserve: inherited(D.exitReserve, DEF),
  };
}

const SLACK_SRC = "api-evangelist/slack plans (generated 2026-05); salesforcenegotiations.com (older list 12.50), as recorded in shared/research/domain-costs.md §9.1";

/** Slack Business+ (published list); Enterprise Grid is quote-only (25 list, 25–45% off at scale, SEEN-2nd). */
const SLACK: OfferProfile = {
  ...D,
  ...ownTerms("Slack", "slack", "2026-05"),
  id: "slack",
  name: { en: "Slack Business+, annual billing", zh: "Slack Business+（年付）" },
  seatTiers: {
    mode: "allUnits",
    modeSource: { source: `One Business+ price per seat whatever the count: no volume bands published (${RESEARCH} slack)`, date: "2026-05", status: "EST" },
    tiers: [{ upToSeats: null, pricePerSeatMonth: figure("15", "SEEN-2nd", "2026-05", `Slack Business+ 15.00 USD per user-month billed annually, 18.00 billed monthly (${SLACK_SRC}) (${RESEARCH} slack)`) }],
  },
  addOns: {
    recording: figure("0", "EST", "2026-05", `Slack has no full meetings product (huddles only): no recording add-on priced; budget a separate video meeting tool (${RESEARCH} slack)`),
    translation: inherited(D.addOns.translation, DEF),
    archiving: inherited(D.addOns.archiving, DEF),
  },
  billing: { cycle: "annualInAdvance", prepayDiscount: figure("0", "SEEN-2nd", "2026-05", `The seat price used is already the annual-billing list (15.00; 18.00 billed monthly): ${SLACK_SRC}`) },
  minimum: { seats: figure("0", "EST", "2026-05", `No seat minimum published for Slack Business+ (${RESEARCH} slack)`), spendPerYear: inherited(D.minimum.spendPerYear, DEF) },
};

const ZOOM_SRC = "api-evangelist/zoom plans (generated 2026-05), as recorded in shared/research/domain-costs.md §9.1";

/** Zoom Workplace Enterprise: the plan for more than about 250 users (Business 18.33 from 10 seats, Pro 13.33). */
const ZOOM: OfferProfile = {
  ...D,
  ...ownTerms("Zoom", "zoomWorkplace", "2026-05"),
  id: "zoomWorkplace",
  name: { en: "Zoom Workplace Enterprise, annual billing", zh: "Zoom Workplace 企业版（年付）" },
  seatTiers: {
    mode: "allUnits",
    modeSource: { source: `One Enterprise price per seat: no volume bands published (${RESEARCH} zoomWorkplace)`, date: "2026-05", status: "EST" },
    tiers: [{ upToSeats: null, pricePerSeatMonth: figure("19.99", "SEEN-2nd", "2026-05", `Zoom Workplace Enterprise ~19.99 USD per user-month, ~250 minimum (${ZOOM_SRC}) (${RESEARCH} zoomWorkplace)`) }],
  },
  addOns: {
    recording: figure("0", "EST", "2026-05", `Meeting recording taken as part of the Zoom Workplace plan: no recording add-on price in ${RESEARCH} zoomWorkplace`),
    translation: inherited(D.addOns.translation, DEF),
    archiving: inherited(D.addOns.archiving, DEF),
  },
  billing: { cycle: "annualInAdvance", prepayDiscount: figure("0", "SEEN-2nd", "2026-05", `The seat price used is already the annual-billing list (Pro 13.33 annual vs 16.99 monthly, Business 18.33 vs 21.99): ${ZOOM_SRC}`) },
  minimum: { seats: figure("250", "SEEN-2nd", "2026-05", `Zoom Workplace Enterprise minimum of about 250 seats (${ZOOM_SRC}) (${RESEARCH} zoomWorkplace)`), spendPerYear: inherited(D.minimum.spendPerYear, DEF) },
};

export const INTL_SAAS_PROFILES: readonly CatalogueProfile[] = [
  saasCatalogueProfile("Microsoft", TEAMS, "List of 2024-05; Microsoft raised Teams Enterprise on 2025-11-01 and the new price was not captured. Teams Essentials (4.00) stops at 300 users."),
  saasCatalogueProfile("Salesforce (Slack)", SLACK, "Business+ list; no meetings product: add a video meeting tool. Enterprise Grid is quote-only."),
  saasCatalogueProfile("Zoom", ZOOM, "Enterprise plan list from a generated catalogue (SEEN-2nd)."),
];
