import "./customFunctionsStub";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as F from "../../src/functions/functions";
import { FUNCTION_IDS, PARAMETER_SPECS, type FunctionId } from "../../src/functions/parameterSpecs";
import { FUNCTIONS_ZH } from "../../src/functions/functionsZh";
import { FUNCTION_HELP } from "../../src/functions/functionHelp";

/**
 * The generated metadata (custom-functions-metadata from the JSDoc, as the build does it) lists exactly the
 * declared functions, with descriptions and help URLs in both languages, and agrees with the parameter specs.
 */

interface MetaParam {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
  type: string;
}
interface MetaFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: MetaParam[];
  result: { type: string; dimensionality?: string };
}
interface Metadata {
  functions: MetaFunction[];
}
interface Generated {
  metadata: Metadata;
  metadataZh: Metadata;
  assets: Record<string, string>;
}
type Generate = (options?: { outDir?: string; input?: string }) => Promise<Generated>;

const { generateFunctionsMetadata } = require("../../scripts/functions-metadata.js") as { generateFunctionsMetadata: Generate };

const CJK = /[\u4e00-\u9fff]/;
let generated: Generated;
let outDir: string;

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "imcost-metadata-"));
  generated = await generateFunctionsMetadata({ outDir });
}, 30000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

const declared = Object.entries(F)
  .filter(([, v]) => typeof v === "function")
  .map(([name]) => name);

describe("functions.json", () => {
  it("lists exactly the twelve declared functions, ids = upper-cased declaration names", () => {
    const ids = generated.metadata.functions.map((f) => f.id);
    expect(ids).toEqual(FUNCTION_IDS);
    expect(declared.map((n) => n.toUpperCase()).sort()).toEqual([...ids].sort());
    expect(ids).toEqual(["TCO", "PROJECT", "CONTINGENCY", "PERT", "BANDWIDTH", "TRAFFICGB", "STORAGEGB", "SERVERS", "LABOR", "TIERED", "BUDGET", "COMPARE"]);
    for (const name of declared) expect(name).toBe(name.toLowerCase());
  });

  it.each(FUNCTION_IDS)("%s has a description, its help URL and described parameters matching its spec", (id) => {
    const f = generated.metadata.functions.find((x) => x.id === id) as MetaFunction;
    expect(f.name).toBe(id);
    expect(f.description && f.description.length).toBeGreaterThan(20);
    expect(f.helpUrl).toBe(`https://localhost:3000/help/${id.toLowerCase()}.html`);
    const specs = PARAMETER_SPECS[id];
    expect(f.parameters.map((p) => p.name)).toEqual(specs.map((s) => s.name));
    f.parameters.forEach((p, i) => {
      const spec = specs[i];
      expect(p.description && p.description.length).toBeGreaterThan(5);
      expect(Boolean(p.optional)).toBe(Boolean("optional" in spec && spec.optional));
      expect(p.dimensionality === "matrix").toBe(spec.kind === "range");
      if ("default" in spec && spec.default !== undefined) expect(p.description).toMatch(/Default/);
    });
  });

  it("returns spilled matrices from PROJECT, BUDGET and COMPARE only", () => {
    const matrix = generated.metadata.functions.filter((f) => f.result.dimensionality === "matrix").map((f) => f.id);
    expect(matrix).toEqual(["PROJECT", "BUDGET", "COMPARE"]);
  });
});

describe("functions-zh-cn.json", () => {
  it("has the same functions, ids, names and parameters, with Chinese descriptions and help URLs", () => {
    const en = generated.metadata.functions;
    const zh = generated.metadataZh.functions;
    expect(zh.map((f) => f.id)).toEqual(en.map((f) => f.id));
    zh.forEach((f, i) => {
      expect(f.name).toBe(f.id);
      expect(f.description).toMatch(CJK);
      expect(f.helpUrl).toBe(`https://localhost:3000/help/${f.id.toLowerCase()}.html#zh`);
      expect(f.parameters.map((p) => [p.type, p.optional, p.dimensionality])).toEqual(en[i].parameters.map((p) => [p.type, p.optional, p.dimensionality]));
      // Parameter names are localized too, in the declared order, each one Chinese and distinct.
      expect(f.parameters.map((p) => p.name)).toEqual(en[i].parameters.map((p) => FUNCTIONS_ZH[f.id as FunctionId].parameterNames[p.name]));
      expect(new Set(f.parameters.map((p) => p.name)).size).toBe(f.parameters.length);
      for (const p of f.parameters) expect(p.name).toMatch(CJK);
      for (const p of f.parameters) expect(p.description).toMatch(CJK);
      expect(f.result).toEqual(en[i].result);
    });
  });

  it("the zh and help data cover exactly the declared functions and parameters", () => {
    expect(Object.keys(FUNCTIONS_ZH).sort()).toEqual([...FUNCTION_IDS].sort());
    expect(Object.keys(FUNCTION_HELP).sort()).toEqual([...FUNCTION_IDS].sort());
    for (const id of FUNCTION_IDS) expect(Object.keys(FUNCTIONS_ZH[id].parameters)).toEqual(PARAMETER_SPECS[id].map((s) => s.name));
    for (const id of FUNCTION_IDS) expect(Object.keys(FUNCTIONS_ZH[id].parameterNames)).toEqual(PARAMETER_SPECS[id].map((s) => s.name));
  });
});

describe("files written by scripts/functions-metadata.js", () => {
  it("writes both metadata files and a help page per function, all parseable", () => {
    const en = JSON.parse(fs.readFileSync(path.join(outDir, "functions.json"), "utf8")) as Metadata;
    const zh = JSON.parse(fs.readFileSync(path.join(outDir, "functions-zh-cn.json"), "utf8")) as Metadata;
    expect(en.functions).toHaveLength(12);
    expect(zh.functions).toHaveLength(12);
    for (const id of FUNCTION_IDS) expect(fs.existsSync(path.join(outDir, "help", `${id.toLowerCase()}.html`))).toBe(true);
    expect(fs.existsSync(path.join(outDir, "help", "index.html"))).toBe(true);
  });

  it("rejects a source the generator cannot read (its own CLI would exit 0)", async () => {
    const bad = path.join(outDir, "bad.ts");
    fs.writeFileSync(bad, "/**\n * Bad.\n * @customfunction\n * @param x A decimal.\n */\nexport function bad(x: Decimal): number { return 1; }\n");
    await expect(generateFunctionsMetadata({ input: bad })).rejects.toThrow(/custom-functions-metadata/);
  });
});
