/**
 * Regenerating in Excel rewrites the Risk sheet's Run inputs (the values the new run used) while it keeps the
 * user's input edits: after "Load from workbook" and Generate, recorded and current agree again (the stale
 * warning clears); generating from inputs the pane never loaded leaves them apart, as they are.
 */
import { buildWorkbookPlan } from "../../src/engine/workbook/buildWorkbookPlan";
import { RISK_RUN_CURRENT, RUN_COLUMNS } from "../../src/engine/workbook/buildRiskRunBlock";
import type { WorkbookPlan } from "../../src/engine/workbook/WorkbookPlan";
import { writeWorkbook } from "../../src/workbook/officeWriter";
import { a1, FakeWorkbookState, installFakeExcel, uninstallFakeExcel } from "../fakes/fakeExcel";

afterEach(() => uninstallFakeExcel());

const options = { monteCarlo: false as const };
const riskName = (plan: WorkbookPlan) => plan.sheets.find((s) => s.key === "risk")!.name;
const inputsName = (plan: WorkbookPlan) => plan.sheets.find((s) => s.key === "inputs")!.name;

/** The Run inputs row of `what` on the plan's Risk sheet, as an A1 address of the given column. */
function runCell(plan: WorkbookPlan, what: string, column: number): string {
  const rows = plan.sheets.find((s) => s.key === "risk")!.blocks[0].cells;
  const row = rows.findIndex((r) => r[RUN_COLUMNS.what].value === what && r[RUN_COLUMNS.matches].formula !== undefined);
  return a1(row, column);
}

async function editThenRegenerate(second: WorkbookPlan): Promise<FakeWorkbookState> {
  const state = new FakeWorkbookState();
  state.addSheet("Sheet1");
  installFakeExcel(state);
  const first = buildWorkbookPlan({}, options);
  await writeWorkbook(first);
  state.setCell(inputsName(first), first.inputCells.headcount.address.replace(/\$/g, ""), { value: 6000 });
  // A user (or a careless paste) overwrites the recorded value: regeneration must not keep it.
  state.setCell(riskName(first), runCell(first, "Input_headcount", RUN_COLUMNS.recorded), { value: 6000 });
  await writeWorkbook(second);
  return state;
}

test("after loading the edited inputs, regeneration records them: recorded = current, the edit kept", async () => {
  const second = buildWorkbookPlan({ headcount: 6000 }, options);
  const state = await editThenRegenerate(second);
  expect(state.cell(inputsName(second), second.inputCells.headcount.address.replace(/\$/g, "")).value).toBe(6000);
  expect(state.cell(riskName(second), runCell(second, "Input_headcount", RUN_COLUMNS.recorded)).value).toBe(6000);
  expect(state.cell(riskName(second), runCell(second, "Input_headcount", RUN_COLUMNS.current)).formula).toBe("=Input_headcount");
  expect(state.namedCell(RISK_RUN_CURRENT).cell.formula).toMatch(/^=AND\(\$E\$\d+:\$E\$\d+\)$/);
  expect(state.sheetOrThrow(riskName(second)).conditionalFormats.length).toBeGreaterThanOrEqual(2);
});

test("generating from inputs the pane did not load keeps the workbook's edit and records what the run used", async () => {
  const second = buildWorkbookPlan({}, options);
  const state = await editThenRegenerate(second);
  expect(state.cell(inputsName(second), second.inputCells.headcount.address.replace(/\$/g, "")).value).toBe(6000);
  // The run used 5,000 staff: the table says so, and its match formula will show the difference.
  expect(state.cell(riskName(second), runCell(second, "Input_headcount", RUN_COLUMNS.recorded)).value).toBe(5000);
});
