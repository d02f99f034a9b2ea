/** `"options"` in --input: named offers beside the three paths, in the summary and the terminal (tsx child process). */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../support/runCli";
import { computeBudget } from "../../src/engine";

jest.setTimeout(120_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "imcost-options-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => runCli(args, dir);

const PRIVATE = { commercialModel: "private", goLiveMonthsCommercial: 4 };
const LICENCE = { private_licence_seat_cn: { list: 250, source: "Vendor call notes", date: "2026-11-20", status: "SEEN" as const } };
const INPUT = {
  headcount: 3000,
  options: [
    { id: "dingtalkPrivate", name: "DingTalk 私有化", path: "commercial", overrides: { ...PRIVATE, rates: LICENCE } },
    { id: "leanTeam", name: "Lean self-build", path: "selfBuild", overrides: { buildFteSelfBuild: 6 } },
  ],
};

test("each option's summary equals the engine with the shared requirements and the option's overrides; paths stay", async () => {
  writeFileSync(join(dir, "in.json"), JSON.stringify(INPUT));
  const r = await cli(["--input", "in.json", "--out", "b.xlsx", "--summary", "s.json", "--trials", "200"]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  const s = JSON.parse(readFileSync(join(dir, "s.json"), "utf8"));
  expect(Object.keys(s.options)).toEqual(["selfBuild", "commercial", "hybrid", "dingtalkPrivate", "leanTeam"]);
  const cents = (d: { toDecimalPlaces(n: number): { toNumber(): number } }) => d.toDecimalPlaces(2).toNumber();
  const dingtalk = computeBudget({ headcount: 3000, ...PRIVATE }, { rateOverrides: LICENCE }).paths.commercial;
  const lean = computeBudget({ headcount: 3000, buildFteSelfBuild: 6 }).paths.selfBuild;
  expect([s.options.dingtalkPrivate.tco, s.options.dingtalkPrivate.npv, s.options.dingtalkPrivate.name, s.options.dingtalkPrivate.path]).toEqual([cents(dingtalk.tco), cents(dingtalk.npv), "DingTalk 私有化", "commercial"]);
  expect(s.options.leanTeam.tco).toBe(cents(lean.tco));
  expect(s.options.commercial.tco).toBe(s.paths.commercial.tco);
  expect(s.options.commercial.risk).toEqual(s.risk.commercial);
  expect(Object.keys(s.options.leanTeam).sort()).toEqual([...Object.keys(s.paths.selfBuild), "name", "path", "risk"].sort());
  expect(r.stdout).toContain("DingTalk 私有化 (dingtalkPrivate)");
});

test.each<[string, unknown, string]>([
  ["a shared input in an option", { options: [{ id: "a", name: "A", path: "hybrid", overrides: { headcount: 3 } }] }, 'unknown field "options.a.overrides.headcount"'],
  ["a bad id", { options: [{ id: "a-b", name: "A", path: "hybrid" }] }, 'invalid value for "options[0].id": must be a letter then up to 30 letters or digits, got "a-b"'],
  ["options that is not a list", { options: { id: "a" } }, 'invalid value for "options"'],
])("%s: exit 2, names the field, writes nothing", async (_what, input, message) => {
  writeFileSync(join(dir, "in.json"), JSON.stringify(input));
  const r = await cli(["--input", "in.json", "--out", "b.xlsx", "--summary", "s.json"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(message);
  expect(r.stderr).toContain("Nothing was written.");
  expect(existsSync(join(dir, "b.xlsx")) || existsSync(join(dir, "s.json"))).toBe(false);
});

test("a decision matrix in --input gives each option's weighted score in --summary and a table beside TCO", async () => {
  const criteria = [
    { id: "goLive", name: "Time to go-live", weight: 0.6 },
    { id: "lockIn", name: "Vendor lock-in", weight: 0.4 },
  ];
  const score = (goLive: number, lockIn: number) => ({ goLive, lockIn });
  const decision = { criteria, scores: { selfBuild: score(1, 5), commercial: score(5, 2), hybrid: score(3, 3), dingtalkPrivate: score(4, 4), leanTeam: score(2, 5) } };
  writeFileSync(join(dir, "in.json"), JSON.stringify({ ...INPUT, decision }));
  const r = await cli(["--input", "in.json", "--out", "b.xlsx", "--summary", "s.json", "--trials", "100"]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  // 0.6 × goLive + 0.4 × lockIn: 2.6, 3.8, 3, 4, 3.2
  expect(JSON.parse(readFileSync(join(dir, "s.json"), "utf8")).decision.weighted).toEqual({ selfBuild: 2.6, commercial: 3.8, hybrid: 3, dingtalkPrivate: 4, leanTeam: 3.2 });
  expect(r.stdout).toContain("Decision matrix");
});
