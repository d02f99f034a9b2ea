/** @jest-environment jsdom */
/**
 * The Options panel: the three paths and every added option priced by the engine on the pane's inputs, ranked by
 * TCO; add from the catalogue, duplicate, rename, remove; a quote pasted or read from the selected range prices
 * its option as QUOTED, and a bad quote names its row and column and changes nothing.
 */
// The risk worker's factory uses import.meta (webpack only): an in-thread fake replaces it.
jest.mock("../../src/taskpane/risk/createRiskWorker", () => require("./fakeRiskWorker"));
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { applyQuote, catalogueOption, computeOptions, defaultOptions, optionChecks, parseQuoteTable, warningCount, type BudgetOption } from "../../src/engine";
import { App } from "../../src/taskpane/App";
import { formToRaw, presetValues } from "../../src/taskpane/state/formState";
import { fakeActions, type FakeActions } from "./helpers";

const raw = () => formToRaw(presetValues("medium"));
const tcoOf = (options: BudgetOption[], id: string) => computeOptions(raw(), options).find((b) => b.option.id === id)!.budget.tco.toFixed(2);
const items = () => [...document.querySelectorAll<HTMLElement>("[data-option]")];
const ids = () => items().map((el) => el.getAttribute("data-option"));
const item = (id: string) => document.querySelector<HTMLElement>(`[data-option="${id}"]`)!;

/** The App with the Options panel open, once the vendor catalogue (loaded on opening) is in. */
async function renderOptions(lang: "en-US" | "zh-CN" = "en-US", actions: FakeActions = fakeActions()) {
  render(<App initialLang={lang} theme="light" actions={actions} debounceMs={0} riskDebounceMs={0} initialOpen={["options"]} />);
  await screen.findByTestId("catalogue-select");
  return actions;
}

const HEADER = ["item", "unitPrice", "currency", "quantity", "rateKey", "termMonths", "validUntil", "document", "quoteDate"];
const SEAT = ["Enterprise seat", "36", "CNY", "5000", "saas_seat_month_t2_cn", "36", "2099-03-31", "Q-7", "2026-11-25"];
const tsv = (rows: string[][]) => rows.map((r) => r.join("\t")).join("\n");

test("lists the three paths lowest TCO first, each with the engine's TCO, and the cheapest beside the title", async () => {
  await renderOptions();
  const expected = computeOptions(raw(), defaultOptions()).sort((a, b) => a.budget.tco.comparedTo(b.budget.tco));
  expect(ids()).toEqual(expected.map((b) => b.option.id));
  expect(items().map((el) => el.getAttribute("data-tco"))).toEqual(expected.map((b) => b.budget.tco.toFixed(2)));
  expect(screen.getByTestId("options-summary").textContent).toBe(`3 options · lowest TCO: ${expected[0].option.name}`);
  expect(screen.getByTestId("options").textContent).toContain("The generated workbook still shows the three paths");
});

test("each option shows its own Check_All and lists its failing warnings", async () => {
  await renderOptions();
  for (const priced of computeOptions(raw(), defaultOptions())) {
    const own = optionChecks(raw(), priced);
    const box = within(item(priced.option.id)).getByTestId("option-checks");
    expect([box.getAttribute("data-ok"), box.getAttribute("data-warnings")]).toEqual([String(own.at(-1)!.ok), String(warningCount(own))]);
    const failing = own.filter((c) => c.severity === "warning" && !c.ok);
    expect([...box.querySelectorAll("li")].map((li) => li.textContent)).toEqual(failing.map((c) => `${c.label}: ${c.message}`));
  }
  expect(within(item("commercial")).getByTestId("option-checks").textContent).toMatch(/^Model integrity OK · \d warnings?/);
});

test("a catalogue profile becomes an option marked as indicative list prices, priced like the engine's option", async () => {
  await renderOptions();
  fireEvent.change(screen.getByTestId("catalogue-select"), { target: { value: "dingtalkCn" } });
  fireEvent.click(screen.getByTestId("catalogue-add"));
  expect(ids()).toContain("dingtalkCn");
  expect(item("dingtalkCn").getAttribute("data-tco")).toBe(tcoOf([...defaultOptions(), catalogueOption("dingtalkCn")], "dingtalkCn"));
  expect(item("dingtalkCn").textContent).toContain("indicative list prices");
  // Only the deployment region's list is offered (the default deployment is in China).
  const offered = [...screen.getByTestId("catalogue-select").querySelectorAll("option")].map((o) => o.value);
  expect(offered).toContain("feishuCn");
  expect(offered).not.toContain("slack");
});

