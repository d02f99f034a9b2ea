/** @jest-environment jsdom */
/**
 * The accounting-policy inputs in the form (finance group, under Advanced): a switch for capitalising own
 * development, life in whole years and residual value in percent per asset class, labelled in both languages,
 * with the usual error naming the allowed range; and the preview follows the switch.
 */
jest.mock("../../src/taskpane/risk/createRiskWorker", () => require("./fakeRiskWorker"));
import { fireEvent, waitFor } from "@testing-library/react";
import { computeBudget, sum } from "../../src/engine";
import { formToRaw, presetValues } from "../../src/taskpane/state/formState";
import { control, fieldBox, renderApp, screen } from "./helpers";

const POLICY_KEYS = ["capitaliseDevelopment", "depreciationYears", "serverResidualRate", "licenceLifeYears", "licenceResidualRate", "developmentLifeYears", "developmentResidualRate"];

function openAdvanced() {
  const button = document.querySelector('[data-section="advanced"] button')!;
  if (button.getAttribute("aria-expanded") !== "true") fireEvent.click(button);
}

describe("accounting policy inputs", () => {
  it("sit in the Advanced section's finance part, labelled in English, with their units and ranges", () => {
    renderApp("en-US");
    openAdvanced();
    const advanced = document.querySelector('[data-section="advanced"]')!;
    for (const key of POLICY_KEYS) expect(advanced.contains(fieldBox(key))).toBe(true);
    expect(screen.getByRole("switch", { name: "Own development meets the CAS 6 / IAS 38.57 criteria" })).toBe(control("capitaliseDevelopment"));
    expect((control("capitaliseDevelopment") as HTMLInputElement).checked).toBe(false);
    expect(fieldBox("serverResidualRate").textContent).toContain("Servers and network: residual value");
    expect(fieldBox("serverResidualRate").textContent).toContain("a percentage from 0% to 50%");
    expect((control("serverResidualRate") as HTMLInputElement).value).toBe("5");
    expect(fieldBox("licenceLifeYears").textContent).toContain("a whole number from 1 to 20");
    expect(fieldBox("licenceLifeYears").textContent).toContain("years");
    expect(fieldBox("licenceLifeYears").textContent).toContain("Intangibles amortise straight-line from go-live");
  });

  it("are labelled in Chinese", () => {
    renderApp("zh-CN");
    openAdvanced();
    expect(fieldBox("capitaliseDevelopment").textContent).toContain("自有开发满足《企业会计准则第6号》/ IAS 38.57 资本化条件");
    expect(fieldBox("capitaliseDevelopment").textContent).toContain("POC 之后至上线前的开发");
    expect(fieldBox("developmentLifeYears").textContent).toContain("资本化开发支出：摊销年限");
    expect(fieldBox("licenceResidualRate").textContent).toContain("永久许可：预计残值率");
  });

  it("reject a bad value with the field's allowed range, in both languages", () => {
    const { unmount } = renderApp("en-US");
    openAdvanced();
    fireEvent.change(control("serverResidualRate"), { target: { value: "60" } });
    expect(fieldBox("serverResidualRate").textContent).toContain("Must be a percentage from 0% to 50% (got 60%)");
    expect(control("serverResidualRate").getAttribute("aria-invalid")).toBe("true");
    fireEvent.change(control("developmentLifeYears"), { target: { value: "2.5" } });
    expect(fieldBox("developmentLifeYears").textContent).toContain("Must be a whole number from 1 to 20");
    fireEvent.change(control("licenceLifeYears"), { target: { value: "ten" } });
    expect(fieldBox("licenceLifeYears").textContent).toContain("Not a number: enter a whole number from 1 to 20");
    unmount();
    renderApp("zh-CN");
    openAdvanced();
    fireEvent.change(control("developmentResidualRate"), { target: { value: "-1" } });
    expect(fieldBox("developmentResidualRate").textContent).toMatch(/超出范围.*0%.*50%.*-1%/);
  });

  it("move own development into capex in the by-fiscal-year table when switched on", async () => {
    renderApp("en-US");
    openAdvanced();
    fireEvent.click(screen.getByTestId("view-capex"));
    const total = () => screen.getByTestId("fy-selfBuild-total").getAttribute("data-value");
    // Cloud VMs and no capitalised development: self-build buys no asset.
    expect(Number(total())).toBe(0);
    fireEvent.click(control("capitaliseDevelopment"));
    const expected = computeBudget({ ...formToRaw(presetValues("medium")), capitaliseDevelopment: true });
    await waitFor(() => expect(total()).toBe(sum(expected.paths.selfBuild.capex).toString()));
    expect(Number(total())).toBeGreaterThan(0);
  });
});
