/**
 * The pane's only door to the workbook: builds the plan with the engine, hands it to the Office writer
 * (src/workbook/officeWriter.ts), which also opens the Compare sheet in the same batch; or reads the Input_*
 * cells back. Components receive a WorkbookActions object, so tests pass a fake and never touch Office.
 */
import { buildWorkbookPlan } from "../engine";
import { RISK_SEED, RISK_TRIALS } from "./risk/riskProtocol";
import { readInputs, writeWorkbook } from "../workbook/officeWriter";
import { readSelection } from "../workbook/readSelection";
import type { GenerateOutcome, WorkbookActions } from "./workbookTypes";

/** The real actions, inside Excel. */
export const officeWorkbookActions: WorkbookActions = {
  async generate(raw, { language, userChangedInputs, onProgress, monteCarlo }): Promise<GenerateOutcome> {
    onProgress?.({ id: "plan" });
    // Let the progress list paint before the (synchronous) plan build.
    await new Promise((r) => setTimeout(r, 0));
    // The pane's Monte Carlo result when it has one for these inputs; otherwise the same trials and seed.
    const plan = buildWorkbookPlan(raw, { language, monteCarlo: monteCarlo ?? { trials: RISK_TRIALS, seed: RISK_SEED } });
    const report = await writeWorkbook(plan, {
      userChangedInputs,
      activateSheet: "compare",
      onProgress: (step) => onProgress?.({ id: step.phase, syncs: step.syncs }),
    });
    const activated = plan.sheets.find((s) => s.key === "compare")?.name ?? null;
    onProgress?.({ id: "activate" });
    return {
      sheetNames: plan.sheets.map((s) => s.name),
      createdSheets: report.createdSheets,
      rewrittenSheets: report.rewrittenSheets,
      keptInputs: report.keptInputs,
      keptRates: report.keptRates,
      syncs: report.syncs,
      activated,
    };
  },
  async load(language) {
    // readInputs finds the cells through the Input_<key> names, so the plan's language does not matter.
    return readInputs(buildWorkbookPlan({}, { language }));
  },
  readSelection,
};
