/**
 * The pane never generates code: its Content-Security-Policy has no 'unsafe-eval', and even a refused
 * `new Function` probe is a CSP violation report. The worker's computation (computeRisk, also run in-thread)
 * passes the closure backend explicitly, and the pane entry sets it as the default for what the page itself
 * compiles (the checks, the workbook plan). A spy on the global Function constructor sees every probe.
 */
import { computeChecks, runMonteCarlo, setDefaultFastBackend } from "../../src/engine";
import { PANE_BACKEND, computeRisk } from "../../src/taskpane/risk/riskProtocol";

const TRIALS = 200;

function spyOnFunction(): jest.SpyInstance {
  return jest.spyOn(globalThis, "Function");
}

afterEach(() => {
  jest.restoreAllMocks();
  setDefaultFastBackend(null);
});

describe("the pane's fast-model backend", () => {
  it("is the closure backend", () => {
    expect(PANE_BACKEND).toBe("closure");
  });

  it("computeRisk (the worker's whole job) never calls new Function, and gives the same numbers as code generation", () => {
    const spy = spyOnFunction();
    const answer = computeRisk({ id: 1, raw: { headcount: 8000 }, trials: TRIALS, seed: 7 });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(answer.ok).toBe(true);
    const generated = runMonteCarlo({ headcount: 8000 }, { trials: TRIALS, seed: 7, backend: "function" });
    if (!answer.ok) throw new Error(answer.error);
    expect(answer.monteCarlo.paths).toEqual(generated.paths);
  });

  it("with the pane's default set, the checks and a Monte Carlo without a backend do not probe either", () => {
    setDefaultFastBackend(PANE_BACKEND);
    const spy = spyOnFunction();
    computeChecks({ headcount: 12000 });
    runMonteCarlo({ headcount: 12000 }, { trials: TRIALS, seed: 3 });
    expect(spy).not.toHaveBeenCalled();
  });

  it("the spy does see code generation: a run that asks for it calls new Function", () => {
    const spy = spyOnFunction();
    runMonteCarlo({ headcount: 9000 }, { trials: TRIALS, seed: 5, backend: "function" });
    expect(spy).toHaveBeenCalled();
  });
});
