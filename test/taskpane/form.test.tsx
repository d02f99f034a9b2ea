/** @jest-environment jsdom */
/**
 * The requirements form: generated from the specs, inline validation messages from the engine's typed errors,
 * percent fields typed in percent and stored as fractions, presets.
 */
// The risk worker's factory uses import.meta (webpack only): an in-thread fake replaces it.
jest.mock("../../src/taskpane/risk/createRiskWorker", () => require("./fakeRiskWorker"));
import * as React from "react";
import { act, fireEvent, waitFor } from "@testing-library/react";
import { REQUIREMENT_SPECS, allowedText, computeBudget, validateRequirements, type RequirementSpec } from "../../src/engine";
import { splitMonth } from "../../src/taskpane/components/MonthPicker";
import { SECTIONS } from "../../src/taskpane/components/RequirementsForm";
import { PRESETS } from "../../src/taskpane/state/presets";
import { defaultValues, fieldToRaw, formToRaw, presetValues, valueToField } from "../../src/taskpane/state/formState";
import { control, fakeActions, fieldBox, renderApp, screen } from "./helpers";

const SPECS = REQUIREMENT_SPECS as readonly RequirementSpec[];
const spec = (key: string) => SPECS.find((s) => s.key === key)!;

function openAllSections() {
  for (const s of SECTIONS) {
    const item = document.querySelector(`[data-section="${s.id}"]`)!;
    const button = item.querySelector("button")!;
    if (button.getAttribute("aria-expanded") !== "true") fireEvent.click(button);
  }
}

/** Groups runs of 4+ digits (before any decimal point) with commas, as en-US shows them. */
const grouped = (text: string) => text.replace(/(?<![\d.])\d{4,}/g, (n) => n.replace(/\B(?=(\d{3})+$)/g, ","));

describe("form generated from REQUIREMENT_SPECS", () => {
  it("renders one labelled control per spec, in every section, with unit and range hints", () => {
    renderApp("en-US");
    openAllSections();
    for (const s of SPECS) {
      const el = control(s.key);
      // Accessible name: the spec's label.
      expect(el).toHaveProperty("id", `imcost-field-${s.key}`);
      const box = fieldBox(s.key);
      expect(box.textContent).toContain(s.label.en);
      if (s.kind === "number" && !s.percent) {
        // The engine's words, with numbers grouped for the locale (1000000 → 1,000,000).
        expect(box.textContent).toContain(grouped(allowedText(s)));
        if (s.unit.en) expect(box.textContent).toContain(s.unit.en);
      }
      if (s.kind === "number" && s.percent) expect(box.textContent).toContain("%");
    }
    // Every spec group is shown by exactly one section.
    const groups = new Set(SPECS.map((s) => s.group));
    for (const g of groups) expect(SECTIONS.filter((sec) => sec.groups.includes(g))).toHaveLength(1);
  });

  it("labels each control (getByLabelText finds it by the spec's label)", () => {
    renderApp("en-US");
    expect(screen.getByLabelText(spec("headcount").label.en)).toBe(control("headcount"));
    expect(screen.getByLabelText(spec("dauRatio").label.en)).toBe(control("dauRatio"));
  });
});

describe("project start: year and month dropdowns", () => {
  it("names each dropdown after the field and changes the preview to the chosen month", async () => {
    renderApp("en-US");
    openAllSections();
    const year = screen.getByRole("combobox", { name: "Project start Year" }) as HTMLSelectElement;
    const month = screen.getByRole("combobox", { name: "Project start Month" }) as HTMLSelectElement;
    expect(year).toBe(control("projectStart"));
    expect([year.value, month.value]).toEqual(["2027", "01"]);
    expect(year.options[0].value).toBe("2000");
    expect(year.options[year.options.length - 1].value).toBe("2100");
    fireEvent.change(year, { target: { value: "2028" } });
    fireEvent.change(month, { target: { value: "07" } });
    const expected = computeBudget({ ...formToRaw(presetValues("medium")), projectStart: "2028-07" });
    // The first 12 months (2028-07 to 2029-06) straddle two calendar years; TCO is the same sum over other columns.
    await waitFor(() => expect(screen.getAllByText("First 12 months (FY2028–FY2029)", { selector: "dt" })).toHaveLength(3));
    expect(screen.getByTestId("metric-selfBuild-first12").getAttribute("data-value")).toBe(expected.paths.selfBuild.first12Months.toString());
    expect(expected.calendar.fiscalYears.map((f) => f.monthCount)).toEqual([6, 12, 12, 12, 12, 6]);
  });

  it("reads only months from 2000-01 to 2100-12 as a year and a month", () => {
    expect(splitMonth("2027-13")).toBeNull();
    expect(splitMonth("1999-12")).toBeNull();
    expect(splitMonth(" 2031-04 ")).toEqual({ year: "2031", month: "04" });
  });
});