test("duplicate, rename and remove; the last option cannot be removed", async () => {
  await renderOptions();
  fireEvent.click(screen.getByTestId("duplicate-commercial"));
  expect(item("commercial2").getAttribute("data-tco")).toBe(item("commercial").getAttribute("data-tco"));
  expect(item("commercial2").textContent).toContain("Commercial (copy)");
  fireEvent.click(screen.getByTestId("rename-commercial2"));
  fireEvent.change(screen.getByTestId("rename-input-commercial2"), { target: { value: "" } });
  fireEvent.click(screen.getByTestId("rename-save-commercial2"));
  expect(item("commercial2").textContent).toContain("A name is 1 to 80 characters");
  fireEvent.change(screen.getByTestId("rename-input-commercial2"), { target: { value: "Feishu negotiated" } });
  fireEvent.click(screen.getByTestId("rename-save-commercial2"));
  expect(item("commercial2").textContent).toContain("Feishu negotiated");
  for (const id of ["commercial2", "hybrid", "selfBuild"]) fireEvent.click(screen.getByTestId(`remove-${id}`));
  expect(ids()).toEqual(["commercial"]);
  expect((screen.getByTestId("remove-commercial") as HTMLButtonElement).disabled).toBe(true);
});

test("at eight options Add is disabled and says why", async () => {
  await renderOptions();
  for (let i = 0; i < 5; i++) fireEvent.click(screen.getByTestId("duplicate-hybrid"));
  expect(items()).toHaveLength(8);
  expect((screen.getByTestId("catalogue-add") as HTMLButtonElement).disabled).toBe(true);
  expect(screen.getByTestId("options").textContent).toContain("At most 8 options");
});

test("a pasted quote (tab-separated, as Excel copies) prices its option as QUOTED, to the engine's figure", async () => {
  await renderOptions();
  const before = item("commercial").getAttribute("data-tco");
  fireEvent.click(screen.getByTestId("quote-commercial"));
  fireEvent.change(screen.getByTestId("quote-text"), { target: { value: tsv([HEADER, SEAT]) } });
  await act(async () => fireEvent.click(screen.getByTestId("quote-import-paste")));
  await waitFor(() => expect(screen.getByTestId("quote-outcome").textContent).toBe("1 item priced into “Commercial” as QUOTED."));
  const quoted = applyQuote(defaultOptions(), "commercial", parseQuoteTable([HEADER, SEAT]), raw());
  expect(item("commercial").getAttribute("data-tco")).toBe(tcoOf(quoted, "commercial"));
  expect(item("commercial").getAttribute("data-tco")).not.toBe(before);
  expect(within(item("commercial")).getByTestId("quoted")).toBeTruthy();
});

test("a bad row names its row and column in the pane's language and imports nothing", async () => {
  await renderOptions("zh-CN");
  const before = item("commercial").getAttribute("data-tco");
  fireEvent.click(screen.getByTestId("quote-commercial"));
  fireEvent.change(screen.getByTestId("quote-text"), { target: { value: tsv([HEADER, SEAT, ["Seat", "abc", "CNY", "1", "saas_seat_month_t3_cn", "36", "2099-03-31", "Q-7", "2026-11-25"]]) } });
  await act(async () => fireEvent.click(screen.getByTestId("quote-import-paste")));
  await waitFor(() => expect(screen.getByTestId("quote-outcome").textContent).toBe("未导入任何内容。第 3 行“unitPrice”列：须为 a number ≥ 0，实为 \"abc\"。"));
  expect(item("commercial").getAttribute("data-tco")).toBe(before);
  expect(within(item("commercial")).queryByTestId("quoted")).toBeNull();
});

test("inside Excel the selected range is read, dates as days; an expired item is imported with a warning", async () => {
  const actions = fakeActions();
  actions.selection = [HEADER, [...SEAT.slice(0, 6), "2020-01-31", "Q-7", "2019-11-25"]];
  await renderOptions("en-US", actions);
  fireEvent.click(screen.getByTestId("quote-hybrid"));
  await act(async () => fireEvent.click(screen.getByTestId("quote-import-selection")));
  await waitFor(() => expect(screen.getByTestId("quote-outcome").textContent).toContain("Quote Q-7, row 2 (Enterprise seat) stood until 2020-01-31: it has expired"));
  expect(within(item("hybrid")).getByTestId("quoted")).toBeTruthy();
});

test("the catalogue loads when the panel is first opened; the summary shows while it is closed", async () => {
  render(<App initialLang="en-US" theme="light" actions={fakeActions()} debounceMs={0} riskDebounceMs={0} initialOpen={[]} />);
  expect(screen.getByTestId("options-summary").textContent).toMatch(/^3 options · lowest TCO: /);
  await act(() => new Promise((r) => setTimeout(r, 20)));
  expect(screen.queryByTestId("catalogue-select")).toBeNull();
  fireEvent.click(screen.getByTestId("toggle-options"));
  expect(await screen.findByTestId("catalogue-select")).toBeTruthy();
});

test("an empty paste or selection says what to do", async () => {
  await renderOptions();
  fireEvent.click(screen.getByTestId("quote-selfBuild"));
  await act(async () => fireEvent.click(screen.getByTestId("quote-import-selection")));
  await waitFor(() => expect(screen.getByTestId("quote-outcome").textContent).toBe("Nothing to import: paste the quote first, or select its range in Excel."));
});
