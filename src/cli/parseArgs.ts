import { DEFAULT_SEED, DEFAULT_TRIALS, type Language } from "../engine";
import { EXIT_CODES_TEXT } from "./exitCodes";

export interface CliOptions {
  /** Path of a flat JSON object of requirement keys; undefined = the built-in defaults. */
  readonly input?: string;
  /** Path of a JSON object of rate changes by rate key (e.g. a supplier's quote); undefined = the built-in price book. */
  readonly rates?: string;
  /** Path of a vendor's quote (CSV or JSON) and the option it prices; given together or not at all. */
  readonly quotes?: string;
  readonly quoteOption?: string;
  /** Where the workbook goes (default budget.xlsx in the current folder). */
  readonly out: string;
  /** Where the JSON summary goes; undefined = no summary file. */
  readonly summary?: string;
  readonly lang: Language;
  /** Seed of the Monte Carlo run (one seed, one result): a whole number from 0 to 2^32 − 1. */
  readonly seed: number;
  /** Monte Carlo trials: a whole number from MIN_TRIALS to MAX_CLI_TRIALS. */
  readonly trials: number;
  readonly help: boolean;
}

/** A problem with the command line itself (exit code 2). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly field?: string,
    readonly allowed?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

const LANGUAGES: readonly Language[] = ["zh-CN", "en-US"];
const VALUE_FLAGS = ["--input", "--rates", "--quotes", "--quote-option", "--out", "--summary", "--lang", "--seed", "--trials"] as const;

export const MAX_SEED = 2 ** 32 - 1;
/** Fewer trials make the P80/P90 too noisy to print; more than this takes too long for a command line. */
export const MIN_TRIALS = 100;
export const MAX_CLI_TRIALS = 200000;
const SEED_ALLOWED = `a whole number from 0 to ${MAX_SEED}`;
const TRIALS_ALLOWED = `a whole number from ${MIN_TRIALS} to ${MAX_CLI_TRIALS}`;

/** What a value flag takes, for "needs a value" messages. */
function allowedFor(flag: ValueFlag): string {
  if (flag === "--lang") return LANGUAGES.join(" or ");
  if (flag === "--seed") return SEED_ALLOWED;
  if (flag === "--trials") return TRIALS_ALLOWED;
  if (flag === "--quote-option") return "the id of an option (selfBuild, commercial, hybrid or one in --input)";
  return "a file path";
}

