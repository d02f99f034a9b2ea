import { EngineError, describeValue } from "../EngineError";
import type { RateOverrides } from "../rateCard/rateCard";
import { DEFAULT_OFFER_CN, DEFAULT_OFFER_INTL } from "./defaultOffers";
import type { EvidenceStatus, RateCardEntry } from "../rateCard/RateCardEntry";
import { MAX_SEAT_TIERS, type OfferEvidence, type OfferFigure, type OfferProfile } from "./OfferProfile";
import { OFFER_KEYS as K, regionKey } from "./offerKeys";
import { validateOfferProfile } from "./validateOfferProfile";

type Text = { readonly en: string; readonly zh: string };
const t = (en: string, zh: string): Text => ({ en, zh });

/** Weakest first: a price resting on an estimated discount is itself an estimate. */
const STRENGTH: readonly EvidenceStatus[] = ["EST", "SEEN-2nd", "DERIVED", "SEEN"];
const weaker = (a: EvidenceStatus, b: EvidenceStatus): EvidenceStatus => (STRENGTH.indexOf(a) <= STRENGTH.indexOf(b) ? a : b);

/** One term to write as a rate-card row. */
interface Row {
  readonly term: string;
  readonly label: Text;
  readonly unit: string;
  readonly figure: OfferFigure;
  /** A price in the offer's currency (else a parameter); `discounted` prices carry the negotiated discount. */
  readonly price?: { readonly discounted: boolean };
}

const fig = (value: string, e: OfferEvidence): OfferFigure => ({ value, source: e.source, date: e.date, status: e.status });

/** The bands padded to the rate card's three: a missing band repeats the last price with a zero-width range. */
function tierRows(p: OfferProfile): Row[] {
  const { tiers } = p.seatTiers;
  const rows: Row[] = [];
  let lastLimit: OfferFigure = fig("0", p.seatTiers.modeSource);
  for (let n = 1; n <= MAX_SEAT_TIERS; n++) {
    const tier = tiers[Math.min(n, tiers.length) - 1];
    const padded = n > tiers.length;
    const note = padded ? t(" (unused band: same price as the last)", "（未用档：同最后一档价格）") : t("", "");
    rows.push({ term: K.tierPrice(n), label: t(`SaaS seat price, volume band ${n}${note.en}`, `SaaS 席位单价，第 ${n} 档${note.zh}`), unit: "per user-month", figure: tier.pricePerSeatMonth, price: { discounted: true } });
    if (n === MAX_SEAT_TIERS) break;
    const bounded = n < tiers.length ? tiers[n - 1].upToSeats : null;
    if (bounded) lastLimit = bounded;
    const zeroWidth = t(" (equal to the band before: unused)", "（与上一档相同：未用）");
    rows.push({ term: K.tierLimit(n), label: t(`SaaS volume band ${n}: seats up to${bounded ? "" : zeroWidth.en}`, `SaaS 第 ${n} 档席位上限${bounded ? "" : zeroWidth.zh}`), unit: "seats", figure: bounded ?? lastLimit });
  }
  return rows;
}

