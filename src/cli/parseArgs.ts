import type { Language } from "../engine/workbook/WorkbookPlan";

export interface CliOptions {
  /** Path of a flat JSON object of requirement keys; undefined = the built-in defaults. */
  readonly input?: string;
  /** Where the workbook goes (default budget.xlsx in the current folder). */
  readonly out: string;
  /** Where the JSON summary goes; undefined = no summary file. */
  readonly summary?: string;
  readonly lang: Language;
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
const VALUE_FLAGS = ["--input", "--out", "--summary", "--lang"] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

export const USAGE = `Usage: npm run budget -- [--input requirements.json] [--out budget.xlsx] [--summary summary.json] [--lang zh-CN|en-US]

Builds the IMCOST budget workbook (self-build, commercial and hybrid paths) and prints a summary.

  --input <file>    flat JSON object of requirement keys, e.g. {"headcount": 20000, "horizonYears": 3};
                    missing keys take their defaults, unknown keys are an error (default: all defaults)
  --out <file>      the workbook to write (default: budget.xlsx in the current folder)
  --summary <file>  also write a JSON summary: per path, the yearly totals, TCO, NPV, cost per user per
                    month and the categories by year, rounded to cents
  --lang <lang>     workbook language: en-US (default) or zh-CN
  -h, --help        this help, with every requirement key

Exit codes: 0 done; 2 invalid input or arguments (nothing is written); 1 unexpected error.`;

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
      if (value === undefined || (value.startsWith("--") && value.length > 2)) throw new UsageError(`${flag} needs a value`, flag, flag === "--lang" ? LANGUAGES.join(" or ") : "a file path");
      i++;
    }
    if (value === "") throw new UsageError(`${flag} needs a value`, flag, flag === "--lang" ? LANGUAGES.join(" or ") : "a file path");
    if (values[flag] !== undefined) throw new UsageError(`${flag} is given twice`, flag, "at most once");
    values[flag] = value;
  }
  const lang = values["--lang"] ?? "en-US";
  if (!LANGUAGES.includes(lang as Language)) throw new UsageError(`--lang must be zh-CN or en-US (got ${JSON.stringify(lang)})`, "--lang", LANGUAGES.join(" or "));
  return { input: values["--input"], out: values["--out"] ?? "budget.xlsx", summary: values["--summary"], lang: lang as Language, help };
}