describe("inline validation from the engine's typed errors", () => {
  it("shows the engine's allowed range next to an out-of-range field and marks it invalid", async () => {
    renderApp("en-US");
    fireEvent.change(control("headcount"), { target: { value: "2000000" } });
    const engineError = validateRequirements({ headcount: 2000000 }).errors[0];
    expect(engineError.code).toBe("outOfRange");
    const box = fieldBox("headcount");
    await waitFor(() => expect(box.textContent).toContain(`Must be ${grouped(engineError.allowed!)} (got 2000000)`));
    expect(control("headcount").getAttribute("aria-invalid")).toBe("true");
    // The message is tied to the input for screen readers.
    const describedBy = control("headcount").getAttribute("aria-describedby") ?? "";
    const described = describedBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
    expect(described).toContain(grouped(engineError.allowed!));
    // The error summary lists it too, and the section header counts it.
    expect(screen.getByRole("region", { name: /1 fields need a fix/ })).toBeTruthy();
  });

  it("reports text in a number field as notANumber and a fraction in a whole-number field as notAnInteger", () => {
    renderApp("en-US");
    fireEvent.change(control("headcount"), { target: { value: "many" } });
    expect(validateRequirements({ headcount: "many" }).errors[0].code).toBe("notANumber");
    expect(fieldBox("headcount").textContent).toContain("Not a number: enter a whole number from 1 to 1,000,000");
    fireEvent.change(control("headcount"), { target: { value: "12.5" } });
    expect(validateRequirements({ headcount: 12.5 }).errors[0].code).toBe("notAnInteger");
    expect(fieldBox("headcount").textContent).toContain("Must be a whole number from 1 to 1,000,000");
    fireEvent.change(control("headcount"), { target: { value: "1200" } });
    expect(control("headcount").getAttribute("aria-invalid")).not.toBe("true");
    expect(fieldBox("headcount").textContent).not.toContain("Must be");
  });

  it("shows percent ranges in percent for percent specs", () => {
    renderApp("en-US");
    fireEvent.change(control("dauRatio"), { target: { value: "150" } });
    expect(validateRequirements({ dauRatio: 1.5 }).errors[0].code).toBe("outOfRange");
    expect(fieldBox("dauRatio").textContent).toContain("Must be a percentage from 1% to 100% (got 150%)");
  });

  it("localises the message in Chinese", () => {
    renderApp("zh-CN");
    fireEvent.change(control("headcount"), { target: { value: "0" } });
    expect(fieldBox("headcount").textContent).toContain("超出范围：应为1 至 1,000,000 之间的整数（当前 0）");
  });

  it("blocks generation while a field is invalid", () => {
    const actions = fakeActions();
    renderApp("en-US", actions);
    fireEvent.change(control("headcount"), { target: { value: "-5" } });
    fireEvent.click(screen.getByTestId("generate"));
    expect(actions.generateCalls).toHaveLength(0);
    expect(screen.getByText("Fix the marked fields before generating.")).toBeTruthy();
  });
});

describe("percent fields: typed as percentages, stored as fractions", () => {
  it("converts exactly", () => {
    expect(fieldToRaw(spec("dauRatio"), "85")).toBe(0.85);
    expect(fieldToRaw(spec("discountRate"), "8.5")).toBe(0.085);
    expect(fieldToRaw(spec("discountRate"), "0.1")).toBe(0.001);
    expect(fieldToRaw(spec("discountRate"), "7%")).toBe(0.07);
    expect(fieldToRaw(spec("userGrowthRate"), "-5")).toBe(-0.05);
    expect(valueToField(spec("dauRatio"), 0.85)).toBe("85");
    expect(valueToField(spec("contingencyRate"), 0.25)).toBe("25");
    expect(valueToField(spec("discountRate"), 0.075)).toBe("7.5");
  });

  it("reads numbers as typed: thousands separators, full-width digits; keeps junk for the engine to reject", () => {
    expect(fieldToRaw(spec("headcount"), "5,000")).toBe(5000);
    expect(fieldToRaw(spec("headcount"), "５０００")).toBe(5000);
    expect(fieldToRaw(spec("headcount"), "abc")).toBe("abc");
    expect(fieldToRaw(spec("headcount"), "")).toBe("");
    expect(fieldToRaw(spec("buildFteSelfBuild"), "")).toBe("auto");
    expect(fieldToRaw(spec("buildFteSelfBuild"), "12")).toBe(12);
    expect(fieldToRaw(spec("mlpsLevel"), "3")).toBe(3);
  });

  it("round-trips every default through the form", () => {
    const raw = formToRaw(defaultValues());
    for (const s of SPECS) expect(raw[s.key]).toEqual(s.default);
    expect(validateRequirements(raw).errors).toEqual([]);
  });

  it("shows the default 85% DAU share as 85 in the input", () => {
    renderApp("en-US");
    expect((control("dauRatio") as HTMLInputElement).value).toBe("85");
  });
});

describe("presets", () => {
  it("are valid requirement sets of 500, 5,000 and 50,000 staff", () => {
    expect(PRESETS.small.headcount).toBe(500);
    expect(PRESETS.medium.headcount).toBe(5000);
    expect(PRESETS.large.headcount).toBe(50000);
    for (const id of ["small", "medium", "large"] as const) {
      expect(validateRequirements(formToRaw(presetValues(id))).errors).toEqual([]);
    }
  });

  it("fill the form when clicked, resetting other fields to defaults", async () => {
    renderApp("en-US");
    openAllSections();
    fireEvent.change(control("messagesPerUserDay"), { target: { value: "120" } });
    fireEvent.click(screen.getByTestId("preset-large"));
    expect((control("headcount") as HTMLInputElement).value).toBe("50000");
    expect((control("messagesPerUserDay") as HTMLInputElement).value).toBe("80");
    expect(screen.getByTestId("preset-large").getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(screen.getByTestId("preset-small"));
    expect((control("headcount") as HTMLInputElement).value).toBe("500");
    expect(screen.getByTestId("preset-large").getAttribute("aria-pressed")).toBe("false");
    // Editing a field clears the "active preset" state.
    fireEvent.change(control("headcount"), { target: { value: "600" } });
    await act(async () => undefined);
    expect(screen.getByTestId("preset-small").getAttribute("aria-pressed")).toBe("false");
  });
});
