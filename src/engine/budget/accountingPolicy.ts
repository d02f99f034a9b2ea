import type { AssetClass } from "../lines/assetClasses";
import type { LineItem } from "../lines/LineItem";
import type { Requirements } from "../requirements/Requirements";
import type { PathId } from "./paths";
import type { PricedPath } from "./priceLines";
import type { MonthSpan } from "./quotedTerm";

/**
 * The months [from, to) in which a path's own development is capitalised (CAS 6 / IAS 38.57): only when the
 * policy input says the criteria are met, from the end of the POC (research, always expensed) until go-live.
 * Configuring a SaaS product is never capitalised (the customer controls no asset: IFRIC agenda decision, 2021).
 * A path without a POC line capitalises from month 1. Null when nothing is capitalised.
 */
export function capitalisedDevelopment(path: PathId, req: Requirements, priced: PricedPath, windowMonths: number): MonthSpan | null {
  if (req.capitaliseDevelopment !== true) return null;
  if (path === "commercial" && req.commercialModel === "saas") return null;
  const poc = priced.lines.find((l) => l.item.id === "poc");
  const from = poc && poc.intervals.length > 0 ? Math.max(...poc.intervals.map((i) => i.to)) : 1;
  const to = Math.min(priced.goLive, windowMonths) + 1;
  return from < to ? { from, to } : null;
}

/** The asset class a line's spend in the months [from, to) goes to, or null for opex. */
export function capexClassOf(item: LineItem, from: number, to: number, development: MonthSpan | null): AssetClass | null {
  if (item.asset !== "development") return item.asset;
  return development && from >= development.from && to <= development.to ? "development" : null;
}
