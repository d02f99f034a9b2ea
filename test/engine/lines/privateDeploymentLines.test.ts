/**
 * A commercial private deployment runs on the buyer's own infrastructure, so its running infrastructure lines
 * are the self-built system's: the same egress for the same users and calls.
 */
import { computeBudget } from "../../../src/engine";

test("in a year both are in service, a private deployment's bandwidth equals self-build's, month by month", () => {
  const b = computeBudget({ commercialModel: "private" });
  const line = (path: "selfBuild" | "commercial") => b.paths[path].lines.find((l) => l.id === "bandwidth")!;
  // Window year 3 (months 25–36): self-build is live from month 13, the private deployment from month 3.
  for (let m = 25; m <= 36; m++) {
    expect(line("commercial").month(m).toString()).toBe(line("selfBuild").month(m).toString());
    expect(line("commercial").month(m).greaterThan(0)).toBe(true);
  }
});

test("a SaaS subscription carries no egress of its own", () => {
  const b = computeBudget({ commercialModel: "saas" });
  expect(b.paths.commercial.lines.find((l) => l.id === "bandwidth")!.total.toNumber()).toBe(0);
});
