/**
 * `npm run budget -- [--input requirements.json] [--out budget.xlsx] [--summary summary.json] [--lang zh-CN|en-US]
 *                     [--seed N] [--trials N]`
 *
 * A thin shell around the engine: every number comes from computeBudget, runMonteCarlo, computeChecks and
 * buildWorkbookPlan; the workbook is written by the xlsx writer. The one Monte Carlo run (seeded, so the
 * same seed and inputs give the same figures) feeds both the summary and the workbook's Risk sheet. Invalid input (bad JSON, unknown key, out-of-range value, unknown flag,
 * unreadable file) exits with code 2 and a message naming the field and what is allowed, and writes nothing.
 * Writing is writeOutputs.ts: both outputs are replaced or neither, and each I/O failure has its own exit
 * code (exitCodes.ts).
 */
import { EngineError, OPTION_INPUT_KEYS, REQUIREMENT_SPECS, allowedText, buildWorkbookPlan, computeBudget, computeChecks, computeOptions, optionChecks, expiredQuoteItems, parseDecisionMatrix, optionsMonteCarlo, parseOptions, parseQuoteTable, applyQuote, type BudgetOption, type QuoteItem, runMonteCarlo, validateRateOverrides, validateRequirements, type RateOverrides, type RequirementSpec } from "../engine";
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { writeXlsx } from "../workbook/xlsxWriter";
import { formatSummaryTable, summaryJson } from "./formatSummary";
import { decisionJson, formatDecisionTable, formatOptionsTable, optionsJson } from "./optionsSummary";
import { quoteRows } from "./readQuoteFile";
import { escapeText } from "./escapeText";
import { EXIT } from "./exitCodes";
import { findDuplicateKey } from "./findDuplicateKey";
import { parseArgs, USAGE, UsageError } from "./parseArgs";
import { checkTargets, OutputError, replaceOutputs, showPath, type OutputFile } from "./writeOutputs";

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
}

/** Input that is wrong: exit code 2, nothing written. */
class InputError extends Error {}

function keysHelp(): string {
  const lines = REQUIREMENT_SPECS.map((s) => {
    const spec = s as RequirementSpec;
    return `  ${spec.key.padEnd(28)} ${allowedText(spec)} (default ${JSON.stringify(spec.default)})`;
  });
  return `Requirement keys for --input:\n${lines.join("\n")}`;
}

/** Input files larger than this are refused before they are read or parsed. */
export const MAX_INPUT_BYTES = 1024 * 1024;
/** At most this many problems are listed, then a count of the rest. */
export const MAX_LISTED_PROBLEMS = 20;

/** What a JSON file given on the command line must hold, for its messages. */
const FILE_KINDS = {
  "--input": 'one JSON object of requirement keys, e.g. {"headcount": 20000}, and optionally "options" and "replaceDefaults"',
  "--rates": 'one JSON object of rate keys, each with its changes, e.g. {"saas_seat_month_t2_cn": {"list": 38}}',
} as const;

