/** `--rates`: a supplier's quote given to the CLI as a file, as a user would (tsx child process, temp folder). */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, useTempFolder } from "../support/runCli";
import { parseXlsx } from "../support/libreOffice";

jest.setTimeout(120_000);

const folder = useTempFolder("imcost-rates-");

const cli = (args: string[]) => runCli(args, folder());

const QUOTE = { date: "2027-01", validUntil: "2027-03-31", termMonths: 24, document: "Q-2027-001", source: "Vendor quote", status: "QUOTED" };

/** The China prices the seat line rests on: the three volume bands, the edition fee and the minimum spend. */
const SEAT_KEYS = ["saas_seat_month_cn", "saas_seat_month_t2_cn", "saas_seat_month_t3_cn", "saas_edition_year_cn", "saas_min_spend_year_cn"];

test("a 24-month seat quote lowers commercial TCO by 25% of the quoted months' seats (906,132.08), on the RateCard too", async () => {
  const base = await cli(["--out", "a.xlsx", "--summary", "a.json", "--trials", "100"]);
  expect(base.code).toBe(0);
  writeFileSync(join(folder(), "rates.json"), JSON.stringify(Object.fromEntries(SEAT_KEYS.map((k) => [k, QUOTE]))));
  const quoted = await cli(["--rates", "rates.json", "--out", "b.xlsx", "--summary", "b.json", "--trials", "100"]);
  expect(quoted.stderr).toBe("");
  expect(quoted.code).toBe(0);
  const tco = (f: string) => JSON.parse(readFileSync(join(folder(), f), "utf8")).paths.commercial.tco as number;
  // 25% × (10 × 5,000 + 12 × 5,250) × 34 / 1.06 = 906,132.0755; the summary rounds each TCO to the cent.
  expect(Math.abs(tco("a.json") - tco("b.json") - 906132.0755)).toBeLessThanOrEqual(0.01);
  const book = parseXlsx(readFileSync(join(folder(), "b.xlsx")));
  const row = [...Array(400).keys()].find((r) => book.at("RateCard", `A${r + 1}`) === "saas_seat_month_t2_cn")! + 1;
  expect([book.at("RateCard", `N${row}`), book.at("RateCard", `O${row}`), book.at("RateCard", `P${row}`), book.at("RateCard", `Q${row}`)]).toEqual(["QUOTED", "2027-03-31", 24, "Q-2027-001"]);
});

test.each([
  [{ saas_seat_mnth_cn: QUOTE }, 'unknown rate key "saas_seat_mnth_cn"'],
  [{ saas_seat_month_cn: { ...QUOTE, termMonths: undefined } }, '"Rate_saas_seat_month_cn termMonths": must be a whole number of months from 1 to 120'],
  [{ saas_seat_month_cn: { ...QUOTE, lsit: 3 } }, 'field "lsit" of Rate_saas_seat_month_cn'],
  [{ saas_seat_month_cn: 38 }, '"Rate_saas_seat_month_cn": must be an object of changes'],
  [{ saas_seat_month_cn: { list: 38, validUntil: "2027-03-31" } }, "only with status QUOTED"],
])("bad rates file %p: exit 2, names the rate and field, writes nothing", async (rates, message) => {
  writeFileSync(join(folder(), "rates.json"), JSON.stringify(rates));
  const r = await cli(["--rates", "rates.json", "--out", "b.xlsx"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(message);
  expect(r.stderr).toContain("Nothing was written.");
  expect(existsSync(join(folder(), "b.xlsx"))).toBe(false);
});

test("--out may not overwrite the --rates file", async () => {
  writeFileSync(join(folder(), "rates.json"), "{}");
  const r = await cli(["--rates", "rates.json", "--out", "rates.json"]);
  expect(r.stderr).toContain("is the --rates file");
  expect(readFileSync(join(folder(), "rates.json"), "utf8")).toBe("{}");
});
