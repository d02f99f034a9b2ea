import { readFileSync } from "node:fs";
import { PATH_IDS } from "../../src/engine";
import { CALIBRATION_DOC, calibrationMarkdown, measure } from "../../scripts/docs/calibration";
import { CALIBRATION_SCENARIOS } from "../../scripts/docs/calibrationBands";

describe.each(CALIBRATION_SCENARIOS.map((s) => [s.title, s] as const))("calibration: %s", (_title, scenario) => {
  test.each(measure(scenario).map((m) => [m.path, m] as const))("%s: run rate per user per month lies inside its market band", (_path, m) => {
    const band = scenario.bands[m.path];
    expect(m.perUserMonth).toBeGreaterThanOrEqual(band.low);
    expect(m.perUserMonth).toBeLessThanOrEqual(band.high);
  });

  test("every band rests on at least one reference read in a source (SEEN or SEEN-2nd), with a date", () => {
    for (const path of PATH_IDS) {
      const band = scenario.bands[path];
      expect(band.low).toBeLessThan(band.high);
      expect(band.references.some((r) => r.status === "SEEN" || r.status === "SEEN-2nd")).toBe(true);
      for (const r of band.references) expect(r.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    }
  });
});

test("docs/CALIBRATION.md is current (npm run docs:calibration)", () => {
  expect(readFileSync(CALIBRATION_DOC, "utf8")).toBe(calibrationMarkdown());
});