/** A file named on the command line, at most MAX_INPUT_BYTES; a problem names the flag, the file and the reason. */
function readInputBytes(flag: string, path: string, cwd: string): Buffer {
  const full = resolve(cwd, path);
  const shown = showPath(path);
  try {
    const size = statSync(full).size;
    if (size > MAX_INPUT_BYTES) throw new InputError(`${flag} file ${shown} is ${size.toLocaleString("en-US")} bytes; at most ${MAX_INPUT_BYTES.toLocaleString("en-US")} bytes (1 MB) are allowed`);
    return readFileSync(full);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${flag} file ${shown}: ${(e as NodeJS.ErrnoException).code ?? escapeText((e as Error).message)}`);
  }
}

function readJsonObject(flag: keyof typeof FILE_KINDS, path: string, cwd: string): Record<string, unknown> {
  const shown = showPath(path);
  const text = readInputBytes(flag, path, cwd).toString("utf8").replace(/^\uFEFF/, "");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${flag} file ${shown} is not valid JSON: ${escapeText((e as Error).message, 120)}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new InputError(`${flag} file ${shown} must hold ${FILE_KINDS[flag]}`);
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate !== null) throw new InputError(`duplicate key "${escapeText(duplicate)}" in ${flag} file ${shown}: give each key once`);
  return data as Record<string, unknown>;
}

/** The --rates file, checked by the engine rate by rate; a problem names the rate and its field. */
function readRates(path: string, cwd: string): RateOverrides {
  const data = readJsonObject("--rates", path, cwd);
  try {
    return validateRateOverrides(data);
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    const got = e.received === undefined ? "" : `, got ${escapeText(e.received)}`;
    if (e.code === "unknownKey") throw new InputError(`--rates: unknown ${escapeText(e.field)} (allowed: ${e.allowed ?? "see the RateCard sheet"})`);
    throw new InputError(`--rates: invalid value for "${escapeText(e.field)}": must be ${e.allowed ?? "valid"}${got}`);
  }
}

/** The quote file's items as QUOTED rates of the option it prices; a bad row or column exits 2 and writes nothing. */
function readQuote(file: string, optionId: string, options: readonly BudgetOption[], raw: Readonly<Record<string, unknown>>, shared: RateOverrides | undefined, cwd: string): { options: BudgetOption[]; items: QuoteItem[] } {
  if (!options.some((o) => o.id === optionId)) throw new InputError(`--quote-option: no option "${escapeText(optionId)}" (the options are ${options.map((o) => o.id).join(", ")})`);
  let rows: unknown[][];
  try {
    rows = quoteRows(readInputBytes("--quotes", file, cwd), file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`--quotes file ${showPath(file)} cannot be read as a quote: ${escapeText((e as Error).message, 200)}`);
  }
  try {
    const items = parseQuoteTable(rows);
    return { options: applyQuote(options, optionId, items, raw, shared), items };
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    const got = e.received === undefined ? "" : `, got ${escapeText(e.received)}`;
    throw new InputError(`--quotes file ${showPath(file)}, ${escapeText(e.field)}: must be ${e.allowed ?? "valid"}${got}`);
  }
}

/** The quote in --summary: which option it prices, its items by rate, and those expired on `today`. */
function quoteJson(option: string, items: readonly QuoteItem[], today: string) {
  const expired = new Set(expiredQuoteItems(items, today));
  return { option, items: items.map((i) => ({ row: i.row, item: i.item, rateKey: i.rateKey, unitPrice: i.unitPrice, currency: i.currency, quantity: i.quantity, validUntil: i.validUntil, document: i.document, expired: expired.has(i) })) };
}

function describeEngineError(e: EngineError): string {
  const field = escapeText(e.field);
  if (e.code === "unknownKey" && field.startsWith("options")) return `unknown field "${field}" (allowed: ${e.allowed ?? "see the README"})`;
  if (e.code === "unknownKey") return `unknown requirement key "${field}" (allowed: ${e.allowed ?? "see --help"}; run with --help for the full list)`;
  const got = e.received === undefined ? "" : `, got ${escapeText(e.received)}`;
  return `invalid value for "${field}": must be ${e.allowed ?? "valid"}${got}`;
}

/** The first MAX_LISTED_PROBLEMS problems, one per line, then "… and N more". */
export function listProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_LISTED_PROBLEMS);
  const rest = problems.length - shown.length;
  return [...shown, ...(rest > 0 ? [`… and ${rest.toLocaleString("en-US")} more`] : [])].join("\n       ");
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      io.out(`${USAGE}\n\n${keysHelp()}\n`);
      return 0;
    }
    const input = options.input ? readJsonObject("--input", options.input, io.cwd) : {};
    const raw = Object.fromEntries(Object.entries(input).filter(([k]) => !(OPTION_INPUT_KEYS as readonly string[]).includes(k)));
    const { errors } = validateRequirements(raw);
    if (errors.length > 0) throw new InputError(listProblems(errors.map(describeEngineError)));
    const rateOverrides = options.rates ? readRates(options.rates, io.cwd) : undefined;
    let budgetOptions = parseOptions(input, options.lang);
    let quoteItems: QuoteItem[] = [];
    if (options.quotes && options.quoteOption) ({ options: budgetOptions, items: quoteItems } = readQuote(options.quotes, options.quoteOption, budgetOptions, raw, rateOverrides, io.cwd));
    const decision = input.decision === undefined ? undefined : parseDecisionMatrix(input.decision, budgetOptions, options.lang);
    const hasOwnOptions = OPTION_INPUT_KEYS.some((k) => k in input) || quoteItems.length > 0;
    const out = resolve(io.cwd, options.out);
    const summaryPath = options.summary ? resolve(io.cwd, options.summary) : undefined;
    const targets = [{ flag: "--out", path: out }, ...(summaryPath ? [{ flag: "--summary", path: summaryPath }] : [])];
    const sources = (["input", "rates", "quotes"] as const).flatMap((k) => (options[k] ? [{ flag: `--${k}`, path: resolve(io.cwd, options[k]) }] : []));
    checkTargets(targets, sources, (message) => new InputError(message));

    const budget = computeBudget(raw, { rateOverrides });
    const monteCarlo = runMonteCarlo(raw, { seed: options.seed, trials: options.trials, rateOverrides });
    const checks = computeChecks(raw, { language: options.lang, rateOverrides });
    const optionBudgets = computeOptions(raw, budgetOptions, { rateOverrides });
    const perOptionChecks = optionBudgets.map((b) => optionChecks(raw, b, { language: options.lang, rateOverrides }));
    const optionRisks = optionsMonteCarlo(raw, budgetOptions, { seed: options.seed, trials: options.trials, rateOverrides }, monteCarlo);
    // The workbook's Risk sheet shows this very run, so its Monte Carlo values equal the summary's.
    const plan = buildWorkbookPlan(raw, { language: options.lang, monteCarlo, rateOverrides });
    const xlsx = await writeXlsx(plan);
    const today = new Date().toISOString().slice(0, 10);
    const files: OutputFile[] = [{ flag: "--out", path: out, data: xlsx }];
    const summary = {
      ...summaryJson(budget, { monteCarlo, checks }),
      options: optionsJson(optionBudgets, optionRisks, perOptionChecks),
      ...(quoteItems.length ? { quote: quoteJson(options.quoteOption!, quoteItems, today) } : {}),
      ...(decision ? { decision: decisionJson(decision, optionBudgets) } : {}),
    };
    if (summaryPath) files.push({ flag: "--summary", path: summaryPath, data: `${JSON.stringify(summary, null, 2)}\n` });
    replaceOutputs(files);

    io.out(`${formatSummaryTable(budget, options.lang, { monteCarlo, checks })}\n`);
    for (const item of expiredQuoteItems(quoteItems, today)) {
      io.out(`Warning: quote ${escapeText(item.document)}, row ${item.row} (${escapeText(item.item, 60)}) stood until ${item.validUntil}; it has expired (today is ${today}): ask the vendor to renew it.\n`);
    }
    if (hasOwnOptions) {
      io.out(`\n${formatOptionsTable(optionBudgets, optionRisks, options.lang, perOptionChecks)}\n`);
      if (decision) io.out(`\n${formatDecisionTable(decision, optionBudgets, options.lang)}\n`);
      // Issue 15 builds options into the workbook next; until then they are in this table and the summary only.
      io.out(options.lang === "zh-CN" ? "备选方案见上表及 --summary（options.<id>）；工作簿仍只含三种路径。\n" : "The options are in this table and in --summary (options.<id>); the workbook shows the three paths.\n");
    }
    io.out(`\nWorkbook: ${out} (${Math.round(xlsx.length / 1024)} KB; open it in Excel or LibreOffice; every figure is a live formula except the Risk sheet's Monte Carlo values)\n`);
    if (summaryPath) io.out(`Summary:  ${summaryPath}\n`);
    return 0;
  } catch (e) {
    if (e instanceof OutputError) {
      io.err(`error: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof UsageError) {
      io.err(`error: ${e.message}${e.allowed ? ` (allowed: ${e.allowed})` : ""}\n\n${USAGE}\n`);
      return EXIT.invalidInput;
    }
    if (e instanceof InputError) {
      io.err(`error: ${e.message}\nNothing was written.\n`);
      return EXIT.invalidInput;
    }
    if (e instanceof EngineError) {
      io.err(`error: ${describeEngineError(e)}\nNothing was written.\n`);
      return EXIT.invalidInput;
    }
    io.err(`unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  // `npm run budget` runs in the package folder; INIT_CWD is where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  runCli(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), cwd }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`unexpected error: ${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