/** Every term of the offer as rows, in RateCard order. */
function offerRows(p: OfferProfile): Row[] {
  const graduated = fig(p.seatTiers.mode === "graduated" ? "1" : "0", p.seatTiers.modeSource);
  const noSupport = fig("0", { source: `No paid support plan in "${p.name.en}": support comes with the subscription`, date: p.exitReserve.date, status: "DERIVED" });
  return [
    ...tierRows(p),
    { term: K.tiersGraduated, label: t("SaaS bands: 1 = graduated (each band its price), 0 = all units at the band of the total", "SaaS 分档方式：1 = 累进（各档各价），0 = 全部按总数所在档"), unit: "flag", figure: graduated },
    { term: K.freeSeats, label: t("SaaS free seats", "SaaS 免费席位"), unit: "seats", figure: p.freeSeats },
    { term: K.minSeats, label: t("SaaS minimum seats billed", "SaaS 最低计费席位"), unit: "seats", figure: p.minimum.seats },
    { term: K.editionFee, label: t("SaaS edition fee per organisation", "SaaS 组织版本年费"), unit: "per year", figure: p.editionFeePerYear, price: { discounted: true } },
    { term: K.addOn("recording"), label: t("SaaS add-on: call recording", "SaaS 增值：通话录制"), unit: "per user-month", figure: p.addOns.recording, price: { discounted: true } },
    { term: K.addOn("translation"), label: t("SaaS add-on: message translation", "SaaS 增值：消息翻译"), unit: "per user-month", figure: p.addOns.translation, price: { discounted: true } },
    { term: K.addOn("archiving"), label: t("SaaS add-on: message archiving (regulated industries)", "SaaS 增值：会话存档（受监管行业）"), unit: "per user-month", figure: p.addOns.archiving, price: { discounted: true } },
    { term: K.minSpend, label: t("SaaS minimum spend on the subscription", "SaaS 订阅最低年消费"), unit: "per year", figure: p.minimum.spendPerYear, price: { discounted: false } },
    { term: K.prepayDiscount, label: t("SaaS discount for paying a year in advance", "SaaS 年付预付折扣"), unit: "share", figure: p.billing.prepayDiscount },
    { term: K.priceHoldYears, label: t("SaaS price held for the first years", "SaaS 价格锁定年数"), unit: "years", figure: p.renewal.priceHoldYears },
    { term: K.upliftPerYear, label: t("SaaS renewal uplift per year after the hold", "SaaS 锁价期后续费年涨幅"), unit: "share", figure: p.renewal.upliftPerYear },
    { term: K.maxTotalUplift, label: t("SaaS renewal cap: most the price may rise over the start", "SaaS 续费涨价上限（相对起始价）"), unit: "share", figure: p.renewal.maxTotalUplift },
    { term: K.supportShare, label: t("SaaS paid support plan, share of fees", "SaaS 付费支持服务费比例"), unit: "share", figure: p.support?.sharePerYear ?? noSupport },
    { term: K.supportMinimum, label: t("SaaS paid support plan, minimum a year", "SaaS 付费支持服务最低年费"), unit: "per year", figure: p.support?.minimumPerYear ?? noSupport, price: { discounted: false } },
    { term: K.exitReserve, label: t("SaaS exit / lock-in reserve on vendor fees", "SaaS 退出/锁定风险储备比例"), unit: "share", figure: p.exitReserve },
  ];
}

/** A row as a rate-card entry: the negotiated discount goes in the discount column, with its source. */
function entryOf(p: OfferProfile, row: Row): RateCardEntry {
  const key = regionKey(row.term, p.region);
  const f = row.figure;
  if (!row.price) {
    return { key, kind: "parameter", label: row.label, unit: row.unit, currency: null, region: p.region, list: f.value, discount: 0, vatRate: 0, listIncludesVat: false, source: f.source, date: f.date, status: f.status };
  }
  const d = p.negotiatedDiscount;
  const discount = row.price.discounted ? Number(d.value) : 0;
  const source = discount > 0 ? `${f.source}; negotiated discount ${d.value}: ${d.source}` : f.source;
  const status = discount > 0 ? weaker(f.status, d.status) : f.status;
  return { key, kind: "price", label: row.label, unit: row.unit, currency: p.currency, region: p.region, list: f.value, discount, vatRate: p.vat.rate, listIncludesVat: p.vat.listIncludesVat, source, date: f.date, status };
}

/** An offer compiled into its region's rate-card entries (validated first). */
export function offerRateEntries(p: OfferProfile): RateCardEntry[] {
  validateOfferProfile(p);
  return offerRows(p).map((row) => entryOf(p, row));
}

/**
 * An offer as changes to the default price book: how a catalogue profile or a test replaces the default offer.
 * Changes keep a rate's currency and VAT, so the offer must use those of its region's default offer.
 */
export function offerRateOverrides(p: OfferProfile): RateOverrides {
  const base = p.region === "cn" ? DEFAULT_OFFER_CN : DEFAULT_OFFER_INTL;
  if (p.currency !== base.currency) throw new EngineError({ code: "unknownOption", field: `offer ${p.id}.currency`, allowed: `${base.currency} (the ${p.region} price list's currency)`, received: describeValue(p.currency) });
  if (p.vat?.rate !== base.vat.rate || p.vat.listIncludesVat !== base.vat.listIncludesVat) {
    const vat = `${base.vat.rate}, ${base.vat.listIncludesVat ? "included in the list" : "not in the list"}`;
    throw new EngineError({ code: "outOfRange", field: `offer ${p.id}.vat`, allowed: `VAT ${vat} (the ${p.region} price list's)`, received: describeValue(p.vat?.rate) });
  }
  return Object.fromEntries(offerRateEntries(p).map((e) => [e.key, { list: e.list, discount: e.discount, date: e.date, source: e.source, status: e.status }]));
}
