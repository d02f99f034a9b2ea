import fc from "fast-check";
import type { RequirementSpec } from "../../src/engine/requirements/RequirementSpec";
import { REQUIREMENT_SPECS } from "../../src/engine/requirements/requirementSpecs";

/** A valid value for one requirement (kept moderate where the allowed range is astronomically wide). */
export function arbitraryValue(s: RequirementSpec): fc.Arbitrary<unknown> {
  switch (s.kind) {
    case "boolean":
      return fc.boolean();
    case "choice":
      return fc.constantFrom(...s.choices);
    case "override":
      return fc.oneof(fc.constant("auto"), fc.integer({ min: s.min, max: Math.min(s.max, 50) }));
    case "month":
      return fc.record({ year: fc.integer({ min: 2020, max: 2040 }), month: fc.integer({ min: 1, max: 12 }) }).map(({ year, month }) => `${year}-${String(month).padStart(2, "0")}`);
    case "number": {
      const max = Math.min(s.max, s.key === "headcount" ? 200000 : s.key === "legacyAnnualCost" ? 1e7 : s.max);
      return s.integer ? fc.integer({ min: s.min, max }) : fc.double({ min: s.min, max, noNaN: true, noDefaultInfinity: true });
    }
  }
}

/** Random valid requirement records: any subset of keys, each with a valid value. */
export const arbitraryRequirements = fc.record(
  Object.fromEntries((REQUIREMENT_SPECS as readonly RequirementSpec[]).map((s) => [s.key, arbitraryValue(s)])),
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, unknown>>;

/**
 * A number as a person would type it into a spreadsheet cell: 15 significant digits (all Excel keeps), and
 * either 0 or at least 1e-6 in magnitude. Sub-normal doubles (below about 2.2e-308) do not exist in Excel, and
 * LibreOffice answers #NUM! for formulas that meet them, so they are no test of the workbook's formulas.
 */
export function typedNumber(x: number): number {
  if (Math.abs(x) < 1e-6) return 0;
  return Number(x.toPrecision(15));
}

/** Random valid requirement records whose numbers are typed values (see typedNumber); still within range. */
export const typedRequirements: fc.Arbitrary<Record<string, unknown>> = arbitraryRequirements.map((raw) =>
  Object.fromEntries(
    Object.entries(raw).map(([k, v]) => {
      if (typeof v !== "number") return [k, v];
      const spec = (REQUIREMENT_SPECS as readonly RequirementSpec[]).find((s) => s.key === k)!;
      const t = typedNumber(v);
      const inRange = spec.kind !== "number" || (t >= spec.min && t <= spec.max);
      return [k, inRange ? t : v];
    }),
  ),
);
