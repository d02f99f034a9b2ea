import { buildWorkbookPlan } from "../../../src/engine";

/** Excel refuses a formula longer than 8,192 characters; the seat line's quoted-term test names every band. */
const EXCEL_FORMULA_LIMIT = 8192;

function longestFormula(value: unknown, longest = { length: 0, at: "" }, at = ""): { length: number; at: string } {
  if (typeof value === "string" && value.startsWith("=")) {
    if (value.length > longest.length) return { length: value.length, at };
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) longest = longestFormula(v, longest, `${at}.${k}`);
  }
  return longest;
}

test.each(["cn", "international"])("every formula of the %s plan stays within Excel's 8,192 characters", (region) => {
  const plan = buildWorkbookPlan({ deploymentRegion: region }, { language: "en-US", monteCarlo: false });
  const longest = longestFormula(plan.sheets);
  expect(longest.length).toBeGreaterThan(1000);
  expect(longest.length).toBeLessThanOrEqual(EXCEL_FORMULA_LIMIT);
});
