/**
 * Before go-live an own system is remediated and assessed once for its MLPS (等保) level: the remediation plus
 * the first assessment, at the rate card's prices net of recoverable VAT (inflation 0 keeps them unescalated).
 */
import { RATE_CARD_ENTRIES, computeBudget } from "../../../src/engine";

/** A CNY price as the budget carries it: list less discount, VAT taken out (it is recoverable by default). */
function net(key: string): number {
  const e = RATE_CARD_ENTRIES.find((x) => x.key === key)!;
  expect([e.currency, e.listIncludesVat]).toEqual(["CNY", true]);
  return (Number(e.list) * (1 - e.discount)) / (1 + e.vatRate);
}

test.each([2, 3])("level %i: remediation plus the first assessment, for self-build and hybrid", (level) => {
  const b = computeBudget({ mlpsLevel: level, inflationRate: 0 });
  const expected = net(`mlps_remediation_l${level}`) + net(`mlps_assessment_l${level}`);
  for (const path of ["selfBuild", "hybrid"] as const) {
    expect(b.paths[path].lines.find((l) => l.id === "mlpsBeforeGoLive")!.total.toNumber()).toBeCloseTo(expected, 6);
  }
});
