/**
 * `npm run budget -- [--input requirements.json] [--out budget.xlsx] [--summary summary.json] [--lang zh-CN|en-US]
 *                     [--seed N] [--trials N]`
 *
 * A thin shell around the engine: every number comes from computeBudget, runMonteCarlo, computeChecks and
 * buildWorkbookPlan; the workbook is written by the xlsx writer. The one Monte Carlo run (seeded, so the
 * same seed and inputs give the same figures) feeds both the summary and the workbook's Risk sheet. Invalid input (bad JSON, unknown key, out-of-range value, unknown flag,
 * unreadable file) exits with code 2 and a message naming the field and what is allowed, and writes nothing.
 * Files are written to a temporary file in the target folder and then renamed, so a half-written file is
 * never left behind.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { computeBudget, computeChecks, EngineError, type RequirementSpec, REQUIREMENT_SPECS, allowedText, validateRequirements, runMonteCarlo, buildWorkbookPlan } from "../engine";
import { writeXlsx } from "../workbook/xlsxWriter";
import { formatSummaryTable, summaryJson } from "./formatSummary";
import { parseArgs, USAGE, UsageError } from "./parseArgs";

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

function readRequirements(path: string, cwd: string): Record<string, unknown> {
  const full = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(full, "utf8");
  } catch (e) {
    throw new InputError(`cannot read --input file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new InputError(`--input file ${path} is not valid JSON: ${(e as Error).message}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new InputError(`--input file ${path} must hold one flat JSON object of requirement keys, e.g. {"headcount": 20000}`);
  }
  return data as Record<string, unknown>;
}

function describeEngineError(e: EngineError): string {
  if (e.code === "unknownKey") return `unknown requirement key "${e.field}" (allowed: ${e.allowed ?? "see --help"}; run with --help for the full list)`;
  const got = e.received === undefined ? "" : `, got ${e.received}`;
  return `invalid value for "${e.field}": must be ${e.allowed ?? "valid"}${got}`;
}

/** Checks that a file can be created at `path` (its folder exists and it is not a folder). */
function checkTarget(path: string, flag: string): void {
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new InputError(`${flag}: the folder ${folder} does not exist`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new InputError(`${flag}: ${path} is a folder, not a file`);
}

/** Writes every file to a temporary name beside its target, then renames them all; nothing half-written stays. */
function writeAtomically(files: readonly { path: string; data: Buffer | string }[]): void {
  const temps: string[] = [];
  try {
    for (const f of files) {
      const temp = `${dirname(f.path)}/.${basename(f.path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
      temps.push(temp);
      writeFileSync(temp, f.data);
    }
    files.forEach((f, i) => renameSync(temps[i], f.path));
  } finally {
    for (const t of temps) if (existsSync(t)) unlinkSync(t);
  }
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      io.out(`${USAGE}\n\n${keysHelp()}\n`);
      return 0;
    }
    const raw = options.input ? readRequirements(options.input, io.cwd) : {};
    const { errors } = validateRequirements(raw);
    if (errors.length > 0) throw new InputError(errors.map(describeEngineError).join("\n       "));
    const out = resolve(io.cwd, options.out);
    const summaryPath = options.summary ? resolve(io.cwd, options.summary) : undefined;
    checkTarget(out, "--out");
    if (summaryPath) {
      checkTarget(summaryPath, "--summary");
      if (summaryPath === out) throw new InputError("--summary and --out must be different files");
    }

    const budget = computeBudget(raw);
    const monteCarlo = runMonteCarlo(raw, { seed: options.seed, trials: options.trials });
    const checks = computeChecks(raw, { language: options.lang });
    // The workbook's Risk sheet shows this very run, so its Monte Carlo values equal the summary's.
    const plan = buildWorkbookPlan(raw, { language: options.lang, monteCarlo });
    const xlsx = await writeXlsx(plan);
    const files: { path: string; data: Buffer | string }[] = [{ path: out, data: xlsx }];
    if (summaryPath) files.push({ path: summaryPath, data: `${JSON.stringify(summaryJson(budget, { monteCarlo, checks }), null, 2)}\n` });
    writeAtomically(files);

    io.out(`${formatSummaryTable(budget, options.lang, { monteCarlo, checks })}\n`);
    io.out(`\nWorkbook: ${out} (${Math.round(xlsx.length / 1024)} KB; open it in Excel or LibreOffice; every figure is a live formula except the Risk sheet's Monte Carlo values)\n`);
    if (summaryPath) io.out(`Summary:  ${summaryPath}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`error: ${e.message}${e.allowed ? ` (allowed: ${e.allowed})` : ""}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(`error: ${e.message}\nNothing was written.\n`);
      return 2;
    }
    if (e instanceof EngineError) {
      io.err(`error: ${describeEngineError(e)}\nNothing was written.\n`);
      return 2;
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
