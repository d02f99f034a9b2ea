/**
 * The Office writer and the budget calendar: a 1904-date workbook gets its project start as a 1904 serial and
 * reads back the same month; a workbook made by 0.1.0 (before the calendar) regenerates keeping its edits.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { buildWorkbookPlan, computeBudget, type WorkbookPlan } from "../../src/engine";
import { readInputs, writeWorkbook } from "../../src/workbook/officeWriter";
import { FakeWorkbookState, installFakeExcel, uninstallFakeExcel } from "../fakes/fakeExcel";

afterEach(() => uninstallFakeExcel());

/** Serials of 2027-01-01 and 2028-02-01, counted by hand: 2026-01-01 is 46023 in the 1900 system; 1904 is 1,462 days later. */
const JAN_2027 = { "1900": 46023 + 365, "1904": 46023 + 365 - 1462 };
const FEB_2028 = { "1900": 46023 + 365 + 365 + 31, "1904": 46023 + 365 + 365 + 31 - 1462 };

function fresh(system: "1900" | "1904"): FakeWorkbookState {
  const state = new FakeWorkbookState();
  state.dateSystem = system;
  state.addSheet("Sheet1");
  installFakeExcel(state);
  return state;
}

const projectStartCell = (state: FakeWorkbookState) => state.namedCell("Input_projectStart").cell;

describe.each(["1900", "1904"] as const)("a %s-date workbook", (system) => {
  test("gets the project start as the serial of its own system and reads back the same month", async () => {
    const state = fresh(system);
    await writeWorkbook(buildWorkbookPlan({}));
    expect(projectStartCell(state).value).toBe(JAN_2027[system]);
    expect((await readInputs(buildWorkbookPlan({}))).projectStart).toBe("2027-01");
  });

  test("keeps a project start edited in the workbook, and writes one changed in the pane in its own system", async () => {
    const state = fresh(system);
    await writeWorkbook(buildWorkbookPlan({}));
    const { sheet, address } = state.namedCell("Input_projectStart");
    state.setCell(sheet, address, { value: FEB_2028[system] });
    await writeWorkbook(buildWorkbookPlan({}));
    expect(projectStartCell(state).value).toBe(FEB_2028[system]);
    expect((await readInputs(buildWorkbookPlan({}))).projectStart).toBe("2028-02");
    await writeWorkbook(buildWorkbookPlan({ projectStart: "2027-01" }), { userChangedInputs: new Set(["projectStart"]) });
    expect(projectStartCell(state).value).toBe(JAN_2027[system]);
  });
});

test("a serial outside 2000–2100 in a 1904 workbook comes back as text the engine rejects, never as another month", async () => {
  const state = fresh("1904");
  await writeWorkbook(buildWorkbookPlan({}));
  const { sheet, address } = state.namedCell("Input_projectStart");
  state.setCell(sheet, address, { value: 73000 }); // 2103 in the 1904 system (2099 if it were read as 1900)
  const raw = await readInputs(buildWorkbookPlan({}));
  expect(raw.projectStart).toBe("73000");
  expect(() => computeBudget(raw)).toThrow(/projectStart/);
});

test("regenerating a workbook made by 0.1.0 keeps its edited inputs and adds the calendar inputs with defaults", async () => {
  const saved = JSON.parse(gunzipSync(readFileSync(join(__dirname, "fixtures", "plan-0.1.0-defaults-en.json.gz"))).toString("utf8")) as WorkbookPlan;
  // The 0.1.0 plan predates the font and page setup; today's writer, which stands in for 0.1.0's here, needs them.
  const today = buildWorkbookPlan({});
  const pageOf = (key: string) => (today.sheets.find((s) => s.key === key) ?? today.sheets[0]).page;
  const old: WorkbookPlan = { ...saved, font: saved.font ?? today.font, sheets: saved.sheets.map((s) => ({ ...s, page: s.page ?? pageOf(s.key) })) };
  const state = fresh("1900");
  await writeWorkbook(old);
  expect(state.name("Input_projectStart")).toBeUndefined();
  const edits: Record<string, number | string | boolean> = { headcount: 8000, videoResolution: "1080p", recording: true, goLiveMonthsSelfBuild: 18, buildFteHybrid: 4 };
  for (const [key, value] of Object.entries(edits)) {
    const { sheet, address } = state.namedCell(`Input_${key}`);
    state.setCell(sheet, address, { value });
  }
  await writeWorkbook(buildWorkbookPlan({}));
  const raw = await readInputs(buildWorkbookPlan({}));
  for (const [key, value] of Object.entries(edits)) expect({ key, value: raw[key] }).toEqual({ key, value });
  expect([raw.projectStart, raw.fiscalYearStartMonth, raw.fiscalYearLabel, raw.discountTiming]).toEqual(["2027-01", 1, "span", 0.5]);
  // The new Phasing sheet is there, and no 0.1.0 sheet is left behind.
  const plan = buildWorkbookPlan({});
  expect(state.sheetNames().filter((n) => n !== "Sheet1").sort()).toEqual(plan.sheets.map((s) => s.name).sort());
});
