/** `"options"` in --input: named offers beside the three paths, in the summary and the terminal (tsx child process). */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, useTempFolder } from "../support/runCli";
import { computeBudget } from "../../src/engine";

jest.setTimeout(120_000);

const folder = useTempFolder("imcost-options-");

const cli = (args: string[]) => runCli(args, folder());

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
  writeFileSync(join(folder(), "in.json"), JSON.stringify(INPUT));
  const r = await cli(["--input", "in.json", "--out", "b.xlsx", "--summary", "s.json", "--trials", "200"]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  const s = JSON.parse(readFileSync(join(folder(), "s.json"), "utf8"));
  expect(Object.keys(s.options)).toEqual(["selfBuild", "commercial", "hybrid", "dingtalkPrivate", "leanTeam"]);
  const cents = (d: { toDecimalPlaces(n: number): { toNumber(): number } }) => d.toDecimalPlaces(2).toNumber();
  const dingtalk = computeBudget({ headcount: 3000, ...PRIVATE }, { rateOverrides: LICENCE }).paths.commercial;
  const lean = computeBudget({ headcount: 3000, buildFteSelfBuild: 6 }).paths.selfBuild;
  expect([s.options.dingtalkPrivate.tco, s.options.dingtalkPrivate.npv, s.options.dingtalkPrivate.name, s.options.dingtalkPrivate.path]).toEqual([cents(dingtalk.tco), cents(dingtalk.npv), "DingTalk 私有化", "commercial"]);
  expect(s.options.leanTeam.tco).toBe(cents(lean.tco));
  expect(s.options.commercial.tco).toBe(s.paths.commercial.tco);
  expect(s.options.commercial.risk).toEqual(s.risk.commercial);
  expect(Object.keys(s.options.leanTeam).sort()).toEqual([...Object.keys(s.paths.selfBuild), "name", "path", "risk", "checks", "warnings", "warningCount"].sort());
  expect(r.stdout).toContain("DingTalk 私有化 (dingtalkPrivate)");
  // Each option's own checks: its path's integrity checks, Check_All last, and its own warnings counted.
  const own = s.options.leanTeam;
  expect(own.checks.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(["sum_selfBuild", "reconciles_selfBuild", "all"]));
  expect(own.checks.map((c: { id: string }) => c.id)).not.toContain("sum_commercial");
  expect(own.warningCount).toBe(own.warnings.filter((w: { ok: boolean }) => !w.ok).length);
  expect(own.checks.at(-1)).toMatchObject({ id: "all", ok: true });
  expect(r.stdout).toMatch(/Integrity · warnings/);
});

