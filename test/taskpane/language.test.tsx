/** @jest-environment jsdom */
/** Language switch and theme: zh-CN / en-US from Office's display language, switchable; Office theme → Fluent. */
// The risk worker's factory uses import.meta (webpack only): an in-thread fake replaces it.
jest.mock("../../src/taskpane/risk/createRiskWorker", () => require("./fakeRiskWorker"));
import * as React from "react";
import { fireEvent } from "@testing-library/react";
import { CATEGORIES, PATHS, REQUIREMENT_SPECS } from "../../src/engine";
import { LANGS, STRINGS, fill, langFromDisplayLanguage } from "../../src/taskpane/i18n/strings";
import { fluentTheme, luminance, themeNameFromOffice } from "../../src/taskpane/theme";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { control, renderApp, screen } from "./helpers";

describe("language", () => {
  it("defaults from Office.context.displayLanguage", () => {
    expect(langFromDisplayLanguage("zh-CN")).toBe("zh-CN");
    expect(langFromDisplayLanguage("zh-TW")).toBe("zh-CN");
    expect(langFromDisplayLanguage("en-GB")).toBe("en-US");
    expect(langFromDisplayLanguage("de-DE")).toBe("en-US");
    expect(langFromDisplayLanguage(undefined)).toBe("en-US");
  });

  it("switches every visible string, field labels from the specs, and <html lang>", () => {
    renderApp("en-US");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(STRINGS["en-US"].appTitle);
    // The Chinese title may wrap only between its two words, at the catalogue's marked break.
    expect(STRINGS["zh-CN"].appTitle.split("\u200b")).toEqual(["即时通讯", "成本预算"]);
    expect(screen.getByLabelText("Staff with an account")).toBe(control("headcount"));
    expect(screen.getByTestId("generate").textContent).toBe("Generate budget template");
    expect(document.documentElement.lang).toBe("en-US");

    fireEvent.change(screen.getByTestId("language-switch"), { target: { value: "zh-CN" } });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("即时通讯成本预算");
    expect(screen.getByLabelText("开通账号的员工数")).toBe(control("headcount"));
    expect(screen.getByTestId("generate").textContent).toBe("生成预算模板");
    expect(screen.getByText("规模")).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
    // Path names in the cards come from PATHS.
    for (const p of PATHS) expect(screen.getAllByText(p.label.zh).length).toBeGreaterThan(0);
    // Form values survive the switch.
    fireEvent.change(control("headcount"), { target: { value: "1234" } });
    fireEvent.change(screen.getByTestId("language-switch"), { target: { value: "en-US" } });
    expect((control("headcount") as HTMLInputElement).value).toBe("1234");
  });

  it("has the same keys and placeholders in both string tables", () => {
    const shape = (o: unknown, prefix = ""): string[] =>
      typeof o === "object" && o !== null ? Object.entries(o).flatMap(([k, v]) => shape(v, `${prefix}${k}.`)) : [`${prefix.slice(0, -1)}:${String(o).match(/\{\w+\}/g)?.sort().join("") ?? ""}`];
    const [zh, en] = LANGS.map((l) => shape(STRINGS[l]).filter((k) => !k.startsWith("languageNames.")));
    expect(zh.map((k) => k.split(":")[0])).toEqual(en.map((k) => k.split(":")[0]));
    // Placeholders match key by key.
    expect(zh).toEqual(en);
  });

  it("has a label for every choice of every choice spec in both languages", () => {
    for (const l of LANGS) {
      for (const s of REQUIREMENT_SPECS) {
        if (s.kind !== "choice") continue;
        for (const c of s.choices) expect(STRINGS[l].choices[`${s.key}.${c}`]).toBeTruthy();
      }
    }
    expect(CATEGORIES.length).toBeGreaterThan(0);
    expect(fill("{a}-{b}-{c}", { a: 1, b: "x" })).toBe("1-x-{c}");
  });
});

describe("theme", () => {
  it("follows officeTheme.isDarkTheme, else the body background luminance", () => {
    expect(themeNameFromOffice({ isDarkTheme: true })).toBe("dark");
    expect(themeNameFromOffice({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe("light");
    expect(themeNameFromOffice({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(themeNameFromOffice({ bodyBackgroundColor: "#ffffff" })).toBe("light");
    expect(themeNameFromOffice({ bodyBackgroundColor: "not a colour" })).toBe("light");
    expect(themeNameFromOffice(undefined)).toBe("light");
    expect(luminance("#fff")).toBeCloseTo(1);
    expect(luminance("#000")).toBe(0);
    expect(fluentTheme("dark")).toBe(webDarkTheme);
    expect(fluentTheme("light")).toBe(webLightTheme);
  });

  it("renders with the Fluent theme it is given", () => {
    const { container } = renderApp("en-US");
    expect(container.querySelector("[data-theme='light']")).toBeTruthy();
  });
});
