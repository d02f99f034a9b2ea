import type { OfferEvidence, OfferFigure, OfferStatus } from "../../offers/OfferProfile";
import type { RateOverride } from "../../rateCard/rateCard";

/** Where every figure of the catalogue was compiled (one item of it per figure, named by profile id). */
export const RESEARCH = "docs/research/vendor-catalogue.json";

/** A term of an offer: a decimal text with its source, date (YYYY-MM or YYYY-MM-DD) and status. */
export const figure = (value: string, status: OfferStatus, date: string, source: string): OfferFigure => ({ value, status, date, source });

/** A term the research holds no figure for: the region's default offer's figure, its source and status kept. */
export const inherited = <T extends OfferEvidence>(f: T, from: string): T => ({ ...f, source: `${from}'s term, kept (no figure for this vendor in ${RESEARCH}): ${f.source}` });

/** A rate change with its evidence; `list` as decimal text so nothing is rounded on the way. */
export const sourcedRate = (list: string, status: OfferStatus, date: string, source: string): RateOverride => ({ list, status, date, source });

/** Catalogue profiles show list prices: a negotiated discount belongs in a quote (status QUOTED). */
export const LIST_PRICE: OfferFigure = figure("0", "EST", "2026-12", `List price, no negotiated discount: catalogue profiles are indicative list prices (${RESEARCH}); enter a discount or a quote for a negotiated deal`);
