import { CHECKS, computeChecks, computeOptions, defaultOptions, optionChecks, type BudgetOption } from "../../../src/engine";

const priced = (option: BudgetOption, raw: Record<string, unknown> = {}) => computeOptions(raw, [option])[0];
const ids = (results: { id: string }[]) => results.map((r) => r.id);
const commercial = defaultOptions()[1];

test("an option keeps the checks about its own path and every path, drops the other paths' and the comparison's", () => {
  const own = ids(optionChecks({}, priced(commercial)));
  for (const id of ["sum_commercial", "nonNegative_commercial", "phasing_commercial", "reconciles_commercial", "lureSaasRenewal", "lureSaasMinimumSeats", "inputsValid", "ratesCurrent", "estimateShare", "horizon"]) expect(own).toContain(id);
  for (const id of ["sum_selfBuild", "reconciles_hybrid", "buildTeamSelfBuild", "maintenanceHybrid", "lureImPaasStep", "lurePushBand", "equalTerms"]) expect(own).not.toContain(id);
  expect(own[own.length - 1]).toBe("all");
  // Every definition is either kept or dropped by its scope, in the Checks sheet's order.
  expect(own.slice(0, -1)).toEqual(CHECKS.filter((c) => c.scope === undefined || (c.scope !== "comparison" && c.scope.includes("commercial"))).map((c) => c.id));
});

test("a check that speaks for every path gives the option's path alone", () => {
  const shared = computeChecks({}).find((c) => c.id === "estimateShare")!;
  const own = optionChecks({}, priced(commercial)).find((c) => c.id === "estimateShare")!;
  const share = priced(commercial).budget.estimateShare.toNumber();
  expect(shared.message).toContain("Self-build");
  expect(own.message).toBe(`Commercial ${(share * 100).toFixed(1)}%`);
  expect(own.ok).toBe(share <= 0.5);
});

test("an option's own staffing override trips its own warning, not the shared checks", () => {
  const lean: BudgetOption = { id: "leanHybrid", name: "Lean hybrid", path: "hybrid", inputs: { maintenanceFteHybrid: 0.5 }, rates: {} };
  const own = optionChecks({}, priced(lean)).find((c) => c.id === "maintenanceHybrid")!;
  expect([own.ok, own.message]).toEqual([false, "0.5 FTE < 1"]);
  expect(computeChecks({}).find((c) => c.id === "maintenanceHybrid")!.ok).toBe(true);
  const all = optionChecks({}, priced(lean)).at(-1)!;
  expect(all.ok).toBe(true);
  expect(all.message).toMatch(/warnings? to review$/);
});

test("in Chinese, labels and messages are Chinese", () => {
  const own = optionChecks({}, priced(commercial), { language: "zh-CN" });
  expect(own.find((c) => c.id === "estimateShare")!.message).toMatch(/^商业 /);
  expect(own.at(-1)!.message).toMatch(/^模型完整性/);
});