test.each<[string, unknown, string]>([
  ["a shared input in an option", { options: [{ id: "a", name: "A", path: "hybrid", overrides: { headcount: 3 } }] }, 'unknown field "options.a.overrides.headcount"'],
  ["a bad id", { options: [{ id: "a-b", name: "A", path: "hybrid" }] }, 'invalid value for "options[0].id": must be a letter then up to 30 letters or digits, got "a-b"'],
  ["options that is not a list", { options: { id: "a" } }, 'invalid value for "options"'],
])("%s: exit 2, names the field, writes nothing", async (_what, input, message) => {
  writeFileSync(join(folder(), "in.json"), JSON.stringify(input));
  const r = await cli(["--input", "in.json", "--out", "b.xlsx", "--summary", "s.json"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(message);
  expect(r.stderr).toContain("Nothing was written.");
  expect(existsSync(join(folder(), "b.xlsx")) || existsSync(join(folder(), "s.json"))).toBe(false);
});

test("a decision matrix in --input gives each option's weighted score in --summary and a table beside TCO", async () => {
  const criteria = [
    { id: "goLive", name: "Time to go-live", weight: 0.6 },
    { id: "lockIn", name: "Vendor lock-in", weight: 0.4 },
  ];
  const score = (goLive: number, lockIn: number) => ({ goLive, lockIn });
  const decision = { criteria, scores: { selfBuild: score(1, 5), commercial: score(5, 2), hybrid: score(3, 3), dingtalkPrivate: score(4, 4), leanTeam: score(2, 5) } };
  writeFileSync(join(folder(), "in.json"), JSON.stringify({ ...INPUT, decision }));
  const r = await cli(["--input", "in.json", "--out", "b.xlsx", "--summary", "s.json", "--trials", "100"]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  // 0.6 × goLive + 0.4 × lockIn: 2.6, 3.8, 3, 4, 3.2
  expect(JSON.parse(readFileSync(join(folder(), "s.json"), "utf8")).decision.weighted).toEqual({ selfBuild: 2.6, commercial: 3.8, hybrid: 3, dingtalkPrivate: 4, leanTeam: 3.2 });
  expect(r.stdout).toContain("Decision matrix");
});

describe("--quotes", () => {
  const HEADER = "项目,单价,币种,数量,单价键,税率,含税,期限（月）,有效期至,报价单号,报价日期";
  const quote = (rows: string[]) => writeFileSync(join(folder(), "quote.csv"), `${[HEADER, ...rows].join("\r\n")}\r\n`);

  test("a Chinese CSV quote prices its option's rates as QUOTED; an expired item is a warning and flagged", async () => {
    quote(["企业标准版 席位,36,CNY,5000,saas_seat_month_t2_cn,6%,含税,36,2099-03-31,Q-88,2026-11-25", "\"旗舰版, 席位\",30,CNY,5000,saas_seat_month_t3_cn,6%,含税,36,2020-01-31,Q-88,2019-11-25"]);
    writeFileSync(join(folder(), "in.json"), JSON.stringify({ options: [{ id: "feishuQuote", name: "Feishu quote", path: "commercial" }] }));
    const r = await cli(["--input", "in.json", "--quotes", "quote.csv", "--quote-option", "feishuQuote", "--out", "b.xlsx", "--summary", "s.json", "--trials", "100"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("Warning: quote Q-88, row 3 (旗舰版, 席位) stood until 2020-01-31; it has expired");
    const s = JSON.parse(readFileSync(join(folder(), "s.json"), "utf8"));
    expect(s.quote.items.map((i: { rateKey: string; expired: boolean }) => [i.rateKey, i.expired])).toEqual([["saas_seat_month_t2_cn", false], ["saas_seat_month_t3_cn", true]]);
    const rateOverrides = Object.fromEntries(
      [["saas_seat_month_t2_cn", "36", "2099-03-31", 2, "企业标准版 席位"], ["saas_seat_month_t3_cn", "30", "2020-01-31", 3, "旗舰版, 席位"]].map(([key, list, validUntil, row, item]) => [
        key,
        { list, discount: 0, date: "2026-11-25", status: "QUOTED" as const, validUntil, termMonths: 36, document: "Q-88", source: `Quote Q-88, row ${row}: ${item}; quantity 5000` },
      ]),
    );
    const expected = computeBudget({}, { rateOverrides: rateOverrides as never }).paths.commercial.tco.toDecimalPlaces(2).toNumber();
    expect(s.options.feishuQuote.tco).toBe(expected);
    expect(s.options.feishuQuote.tco).not.toBe(s.paths.commercial.tco);
  });

  test("a GB18030 file reads as well as UTF-8", async () => {
    const { execFileSync } = await import("node:child_process");
    quote(["企业标准版 席位,36,CNY,5000,saas_seat_month_t2_cn,6%,含税,36,2099-03-31,Q-88,2026-11-25"]);
    execFileSync("sh", ["-c", "iconv -f utf-8 -t gb18030 quote.csv > quote-gb.csv"], { cwd: folder() });
    const a = await cli(["--quotes", "quote.csv", "--quote-option", "commercial", "--out", "a.xlsx", "--summary", "a.json", "--trials", "100"]);
    const b = await cli(["--quotes", "quote-gb.csv", "--quote-option", "commercial", "--out", "b.xlsx", "--summary", "b.json", "--trials", "100"]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const tco = (f: string) => JSON.parse(readFileSync(join(folder(), f), "utf8")).options.commercial.tco;
    expect(tco("b.json")).toBe(tco("a.json"));
  });

  test.each<[string, string[], string]>([
    ["a bad currency", ["席位,36,RMB,5000,saas_seat_month_t2_cn,6%,含税,36,2099-03-31,Q-88,2026-11-25"], 'row 2, column "币种": must be CNY, USD, EUR, SGD or INR, got "RMB"'],
    ["a short row", ["席位,36,CNY,5000"], "cannot be read as a quote: Invalid Record Length: expect 11, got 4 on line 2"],
    ["an unknown rate", ["席位,36,CNY,5000,saas_seat_mnth,6%,含税,36,2099-03-31,Q-88,2026-11-25"], 'row 2, column "rateKey": must be a key of the RateCard sheet\'s key column'],
  ])("a malformed quote (%s) exits 2, names the row and column, writes nothing", async (_what, rows, message) => {
    quote(rows);
    const r = await cli(["--quotes", "quote.csv", "--quote-option", "commercial", "--out", "b.xlsx", "--summary", "s.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain("Nothing was written.");
    expect(existsSync(join(folder(), "b.xlsx")) || existsSync(join(folder(), "s.json"))).toBe(false);
  });
});
