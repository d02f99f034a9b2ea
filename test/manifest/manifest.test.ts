import * as fs from "fs";
import * as path from "path";
import { at, checkManifest, descendants, parseXml, pngSize } from "./manifestCheck";

const root = path.resolve(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

/** A copy of the manifest with one textual change; fails loudly if `from` is not there. */
function broken(from: string | RegExp, to: string): string {
  const out = xml.replace(from, to);
  if (out === xml) throw new Error(`test setup: ${from} not found in manifest.xml`);
  return out;
}

describe("manifest.xml", () => {
  it("passes every structural check", () => {
    expect(checkManifest(xml, { root })).toEqual([]);
  });

  it("uses one resid for Runtime, Page and FunctionFile, with a long lifetime", () => {
    const app = parseXml(xml);
    const runtime = descendants(app, "Runtime")[0];
    const page = at(descendants(app, "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions"), "Page", "SourceLocation");
    const functionFile = descendants(app, "FunctionFile")[0];
    expect(runtime.attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    expect(page?.attrs.resid).toBe("Taskpane.Url");
    expect(functionFile.attrs.resid).toBe("Taskpane.Url");
  });

  it("has the button label and functions metadata in Chinese", () => {
    const app = parseXml(xml);
    const strings = new Map(descendants(app, "String").map((s) => [s.attrs.id, s]));
    const label = descendants(app, "Control")[0].children.find((c) => c.local === "Label")!.attrs.resid;
    expect(strings.get(label)!.attrs.DefaultValue).toBe("IM Cost Budget");
    expect(strings.get(label)!.children[0].attrs).toEqual({ Locale: "zh-cn", Value: "即时通讯成本预算" });
    const meta = descendants(app, "Url").find((u) => u.attrs.id === "Functions.Metadata.Url")!;
    expect(meta.attrs.DefaultValue).toBe("https://localhost:3000/functions.json");
    expect(meta.children[0].attrs).toEqual({ Locale: "zh-cn", Value: "https://localhost:3000/functions-zh-cn.json" });
  });

  it("points every URL at the dev origin, which the build rewrites", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith("https://localhost:3000/")).toBe(true);
  });

  it("ships icons of the declared pixel sizes", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(fs.readFileSync(path.join(root, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });
});

describe("manifest checker catches broken copies", () => {
  const cases: [string, string | RegExp, string, RegExp][] = [
    ["a dangling resid", 'resid="Imcost.TaskpaneButton.Tooltip"', 'resid="Imcost.Missing.Tooltip"', /Imcost\.Missing\.Tooltip.*not defined/],
    ["Page on another resid", /(<Page>\s*<SourceLocation resid=")Taskpane\.Url/, "$1Functions.Script.Url", /must share one resid/],
    ["a short runtime", /(<Runtime resid="Taskpane.Url") lifetime="long"/, '$1 lifetime="short"', /lifetime is "short"/],
    ["the wrong namespace", 'id="Functions.Namespace" DefaultValue="IMCOST"', 'id="Functions.Namespace" DefaultValue="CONTOSO"', /Namespace must resolve/],
    ["an http URL", 'DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"', /Functions\.Script\.Url.*not https/],
    ["a bad GUID", /<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>", /Id "not-a-guid" is not a GUID/],
    ["ReadDocument permission", "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>", /Permissions is "ReadDocument"/],
    ["a TaskpaneId", '<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane"><TaskpaneId>ButtonId1</TaskpaneId>', /TaskpaneId/],
    ["an icon of the wrong size", "assets/icon-80.png", "assets/icon-64.png", /icon-64\.png is 64x64, expected 80x80/],
    ["a missing icon file", "assets/icon-16.png", "assets/icon-17.png", /icon-17\.png does not exist/],
    ["no zh-CN DisplayName", /<Override Locale="zh-CN" Value="IMCOST：[^"]*"\/>/, "", /DisplayName has no zh-CN/],
    ["no zh-cn functions metadata", /<bt:Override Locale="zh-cn" Value="[^"]*functions-zh-cn\.json"\/>/, "", /functions metadata has no zh-cn/],
    ["Runtimes not first under Host", /(<Host xsi:type="Workbook">)/, "$1<AllFormFactors/>", /Runtimes> must be the first child/],
    ["malformed XML", "</Resources>", "</Resource>", /closes/],
  ];
  it.each(cases)("%s", (_what, from, to, expected) => {
    const problems = checkManifest(broken(from, to), { root });
    expect(problems.join("\n")).toMatch(expected);
  });
});

describe("tiny XML walker", () => {
  it("parses attributes, entities, comments, CDATA and self-closing tags", () => {
    const doc = parseXml(`<?xml version="1.0"?><!-- c --><a x='1' y="&amp;&#x41;"><b/><c>t&lt;<![CDATA[<raw>]]></c></a>`);
    expect(doc.attrs).toEqual({ x: "1", y: "&A" });
    expect(doc.children.map((c) => c.name)).toEqual(["b", "c"]);
    expect(doc.children[1].text).toBe("t<<raw>");
  });

  it("rejects mismatched and unclosed tags", () => {
    expect(() => parseXml("<a><b></a>")).toThrow(/closes/);
    expect(() => parseXml("<a>")).toThrow(/not closed/);
  });
});
