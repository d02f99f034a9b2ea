/**
 * Checks on the production build in dist/ (run `npm run build` first). Skipped with a warning when dist/ is
 * missing locally; fails when CI is set, because CI must build before testing.
 */
import * as fs from "fs";
import * as path from "path";
import { requireBuild } from "../support/requireBuild";

const dist = path.resolve(__dirname, "..", "..", "dist");
const built = requireBuild(dist, "build test");
const read = (name: string) => fs.readFileSync(path.join(dist, name), "utf8");


(built ? describe : describe.skip)("dist/ (production build)", () => {
  const scripts = () => [...read("taskpane.html").matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);

  it("loads office.js from Microsoft, then the bundles by relative path", () => {
    const srcs = scripts();
    expect(srcs[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const local = srcs.slice(1);
    expect(local.length).toBeGreaterThanOrEqual(2);
    for (const s of local) {
      expect(s).not.toMatch(/^(\/|[a-z]+:)/i);
      expect(fs.existsSync(path.join(dist, s))).toBe(true);
    }
  });

  it("loads the functions bundle before the task pane bundle", () => {
    const srcs = scripts();
    const f = srcs.indexOf("functions.js");
    const t = srcs.indexOf("taskpane.js");
    expect(f).toBeGreaterThan(0);
    expect(t).toBeGreaterThan(f);
  });

  it("has the manifest, the functions metadata and the icons", () => {
    expect(read("manifest.xml")).toContain("<OfficeApp");
    const meta = JSON.parse(read("functions.json")) as { functions: unknown[] };
    expect(Array.isArray(meta.functions)).toBe(true);
    for (const size of [16, 32, 80]) expect(fs.existsSync(path.join(dist, "assets", `icon-${size}.png`))).toBe(true);
  });

  it("ships functions.json and functions-zh-cn.json with all twelve ids, every description and help URL", () => {
    const ids = ["TCO", "PROJECT", "CONTINGENCY", "PERT", "BANDWIDTH", "TRAFFICGB", "STORAGEGB", "SERVERS", "LABOR", "TIERED", "BUDGET", "COMPARE"];
    type Meta = { functions: { id: string; name: string; description?: string; helpUrl?: string; parameters: { name: string; description?: string }[] }[] };
    for (const file of ["functions.json", "functions-zh-cn.json"]) {
      const meta = JSON.parse(read(file)) as Meta;
      expect(meta.functions.map((f) => f.id).sort()).toEqual([...ids].sort());
      for (const f of meta.functions) {
        expect(f.name).toBe(f.id);
        expect(f.description?.length).toBeGreaterThan(10);
        expect(f.helpUrl).toMatch(/^https:\/\/.+\/help\/[a-z]+\.html/);
        for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(3);
      }
      if (file.includes("zh")) expect(meta.functions.every((f) => /[\u4e00-\u9fff]/.test(f.description ?? ""))).toBe(true);
      for (const f of meta.functions) expect(fs.existsSync(path.join(dist, "help", `${f.id.toLowerCase()}.html`))).toBe(true);
    }
  });

  it("bundles decimal.js once for the page (engine chunk) and React only in the pane", () => {
    const js = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));
    // The risk worker runs in its own thread with its own module instances, so it carries its own engine copy.
    const pageScripts = js.filter((f) => f !== "riskWorker.js");
    const withDecimal = pageScripts.filter((f) => read(f).includes("[DecimalError]"));
    expect(withDecimal).toEqual(["engine.js"]);
    const withReact = js.filter((f) => /__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED/.test(read(f)));
    expect(withReact).toEqual(["taskpane.js"]);
  });
});
