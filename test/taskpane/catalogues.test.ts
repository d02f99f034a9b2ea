/**
 * Languages as catalogues: each pane language is one file under src/taskpane/i18n/catalogues. Every catalogue
 * must hold every key that any other catalogue holds, with the same {placeholders}, and labels for every choice
 * and progress step the pane can show. (The functions' zh metadata and help texts are checked for missing
 * functions and parameters in test/functions/metadata.test.ts and helpPages.test.ts.)
 */
import * as fs from "fs";
import * as path from "path";
import { REQUIREMENT_SPECS } from "../../src/engine";
import { LANGS, STRINGS } from "../../src/taskpane/i18n/strings";

/** "a/b/c" → the text of that leaf, for every leaf of a catalogue (keys may contain dots: "mlpsLevel.2"). */
function leaves(o: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (typeof o === "object" && o !== null) for (const [k, v] of Object.entries(o)) leaves(v, prefix ? `${prefix}/${k}` : k, out);
  else out.set(prefix, String(o));
  return out;
}
const placeholdersOf = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join("");

describe("pane catalogues", () => {
  it("there is one catalogue file per language, and STRINGS uses each of them", () => {
    const files = fs.readdirSync(path.join(__dirname, "../../src/taskpane/i18n/catalogues")).map((f) => f.replace(/\.ts$/, "")).sort();
    expect(files).toEqual([...LANGS].sort());
  });

  it("no catalogue is missing a key that another one has, and placeholders match key by key", () => {
    const all = LANGS.map((l) => leaves(STRINGS[l]));
    const union = new Set(all.flatMap((m) => [...m.keys()]));
    expect(union.size).toBeGreaterThan(150);
    LANGS.forEach((l, i) => {
      const missing = [...union].filter((k) => !all[i].has(k));
      expect({ lang: l, missing }).toEqual({ lang: l, missing: [] });
      const empty = [...all[i].entries()].filter(([, v]) => v.trim() === "").map(([k]) => k);
      expect({ lang: l, empty }).toEqual({ lang: l, empty: [] });
    });
    const placeholders = (m: Map<string, string>) => [...m.entries()].map(([k, v]) => [k, placeholdersOf(v)]).sort();
    for (const m of all.slice(1)) expect(placeholders(m)).toEqual(placeholders(all[0]));
  });

  it("labels every choice of every choice spec and every progress step", () => {
    const steps = ["plan", "inspect", "readKept", "write", "rollback", "done", "activate"];
    for (const l of LANGS) {
      for (const s of REQUIREMENT_SPECS) if (s.kind === "choice") for (const c of s.choices) expect(STRINGS[l].choices[`${s.key}.${c}`]).toBeTruthy();
      for (const id of steps) expect(STRINGS[l].workbook.steps[id]).toBeTruthy();
    }
  });

  it("a catalogue missing a key is caught (the check itself can fail)", () => {
    const broken = JSON.parse(JSON.stringify(STRINGS["en-US"])) as { checks: Record<string, unknown> };
    delete broken.checks.notTriggered;
    const full = leaves(STRINGS["en-US"]);
    const cut = leaves(broken);
    expect([...full.keys()].filter((k) => !cut.has(k))).toEqual(["checks/notTriggered"]);
  });

  it("names the method, not a source the user never sees, and uses one Chinese term for contingency", () => {
    for (const l of LANGS) {
      const text = [...leaves(STRINGS[l]).values()].join("\n");
      expect(text).not.toMatch(/article|文章|原文|弹性预算|应急储备(?!）)/i);
    }
  });
});
