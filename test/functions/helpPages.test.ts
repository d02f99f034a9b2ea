import "./customFunctionsStub";
import * as F from "../../src/functions/functions";
import { FUNCTION_IDS, type FunctionId } from "../../src/functions/parameterSpecs";
import { FUNCTION_HELP } from "../../src/functions/functionHelp";

/** The help pages: every example really gives the result it shows; pages are bilingual and self-contained. */

interface HelpPage {
  file: string;
  html: string;
}
const { renderHelpPages, formulaFor } = require("../../scripts/help/renderHelpPages.js") as {
  renderHelpPages: (input: { metadata: unknown; metadataZh: unknown; help: unknown }) => HelpPage[];
  formulaFor: (id: string, args: unknown[]) => string;
};
const { buildFunctionAssets, localizeMetadata, loadFunctionData } = require("../../scripts/functions/functionAssets.js") as {
  buildFunctionAssets: (metadata: unknown, data?: unknown) => Record<string, string>;
  localizeMetadata: (metadata: unknown, zh: unknown) => unknown;
  loadFunctionData: () => { zh: Record<string, unknown>; help: Record<string, unknown> };
};

type Fn = (...args: unknown[]) => unknown;
const call = (id: FunctionId, args: readonly unknown[]): unknown => (F as unknown as Record<string, Fn>)[id.toLowerCase()](...args);
const decimalsOf = (n: number): number => (String(n).split(".")[1] ?? "").length;

describe("help examples give the results they show", () => {
  const rows = FUNCTION_IDS.flatMap((id) => FUNCTION_HELP[id].examples.map((ex) => [formulaFor(id, [...ex.args]), id, ex] as const));
  it.each(rows)("%s", (_formula, id, ex) => {
    const result = call(id, ex.args);
    if (typeof ex.result === "number") {
      if (ex.approx) expect(Math.abs((result as number) - ex.result)).toBeLessThanOrEqual(0.5 * 10 ** -decimalsOf(ex.result) + 1e-12);
      else expect(result).toBe(ex.result);
    } else if (Array.isArray(ex.result)) {
      expect(result).toEqual(ex.result);
    } else {
      expect(ex.shape).toBeDefined();
      const table = result as unknown[][];
      expect([table.length, table[0].length]).toEqual(ex.shape);
    }
  });

  it("every function has at least one example, notes and blank-cell text in both languages", () => {
    for (const id of FUNCTION_IDS) {
      const h = FUNCTION_HELP[id];
      expect(h.examples.length).toBeGreaterThan(0);
      for (const lang of ["en", "zh"] as const) {
        expect(h.blanks[lang].length).toBeGreaterThan(20);
        expect(h.returns[lang].length).toBeGreaterThan(5);
        for (const ex of h.examples) expect(ex[lang].length).toBeGreaterThan(3);
      }
      expect(h.blanks.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("formulaFor", () => {
  it("writes arguments as Excel does: array constants, quoted text, empty for left out", () => {
    expect(formulaFor("TCO", [[[1], [2]], 0, 0.08])).toBe("=IMCOST.TCO({1;2}, 0, 0.08)");
    expect(formulaFor("BANDWIDTH", [500, null, 1200])).toBe("=IMCOST.BANDWIDTH(500, , 1200)");
    expect(formulaFor("BUDGET", [[["headcount", 2000]], 'a"b', null])).toBe('=IMCOST.BUDGET({"headcount",2000}, "a""b")');
  });
});

describe("rendered pages", () => {
  const fakeMetadata = {
    functions: [
      { id: "TCO", name: "TCO", description: "Total <cost>.", helpUrl: "https://localhost:3000/help/tco.html", parameters: [{ name: "annualCosts", description: "Costs & more.", type: "any", dimensionality: "matrix" }, { name: "upfront", description: "Up.", type: "number", optional: true }], result: { type: "number" } },
    ],
  };
  const data = loadFunctionData();
  const zh = { TCO: { description: "总拥有成本。", parameterNames: { annualCosts: "各年成本", upfront: "期初投入" }, parameters: { annualCosts: "各年成本。", upfront: "期初投入。" } } };

  it("are bilingual, escaped, self-contained, with syntax, examples and blanks", () => {
    const metadataZh = localizeMetadata(fakeMetadata, zh);
    const pages = renderHelpPages({ metadata: fakeMetadata, metadataZh, help: data.help });
    expect(pages.map((p) => p.file)).toEqual(["tco.html", "index.html"]);
    const html = pages[0].html;
    expect(html).toContain('<section id="en" lang="en">');
    expect(html).toContain('<section id="zh" lang="zh-CN">');
    expect(html).toContain("=IMCOST.TCO(annualCosts, [upfront])");
    // The Chinese half shows the Chinese parameter names.
    expect(html).toContain("=IMCOST.TCO(各年成本, [期初投入])");
    expect(html).toContain("Total &lt;cost&gt;.");
    expect(html).toContain("Costs &amp; more.");
    expect(html).toContain("总拥有成本。");
    expect(html).toContain("Blank cells");
    expect(html).toContain("空白单元格");
    expect(html).toContain("=IMCOST.TCO({100000,120000,140000})");
    expect(html).not.toMatch(/<script|<link|@import|url\(|src=/i);
    expect(html).not.toMatch(/href="https?:/);
  });

  it("fail loudly when a translation is missing or stale", () => {
    expect(() => localizeMetadata(fakeMetadata, {})).toThrow(/no entry for TCO/);
    expect(() => localizeMetadata(fakeMetadata, { TCO: { description: "x", parameters: { annualCosts: "a" } } })).toThrow(/TCO\(upfront\) has no description/);
    expect(() => localizeMetadata(fakeMetadata, { ...zh, OLD: { description: "x", parameters: {} } })).toThrow(/OLD is not a declared function/);
    expect(() => localizeMetadata(fakeMetadata, { TCO: { ...zh.TCO, parameterNames: { annualCosts: "各年成本" } } })).toThrow(/TCO\(upfront\) has no Chinese name/);
    expect(() => localizeMetadata(fakeMetadata, { TCO: { ...zh.TCO, parameterNames: { annualCosts: "成本", upfront: "成本" } } })).toThrow(/TCO repeats a Chinese parameter name/);
    const noHelpUrl = { functions: [{ ...fakeMetadata.functions[0], helpUrl: "" }] };
    expect(() => buildFunctionAssets(noHelpUrl, { zh, help: data.help })).toThrow(/TCO has no help URL/);
  });
});
