/** Runs the CLI as a child process (tsx) in a temporary folder, as a user would. */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { computeBudget } from "../../src/engine/budget/computeBudget";
import { CATEGORY_IDS } from "../../src/engine/budget/categories";
import { PATH_IDS } from "../../src/engine/budget/paths";
import { parseXlsx } from "../support/libreOffice";

const ROOT = resolve(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const CLI = join(ROOT, "src/cli/budget.ts");
jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "imcost-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.INIT_CWD;
  return new Promise((done) => {
    execFile(TSX, [CLI, ...args], { cwd, env }, (error, stdout, stderr) => done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
}

const near = (a: number, b: number) => Math.abs(a - b) <= 0.005;

test("success: writes the workbook and a summary equal to computeBudget to the cent, prints the table", async () => {
  const raw = { headcount: 20000, horizonYears: 3, videoResolution: "1080p", commercialModel: "private", hosting: "onPremise" };
  writeFileSync(join(dir, "req.json"), JSON.stringify(raw));
  mkdirSync(join(dir, "out"));
  const r = await cli(["--input", "req.json", "--out", "out/b.xlsx", "--summary", "s.json", "--lang", "zh-CN"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/总拥有成本/);
  expect(r.stdout).toMatch(/\d{1,3}(,\d{3})+/);
  expect(r.stdout).toContain(join(dir, "out/b.xlsx"));
  const summary = JSON.parse(readFileSync(join(dir, "s.json"), "utf8"));
  const budget = computeBudget(raw);
  expect(summary.currency).toBe("CNY");
  expect(summary.horizonYears).toBe(3);
  for (const p of PATH_IDS) {
    const e = budget.paths[p];
    const j = summary.paths[p];
    expect(j.years.length).toBe(4);
    j.years.forEach((v: number, t: number) => expect({ p, t, ok: near(v, e.years[t].toNumber()) }).toEqual({ p, t, ok: true }));
    expect(near(j.tco, e.tco.toNumber()) && near(j.npv, e.npv.toNumber()) && near(j.costPerUserMonth, e.costPerUserMonth.toNumber())).toBe(true);
    for (const c of CATEGORY_IDS) j.categories[c].forEach((v: number, t: number) => expect(near(v, e.categories[c][t].toNumber())).toBe(true));
  }
  const book = parseXlsx(readFileSync(join(dir, "out/b.xlsx")));
  expect(book.sheets).toContain("自建方案");
  expect(book.names.get("Input_headcount")).toBe("需求与假设!B2");
  expect(book.byName("Input_headcount")).toBe(20000);
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  expect(readdirSync(join(dir, "out"))).toEqual(["b.xlsx"]);
});

test("defaults: budget.xlsx in the current folder", async () => {
  const r = await cli([]);
  expect(r.code).toBe(0);
  expect(readdirSync(dir)).toEqual(["budget.xlsx"]);
  expect(r.stdout).toMatch(/5-year horizon, amounts in CNY/);
  expect(r.stdout).toContain(join(dir, "budget.xlsx"));
});

test("--help lists the requirement keys and exits 0", async () => {
  const r = await cli(["--help"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/headcount\s+a whole number from 1 to 1000000 \(default 5000\)/);
  expect(readdirSync(dir)).toEqual([]);
});

const BAD: [string, { json?: string; args?: string[] }, RegExp[]][] = [
  ["out-of-range value", { json: '{"headcount": 0}' }, [/"headcount"/, /a whole number from 1 to 1000000/, /got 0/]],
  ["unknown key", { json: '{"headCount": 20000}' }, [/unknown requirement key "headCount"/, /allowed:/]],
  ["unknown choice", { json: '{"videoResolution": "4k"}' }, [/"videoResolution"/, /one of "360p", "720p", "1080p"/]],
  ["bad JSON", { json: '{"headcount": 20000,' }, [/not valid JSON/]],
  ["not an object", { json: "[1, 2]" }, [/one flat JSON object/]],
  ["unknown flag", { args: ["--outt", "x.xlsx"] }, [/unknown option "--outt"/, /allowed: one of --input/]],
  ["unreadable file", { args: ["--input", "missing.json"] }, [/cannot read --input file missing.json: ENOENT/]],
  ["missing output folder", { args: ["--out", "nowhere/b.xlsx"] }, [/--out: the folder .*nowhere does not exist/]],
];

test.concurrent.each(BAD)("invalid input (%s): exit 2, names the field and what is allowed, leaves no file", async (_what, c, messages) => {
  const d = mkdtempSync(join(tmpdir(), "imcost-cli-bad-"));
  try {
    writeFileSync(join(d, "budget.xlsx"), "previous file");
    const args = c.args ?? [];
    if (c.json !== undefined) {
      writeFileSync(join(d, "req.json"), c.json);
      args.push("--input", "req.json");
    }
    const r = await cli([...args, "--summary", "s.json"], d);
    expect(r.code).toBe(2);
    for (const m of messages) expect(r.stderr).toMatch(m);
    expect(existsSync(join(d, "s.json"))).toBe(false);
    expect(readFileSync(join(d, "budget.xlsx"), "utf8")).toBe("previous file");
    expect(readdirSync(d).filter((f) => f !== "req.json").sort()).toEqual(["budget.xlsx"]);
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
});
