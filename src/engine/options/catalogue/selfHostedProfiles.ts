import { Decimal } from "../../decimal";
import type { OfferStatus } from "../../offers/OfferProfile";
import { CATALOGUE_LABEL, type CatalogueProfile } from "./CatalogueProfile";
import { RESEARCH, sourcedRate } from "./catalogueFigures";

/**
 * Self-hosted licences are subscriptions (per user-month, paid a year ahead), while the private-deployment
 * lines price a one-off seat licence (privateLicence, before go-live) and a yearly maintenance of
 * users × seat price × private_maintenance_share. A subscription includes updates and support, so it has no
 * maintenance of its own: its yearly fee is the maintenance line. The seat row therefore holds one month of
 * the subscription (the month bought before go-live) and the maintenance share is 12, so the yearly line is
 * users × 12 monthly fees. Setting the seat to 12 monthly fees with a share of 1 would charge the first year
 * twice; the default share (0.18) would drop four fifths of the renewals.
 */
const TWELVE_MONTHS = "12";

interface Subscription {
  readonly id: string;
  readonly vendor: string;
  readonly name: { en: string; zh: string };
  /** USD per user-month, as decimal text. */
  readonly perUserMonth: string;
  readonly status: OfferStatus;
  readonly date: string;
  /** The research item's source and why this plan. */
  readonly source: string;
  readonly note: string;
}

function selfHostedProfile(s: Subscription): CatalogueProfile {
  const yearly = `${s.perUserMonth} × 12 = ${new Decimal(s.perUserMonth).times(12).toString()} USD per seat-year`;
  return {
    id: s.id,
    vendor: s.vendor,
    name: s.name,
    kind: "selfHostedLicence",
    region: "intl",
    path: "commercial",
    inputs: { commercialModel: "private" },
    rates: {
      private_licence_seat_intl: sourcedRate(s.perUserMonth, s.status, s.date, `${s.source}. Fitted to the one-off seat row as one month of the subscription (${s.perUserMonth} USD per seat, bought before go-live); the renewals are the maintenance row (${RESEARCH} ${s.id})`),
      private_maintenance_share: sourcedRate(TWELVE_MONTHS, "DERIVED", s.date, `DERIVED: a subscription includes updates and support, so no separate maintenance; its yearly fee is 12 × the one-month seat row: ${yearly} (${s.vendor}, ${RESEARCH} ${s.id})`),
    },
    label: CATALOGUE_LABEL,
    note: { en: `${s.note} Priced for the international list only (USD): the maintenance share of 12 assumes the seat row holds one month.` },
  };
}

export const SELF_HOSTED_PROFILES: readonly CatalogueProfile[] = [
  selfHostedProfile({
    id: "mattermost",
    vendor: "Mattermost",
    name: { en: "Mattermost Professional, self-hosted", zh: "Mattermost 专业版（自托管）" },
    perUserMonth: "10",
    status: "SEEN-2nd",
    date: "2025-01",
    source: "Mattermost Professional 10.00 USD per user-month, sold as prepaid annual subscriptions per activated user (mattermost/docs PR 4056; a GitHub research doc citing mattermost.com/pricing; subscription terms SEEN at docs-staging.mattermost.com/about/subscription.html); dated 2025 only, January used",
    note: "Professional plan (published); Enterprise is quote-only (25 EST).",
  }),
  selfHostedProfile({
    id: "rocketChat",
    vendor: "Rocket.Chat",
    name: { en: "Rocket.Chat Enterprise, self-managed", zh: "Rocket.Chat 企业版（自托管）" },
    perUserMonth: "12",
    status: "EST",
    date: "2026-10",
    source: "EST: Rocket.Chat Enterprise is quote-only (docs.rocket.chat seats FAQ: 'custom limits'); placeholder 1.5 × Pro 8.00 USD per user-month (SEEN-2nd). Pro is limited to 51–500 seats (SEEN) and may be withdrawn for new buyers, so an organisation above 500 users needs Enterprise",
    note: "Enterprise price is an estimate; Pro (8.00, 51–500 seats) fits small organisations only.",
  }),
  selfHostedProfile({
    id: "elementMatrix",
    vendor: "Element",
    name: { en: "Element Enterprise (Matrix) with SSO, self-hosted", zh: "Element 企业版（Matrix，含 SSO，自托管）" },
    perUserMonth: "3.5",
    status: "SEEN-2nd",
    date: "2022-08",
    source: "Element Enterprise 3.50 USD per user-month with SSO, 3.00 without (https://github.com/robchahin/sso-wall-of-shame, _vendors/element.yaml); an enterprise deployment signs in through SSO, so the SSO price. Four years old: Element has since repackaged (Element Server Suite), verify",
    note: "2022 price; verify against Element Server Suite.",
  }),
];
