/** Runs the CLI as a child process (tsx) in a temporary folder, as a user would. */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { computeBudget } from "../../src/engine/budget/computeBudget";
import { CATEGORY_IDS } from "../../src/engine/budget/categories";
import { PATH_IDS } from "../../src/engine/budget/paths";
import { computeChecks } from "../../src/engine/checks/computeChecks";
import { runMonteCarlo } from "../../src/engine/risk/monteCarlo";
import { parseXlsx } from "../support/libreOffice";

const ROOT = resolve(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const CLI = join(ROOT, "src/cli/budget.ts");
// Each test starts tsx child processes; on a busy machine one run took over a minute. A limit, not a speed check.
jest.setTimeout(300_000);

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
    expect(j.years.length).toBe(3); // FY2027–FY2029: three January fiscal years from 2027-01
    expect(j.months).toHaveLength(36);
    j.years.forEach((v: number, t: number) => expect({ p, t, ok: near(v, e.years[t].toNumber()) }).toEqual({ p, t, ok: true }));
    expect(near(j.tco, e.tco.toNumber()) && near(j.npv, e.npv.toNumber()) && near(j.costPerUserMonth, e.costPerUserMonth.toNumber())).toBe(true);
    for (const c of CATEGORY_IDS) j.categories[c].forEach((v: number, t: number) => expect(near(v, e.categories[c][t].toNumber())).toBe(true));
  }
  const book = parseXlsx(readFileSync(join(dir, "out/b.xlsx")));
  expect(book.sheets).toContain("自建方案");
  expect(book.names.get("Input_headcount")).toBe("需求与假设!B2");
  expect(book.byName("Input_headcount")).toBe(20000);
  expect(r.stdout).toMatch(/蒙特卡洛 10,000 次试验，种子 1/); // the defaults
  expect(r.stdout).toMatch(/^Check_All: (TRUE|FALSE)/m);
  expect(summary.monteCarlo).toEqual({ seed: 1, trials: 10000 });
  const zhChecks = computeChecks(raw, { language: "zh-CN" });
  expect(summary.checks.map((c: { message: string }) => c.message)).toEqual(zhChecks.filter((c) => c.severity === "integrity").map((c) => c.message));
  expect(summary.warnings.map((c: { message: string }) => c.message)).toEqual(zhChecks.filter((c) => c.severity === "warning").map((c) => c.message));
  expect(summary.warningCount).toBe(zhChecks.filter((c) => c.severity === "warning" && !c.ok).length);
  expect(r.stdout).toMatch(new RegExp(`^Warning_Count: ${summary.warningCount}$`, "m"));
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  expect(readdirSync(join(dir, "out"))).toEqual(["b.xlsx"]);
});

test("defaults: budget.xlsx in the current folder", async () => {
  const r = await cli([]);
  expect(r.code).toBe(0);
  expect(readdirSync(dir)).toEqual(["budget.xlsx"]);
  expect(r.stdout).toMatch(/5 years from 2027-01, amounts in CNY, by fiscal year/);
  expect(r.stdout).toMatch(/^Self-build\s+2028-01\s/m);
  expect(r.stdout).toContain(join(dir, "budget.xlsx"));
});

