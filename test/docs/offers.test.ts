import { readFileSync } from "node:fs";
import { OFFERS_DOC, README, offersMarkdown, readmeWithOffers } from "../../scripts/docs/offers";

test("docs/OFFERS.md is current (npm run docs:offers)", () => {
  expect(readFileSync(OFFERS_DOC, "utf8")).toBe(offersMarkdown());
});

test("the README's offers table is current (npm run docs:offers)", () => {
  const readme = readFileSync(README, "utf8");
  expect(readmeWithOffers(readme)).toBe(readme);
  expect(readme).toContain("Indicative list prices, not a quote");
});
