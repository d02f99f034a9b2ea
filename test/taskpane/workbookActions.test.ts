/**
 * officeWorkbookActions.generate hands the pane's Monte Carlo result to buildWorkbookPlan, so the Risk sheet
 * holds the percentiles the pane showed (and the plan does not rerun them); without one, the plan runs the
 * same trials and seed. The Office writer is replaced by a recorder.
 */
import { PATH_IDS, runMonteCarlo, type WorkbookPlan } from "../../src/engine";
import { formToRaw, presetValues } from "../../src/taskpane/state/formState";

const written: WorkbookPlan[] = [];
jest.mock("../../src/workbook/officeWriter", () => ({
  writeWorkbook: async (plan: WorkbookPlan) => {
    written.push(plan);
    return { syncs: 2, createdSheets: plan.sheets.map((s) => s.name), rewrittenSheets: [], renamedSheets: [], namesAdded: 0, namesRepointed: 0, keptInputs: [], keptRates: [], keptDrivers: [] };
  },
  readInputs: async () => ({}),
}));
// Imported after the mock (jest hoists jest.mock above imports anyway).
import { officeWorkbookActions } from "../../src/taskpane/workbookActions";

const riskValues = (plan: WorkbookPlan) => plan.sheets.find((s) => s.key === "risk")!.blocks.flatMap((b) => b.cells.flat().map((c) => c.value));

describe("officeWorkbookActions.generate", () => {
  const raw = formToRaw(presetValues("medium"));

  it("writes the pane's Monte Carlo result on the Risk sheet", async () => {
    const mc = runMonteCarlo(raw, { trials: 1500, seed: 42 });
    const outcome = await officeWorkbookActions.generate(raw, { language: "en-US", userChangedInputs: new Set(), monteCarlo: mc });
    expect(outcome.activated).toBe(written[0].sheets.find((s) => s.key === "compare")!.name);
    const values = riskValues(written[0]);
    for (const p of PATH_IDS) {
      expect(values).toContain(mc.paths[p].tco.p50);
      expect(values).toContain(mc.paths[p].tco.p80);
      expect(values).toContain(mc.paths[p].tco.p90);
    }
  });

  it("without one, runs 10,000 trials with seed 1 (what the pane's worker runs)", async () => {
    await officeWorkbookActions.generate(raw, { language: "zh-CN", userChangedInputs: new Set() });
    const mc = runMonteCarlo(raw, { trials: 10000, seed: 1 });
    const values = riskValues(written[written.length - 1]);
    for (const p of PATH_IDS) expect(values).toContain(mc.paths[p].tco.p80);
  });
});