test("--help lists the requirement keys and exits 0", async () => {
  const r = await cli(["--help"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/headcount\s+a whole number from 1 to 1000000 \(default 5000\)/);
  expect(r.stdout).toMatch(/--seed <n>\s+Monte Carlo seed, a whole number from 0 to 4294967295 \(default 1\)/);
  expect(r.stdout).toMatch(/--trials <n>\s+Monte Carlo trials, a whole number from 100 to 200000 \(default 10000\)/);
  expect(readdirSync(dir)).toEqual([]);
});

const BAD: [string, { json?: string; args?: string[] }, RegExp[]][] = [
  ["out-of-range value", { json: '{"headcount": 0}' }, [/"headcount"/, /a whole number from 1 to 1000000/, /got 0/]],
  ["unknown key", { json: '{"headCount": 20000}' }, [/unknown requirement key "headCount"/, /allowed:/]],
  ["unknown choice", { json: '{"videoResolution": "4k"}' }, [/"videoResolution"/, /one of "360p", "720p", "1080p"/]],
  ["bad JSON", { json: '{"headcount": 20000,' }, [/not valid JSON/]],
  ["not an object", { json: "[1, 2]" }, [/one JSON object of requirement keys/]],
  ["unknown flag", { args: ["--outt", "x.xlsx"] }, [/unknown option "--outt"/, /allowed: one of --input/]],
  ["unreadable file", { args: ["--input", "missing.json"] }, [/cannot read --input file missing.json: ENOENT/]],
  ["missing output folder", { args: ["--out", "nowhere/b.xlsx"] }, [/--out: the folder .*nowhere does not exist/]],
  ["too few trials", { args: ["--trials", "50"] }, [/--trials must be a whole number from 100 to 200000 \(got "50"\)/, /allowed: a whole number from 100 to 200000/]],
  ["too many trials", { args: ["--trials=200001"] }, [/--trials must be a whole number from 100 to 200000/]],
  ["trials not whole", { args: ["--trials", "2000.5"] }, [/--trials must be a whole number/]],
  ["negative seed", { args: ["--seed", "-3"] }, [/--seed must be a whole number from 0 to 4294967295 \(got "-3"\)/, /allowed: a whole number from 0 to 4294967295/]],
  ["seed too large", { args: ["--seed", "4294967296"] }, [/--seed must be a whole number from 0 to 4294967295/]],
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

describe("risk and checks in the summary", () => {
  const raw = { headcount: 12000, horizonYears: 4 };
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.005;
  type Risk = Record<string, { p50: number; p80: number; p90: number; contingency: number; flatContingency: number; base: number }>;

  async function run(seed: number, name: string): Promise<{ summary: { risk: Risk; monteCarlo: unknown; checks: { id: string; ok: boolean; message: string }[]; warnings: { id: string; ok: boolean; message: string }[]; paths: Record<string, { contingency: number[] }> }; stdout: string; xlsx: Buffer }> {
    writeFileSync(join(dir, "req.json"), JSON.stringify(raw));
    const r = await cli(["--input", "req.json", "--out", `${name}.xlsx`, "--summary", `${name}.json`, "--seed", String(seed), "--trials", "2000"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    return { summary: JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")), stdout: r.stdout, xlsx: readFileSync(join(dir, `${name}.xlsx`)) };
  }

  test("one seed, one result: identical risk JSON twice; P50 ≤ P80 ≤ P90; the engine's figures; the workbook carries the same run", async () => {
    const [a, b, c] = [await run(7, "a"), await run(7, "b"), await run(8, "c")];
    expect(b.summary.risk).toEqual(a.summary.risk);
    expect(a.summary.monteCarlo).toEqual({ seed: 7, trials: 2000 });
    expect(c.summary.monteCarlo).toEqual({ seed: 8, trials: 2000 });
    expect(c.summary.risk).not.toEqual(a.summary.risk); // another seed, other draws
    const mc = runMonteCarlo(raw, { seed: 7, trials: 2000 });
    expect(Object.keys(a.summary.risk)).toEqual([...PATH_IDS]);
    for (const p of PATH_IDS) {
      const r = a.summary.risk[p];
      expect(r.p50).toBeLessThanOrEqual(r.p80);
      expect(r.p80).toBeLessThanOrEqual(r.p90);
      expect({ p, ok: near(r.p50, mc.paths[p].tco.p50) && near(r.p80, mc.paths[p].tco.p80) && near(r.p90, mc.paths[p].tco.p90) }).toEqual({ p, ok: true });
      expect(near(r.contingency, mc.paths[p].riskContingency) && near(r.flatContingency, mc.paths[p].flatContingency)).toBe(true);
      expect(Math.abs(r.flatContingency - a.summary.paths[p].contingency.reduce((x, y) => x + y, 0))).toBeLessThan(0.05);
      for (const s of [c.summary.risk[p]]) expect(s.p50 <= s.p80 && s.p80 <= s.p90).toBe(true);
    }
    const checks = computeChecks(raw);
    expect([...a.summary.checks, ...a.summary.warnings].map((x) => [x.id, x.ok, x.message]).sort()).toEqual(checks.map((x) => [x.id, x.ok, x.message]).sort());

    // The Risk sheet holds this run's values (not the plan's default run).
    const book = parseXlsx(a.xlsx);
    const rowOf = (label: string): number => {
      for (let r = 1; r < 80; r++) if (book.at("Risk", `A${r}`) === label) return r;
      throw new Error(`no row ${label}`);
    };
    const cols = ["B", "C", "D"];
    for (const [label, key] of [["Monte Carlo P50 of TCO before contingency", "p50"], ["Monte Carlo P80", "p80"], ["Monte Carlo P90", "p90"], ["Monte Carlo risk-based contingency: max(0, P at the confidence level − base); shown, never in the totals", "contingency"]] as const) {
      const row = rowOf(label);
      PATH_IDS.forEach((p, i) => expect({ label, p, ok: near(book.at("Risk", `${cols[i]}${row}`) as number, a.summary.risk[p][key]) }).toEqual({ label, p, ok: true }));
    }
    expect(String(book.at("Risk", `A${rowOf("Monte Carlo P50 of TCO before contingency") - 1}`))).toMatch(/seed 7, 2,000 trials/);

    // The printed summary: P80, risk-based vs flat contingency, the checks and Check_All.
    expect(a.stdout).toMatch(/Monte Carlo, 2,000 trials, seed 7/);
    expect(a.stdout).toMatch(/P80 TCO \(CNY\)\s+Risk-based contingency \(CNY\)\s+Flat contingency \(CNY\)/);
    expect(a.stdout).toContain(Math.round(a.summary.risk.hybrid.p80).toLocaleString("en-US"));
    expect(a.stdout).toMatch(/^ {4}[✔✘] .+ — .+$/m);
    const all = a.summary.checks.at(-1)!;
    expect(all.id).toBe("all");
    expect(a.stdout).toContain(`Check_All: ${all.ok ? "TRUE" : "FALSE"}`);
    expect(b.stdout).toBe(a.stdout.replace(/a\.(xlsx|json)/g, "b.$1"));
  });
});
