import "./customFunctionsStub";
import * as fs from "fs";
import * as path from "path";
import * as F from "../../src/functions/functions";
import { MAX_RANGE_CELLS } from "../../src/functions/parameterSpecs";

/** The functions run in plain Node with nothing but a global CustomFunctions, and stay fast on worst cases. */

describe("runtime", () => {
  it("runs without Office, Excel or a DOM", () => {
    const g = globalThis as Record<string, unknown>;
    expect(g.Office).toBeUndefined();
    expect(g.Excel).toBeUndefined();
    expect(g.window).toBeUndefined();
    expect(g.document).toBeUndefined();
    expect(F.trafficgb(60, 2500)).toBe(1.125);
  });

  it("no source on the functions' path mentions Office, Excel.run, window or document", () => {
    const dir = path.resolve(__dirname, "../../src/functions");
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const code = fs
        .readFileSync(path.join(dir, file), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      expect({ file, hits: code.match(/\b(Office|Excel|window|document|localStorage)\s*\./g) }).toEqual({ file, hits: null });
    }
  });

  it("worst-case inputs return well within 1 s", () => {
    const cases: [string, () => unknown][] = [
      ["TCO over 10,000 cells at a new rate", () => F.tco(Array.from({ length: MAX_RANGE_CELLS / 10 }, (_, r) => Array.from({ length: 10 }, (__, c) => r * 10 + c + 0.37)), 1, 0.0731)],
      ["TCO near r = -1", () => F.tco([[1, 2, 3]], 0, -0.9999)],
      ["TIERED with 5,000 tiers", () => F.tiered(1e6, Array.from({ length: 5000 }, (_, i) => [(i + 1) * 100]), Array.from({ length: 5000 }, (_, i) => [1 / (i + 1)]))],
      ["PERT in the far tail", () => F.pert(1, 2, 3, 1e-300)],
      ["PROJECT 100 years", () => F.project(1.23, 100, 0.37)],
      ["LABOR 100 years", () => F.labor(3.5, 123456.78, 1.4, 100, 0.05)],
      ["COMPARE over 10 years", () => F.compare([["headcount", 1000000]], 10)],
    ];
    for (const [label, fn] of cases) {
      const started = performance.now();
      let threw = false;
      try {
        fn();
      } catch {
        threw = true;
      }
      expect({ label, threw, fast: performance.now() - started < 1000 }).toEqual({ label, threw: false, fast: true });
    }
  });
});