/** A whole number written in digits only (no sign, decimal point, exponent or separators) within [min, max]. */
function wholeNumber(flag: "--seed" | "--trials", text: string | undefined, fallback: number, min: number, max: number, allowed: string): number {
  if (text === undefined) return fallback;
  const n = /^[0-9]+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be ${allowed} (got ${JSON.stringify(text)})`, flag, allowed);
  return n;
}
type ValueFlag = (typeof VALUE_FLAGS)[number];

export const USAGE = `Usage: npm run budget -- [--input requirements.json] [--rates rates.json] [--quotes quote.csv --quote-option ID]
                      [--out budget.xlsx] [--summary summary.json] [--lang zh-CN|en-US] [--seed N] [--trials N]

Builds the IMCOST budget workbook (self-build, commercial and hybrid paths) and prints a summary: the
budget per path, its Monte Carlo risk (P50/P80/P90, risk-based vs flat contingency) and the budget checks.

  --input <file>    JSON object of requirement keys, e.g. {"headcount": 20000, "horizonYears": 3};
                    missing keys take their defaults, unknown or repeated keys are an error; at most 1 MB
                    (default: all defaults). "options": [{"id", "name", "path", "overrides": {…, "rates":
                    {…}}}] adds named offers beside the three paths (up to 8 in all; "replaceDefaults":
                    true drops the paths); an option overrides only path and staffing inputs and rates
  --rates <file>    JSON object of price-book changes by rate key (the RateCard sheet's key column), e.g.
                    {"saas_seat_month_t2_cn": {"list": 38, "discount": 0, "date": "2026-11-15", "source":
                    "Vendor quote", "status": "QUOTED", "validUntil": "2027-02-28", "termMonths": 36,
                    "document": "Q-2026-114"}}; a QUOTED price takes its lines out of metered contingency
                    for the months of its term; at most 1 MB (default: the built-in price book)
  --quotes <file>   a vendor's quote, CSV (UTF-8 or GB18030, comma or tab) or a JSON list of items, with
                    columns item, unitPrice, currency, quantity, rateKey and, for the rate card, termMonths,
                    validUntil, document, quoteDate (optional: vatRate, includesVat, discount, billing,
                    renewal); each item becomes a QUOTED price of the option named by --quote-option
  --quote-option <id>  the option the quote prices
  --out <file>      the workbook to write (default: budget.xlsx in the current folder)
  --summary <file>  also write a JSON summary: per path, the yearly totals, TCO, NPV, cost per user per
                    month and the categories by year, rounded to cents; "risk": per path the Monte Carlo
                    P50/P80/P90 of TCO before contingency, "contingency" (risk-based: P at the confidence level − base) and
                    "flatContingency"; "checks": every check's id, ok and message, then "all" (Check_All)
  --lang <lang>     workbook and summary language: en-US (default) or zh-CN
  --seed <n>        Monte Carlo seed, ${SEED_ALLOWED} (default ${DEFAULT_SEED}); the same seed and
                    inputs give the same figures, in the summary and on the workbook's Risk sheet
  --trials <n>      Monte Carlo trials, ${TRIALS_ALLOWED} (default ${DEFAULT_TRIALS})
  -h, --help        this help, with every requirement key

${EXIT_CODES_TEXT}`;

/** Parses the arguments after the script name. Throws UsageError for unknown flags or missing values. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const values: Partial<Record<ValueFlag, string>> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h" || arg === "--help") {
      help = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const flag = (eq > 0 && arg.startsWith("--") ? arg.slice(0, eq) : arg) as ValueFlag;
    if (!VALUE_FLAGS.includes(flag)) {
      if (arg.startsWith("-")) throw new UsageError(`unknown option ${JSON.stringify(arg)}`, arg, `one of ${[...VALUE_FLAGS, "--help"].join(", ")}`);
      throw new UsageError(`unexpected argument ${JSON.stringify(arg)}`, arg, `options only: ${[...VALUE_FLAGS, "--help"].join(", ")}`);
    }
    let value: string | undefined;
    if (eq > 0 && arg.startsWith("--")) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith("--") && value.length > 2)) throw new UsageError(`${flag} needs a value`, flag, allowedFor(flag));
      i++;
    }
    if (value === "") throw new UsageError(`${flag} needs a value`, flag, allowedFor(flag));
    if (values[flag] !== undefined) throw new UsageError(`${flag} is given twice`, flag, "at most once");
    values[flag] = value;
  }
  const lang = values["--lang"] ?? "en-US";
  if (!LANGUAGES.includes(lang as Language)) throw new UsageError(`--lang must be zh-CN or en-US (got ${JSON.stringify(lang)})`, "--lang", LANGUAGES.join(" or "));
  const seed = wholeNumber("--seed", values["--seed"], DEFAULT_SEED, 0, MAX_SEED, SEED_ALLOWED);
  const trials = wholeNumber("--trials", values["--trials"], DEFAULT_TRIALS, MIN_TRIALS, MAX_CLI_TRIALS, TRIALS_ALLOWED);
  if ((values["--quotes"] === undefined) !== (values["--quote-option"] === undefined)) {
    const [given, missing] = values["--quotes"] === undefined ? ["--quote-option", "--quotes"] : ["--quotes", "--quote-option"];
    throw new UsageError(`${given} needs ${missing}`, missing, missing === "--quotes" ? "a file path" : allowedFor("--quote-option"));
  }
  return { input: values["--input"], rates: values["--rates"], quotes: values["--quotes"], quoteOption: values["--quote-option"], out: values["--out"] ?? "budget.xlsx", summary: values["--summary"], lang: lang as Language, seed, trials, help };
}
