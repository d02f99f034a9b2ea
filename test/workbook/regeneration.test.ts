/**
 * Regenerating in Excel keeps every edit the user made in an editable cell: each kind of input (number, choice,
 * TRUE/FALSE, "auto"/number override) and every editable column of several rates (list, discount, VAT rate,
 * list includes VAT, source, date, status). Each edit is checked one by one, so a test fails if any is lost.
 */
import { REQUIREMENT_SPECS, type RequirementSpec } from "../../src/engine";
import { RATE_CARD_ENTRIES } from "../../src/engine";
import { buildWorkbookPlan } from "../../src/engine/workbook/buildWorkbookPlan";
import { RATE_COLUMNS } from "../../src/engine/workbook/buildRateCardSheet";
import type { WorkbookPlan } from "../../src/engine/workbook/WorkbookPlan";
import { parseRect } from "../../src/workbook/address";
import { writeWorkbook } from "../../src/workbook/officeWriter";
import { a1, FakeWorkbookState, installFakeExcel, uninstallFakeExcel } from "../fakes/fakeExcel";

afterEach(() => uninstallFakeExcel());

type Value = string | number | boolean;
interface Edit {
  readonly what: string;
  readonly sheet: string;
  readonly address: string;
  readonly value: Value;
}

/** A valid value other than the default, for each kind of input. */
function editedInput(spec: RequirementSpec): Value {
  switch (spec.kind) {
    case "number":
      return spec.default === spec.max ? spec.min : spec.max;
    case "override":
      return spec.default === "auto" ? Math.min(spec.max, spec.min + 7) : "auto";
    case "month":
      return 46784; // 2028-02-01, a date serial as Excel holds it
    case "boolean":
      return !spec.default;
    case "choice":
      return spec.choices.find((c) => c !== spec.default)!;
  }
}

function inputEdits(plan: WorkbookPlan): Edit[] {
  const sheet = plan.sheets.find((s) => s.key === "inputs")!.name;
  return REQUIREMENT_SPECS.map((s) => s as RequirementSpec).map((spec) => ({ what: `input ${spec.key} (${spec.kind})`, sheet, address: plan.inputCells[spec.key].address.replace(/\$/g, ""), value: editedInput(spec) }));
}

/** Several rates: the first (a parameter), the first and a middle price, and the last. */
const RATE_KEYS = (() => {
  const prices = RATE_CARD_ENTRIES.filter((e) => e.kind === "price");
  return [...new Set([RATE_CARD_ENTRIES[0].key, prices[0].key, prices[Math.floor(prices.length / 2)].key, RATE_CARD_ENTRIES[RATE_CARD_ENTRIES.length - 1].key])];
})();

const RATE_EDITS: Record<string, (i: number) => Value> = {
  list: (i) => 1000 + i,
  discount: (i) => 0.1 + i / 100,
  vatRate: (i) => 0.05 + i / 100,
  includesVat: () => true,
  source: (i) => `Quote from vendor ${i}, 2026-11 (signed)`,
  date: (i) => `2026-1${i % 2}-0${i + 1}`,
  status: () => "QUOTED",
  validUntil: (i) => `2027-0${i + 1}-28`,
  termMonths: (i) => 12 + i,
  document: (i) => `Q-2026-${100 + i}`,
};

function rateEdits(plan: WorkbookPlan): Edit[] {
  const sheet = plan.sheets.find((s) => s.key === "rateCard")!;
  const edits: Edit[] = [];
  RATE_KEYS.forEach((key, i) => {
    const row = parseRect(plan.rateCells[key].list)!.top;
    const entry = RATE_CARD_ENTRIES.find((e) => e.key === key)!;
    for (const [column, value] of Object.entries(RATE_EDITS)) {
      // Parameters have no discount or VAT cells to edit (they are locked notes).
      if (entry.kind === "parameter" && ["discount", "vatRate", "includesVat", "termMonths"].includes(column)) continue;
      const includesVat = column === "includesVat" ? !entry.listIncludesVat : undefined;
      edits.push({ what: `rate ${key} ${column}`, sheet: sheet.name, address: a1(row, RATE_COLUMNS[column as keyof typeof RATE_COLUMNS]), value: includesVat ?? value(i) });
    }
  });
  return edits;
}

async function editAndRegenerate(second: WorkbookPlan): Promise<{ state: FakeWorkbookState; edits: Edit[] }> {
  const state = new FakeWorkbookState();
  state.addSheet("Sheet1");
  installFakeExcel(state);
  const first = buildWorkbookPlan({});
  await writeWorkbook(first);
  const edits = [...inputEdits(first), ...rateEdits(first)];
  for (const e of edits) {
    expect({ what: e.what, locked: state.cell(e.sheet, e.address).locked }).toEqual({ what: e.what, locked: false }); // an editable cell
    state.setCell(e.sheet, e.address, { value: e.value });
  }
  await writeWorkbook(second);
  return { state, edits };
}

function expectKept(state: FakeWorkbookState, edits: readonly Edit[]): void {
  for (const e of edits) expect({ what: e.what, value: state.cell(e.sheet, e.address).value }).toEqual({ what: e.what, value: e.value });
}

test("the edits cover every kind of input and every editable rate column", () => {
  const plan = buildWorkbookPlan({});
  const kinds = new Set(REQUIREMENT_SPECS.map((s) => s.kind));
  expect([...kinds].sort()).toEqual(["boolean", "choice", "month", "number", "override"]);
  const columns = new Set(rateEdits(plan).map((e) => e.what.split(" ").pop()));
  expect([...columns].sort()).toEqual(["date", "discount", "document", "includesVat", "list", "source", "status", "termMonths", "validUntil", "vatRate"]);
  expect(RATE_KEYS.length).toBeGreaterThanOrEqual(3);
  // Every unlocked cell of each chosen rate's row is edited.
  const rateSheet = plan.sheets.find((s) => s.key === "rateCard")!;
  for (const key of RATE_KEYS) {
    const row = parseRect(plan.rateCells[key].list)!.top;
    const inputColumns = rateSheet.blocks[0].cells[row].flatMap((c, i) => (c.style === "input" ? [a1(row, i)] : []));
    expect(rateEdits(plan).filter((e) => e.what.startsWith(`rate ${key} `)).map((e) => e.address).sort()).toEqual(inputColumns.sort());
  }
});

test("regenerating the same plan keeps every edited input and rate cell", async () => {
  const { state, edits } = await editAndRegenerate(buildWorkbookPlan({}));
  expectKept(state, edits);
});

test("regenerating another plan (other horizon and language) keeps them too", async () => {
  const { state, edits } = await editAndRegenerate(buildWorkbookPlan({ horizonYears: 3 }, { language: "zh-CN" }));
  const renamed = new Map(buildWorkbookPlan({}).sheets.map((s, i) => [s.name, buildWorkbookPlan({}, { language: "zh-CN" }).sheets[i].name]));
  expectKept(
    state,
    edits.map((e) => ({ ...e, sheet: renamed.get(e.sheet)! })),
  );
});
