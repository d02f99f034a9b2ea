/**
 * The workbook actions' interface and pure helpers (no Office, no writer import), so components and tests can
 * use them without loading src/workbook. The real implementation is in workbookActions.ts.
 */
import type { MonteCarloResult } from "../engine";
import type { Lang } from "./i18n/strings";

/**
 * One progress report. Ids: "plan" (the pane builds the plan), the writer's phases ("inspect", "readKept",
 * "write", "rollback", "done"), then "activate" (the pane opens the Compare sheet).
 */
export interface ProgressStep {
  readonly id: string;
  /** Syncs completed so far, when the writer reports them. */
  readonly syncs?: number;
}

export interface GenerateOutcome {
  /** The plan's sheet names, in order. */
  readonly sheetNames: readonly string[];
  readonly createdSheets: readonly string[];
  readonly rewrittenSheets: readonly string[];
  /** Inputs whose workbook value was kept (edited in Excel, not changed in the pane). */
  readonly keptInputs: readonly string[];
  readonly keptRates: readonly string[];
  readonly syncs: number;
  /** The sheet activated at the end (Compare), or null if activating failed. */
  readonly activated: string | null;
}

export interface GenerateOptions {
  readonly language: Lang;
  readonly userChangedInputs: ReadonlySet<string>;
  readonly onProgress?: (step: ProgressStep) => void;
  /**
   * The pane's Monte Carlo result for exactly these inputs (from the risk worker), so the plan does not rerun
   * it and the Risk sheet shows what the pane showed. Without it the plan runs the same trials and seed.
   */
  readonly monteCarlo?: MonteCarloResult;
}

export interface WorkbookActions {
  generate(raw: Readonly<Record<string, unknown>>, options: GenerateOptions): Promise<GenerateOutcome>;
  /** The Input_* values found in the workbook, by requirement key (stored form: fractions, numbers, text). */
  load(language: Lang): Promise<Record<string, unknown>>;
  /** The values of the range selected in Excel, date cells as "YYYY-MM-DD" (a quote to import). */
  readSelection(): Promise<unknown[][]>;
}

/**
 * What a failed generation left behind, from the writer's error code: "nothing" (it stopped before writing:
 * a sheet name is taken, the workbook is protected, Excel is too old), "rolledBack" (created sheets removed,
 * inputs and rates put back), "cleanupFailed" (the rollback itself failed).
 */
export type KeptKind = "nothing" | "rolledBack" | "cleanupFailed";

export function keptKindOf(error: unknown): KeptKind {
  const e = (error ?? {}) as { code?: unknown; message?: unknown };
  const message = typeof e.message === "string" ? e.message : "";
  if (/Cleaning up also failed/i.test(message)) return "cleanupFailed";
  if (e.code === "sheetNameTaken" || e.code === "workbookProtected" || e.code === "unsupportedHost") return "nothing";
  return "rolledBack";
}

/** Writer errors the pane words itself, in its own language. */
export type KnownWriterError = "sheetNameTaken" | "workbookProtected" | "unsupportedHost";

/**
 * A failed generation, split so the pane can say it once in one language: a known writer error (with the sheet
 * in the way), or the message Excel itself gave (without the writer's English wrapper and cleanup note).
 */
export interface FailureText {
  readonly known: KnownWriterError | null;
  readonly sheet: string;
  readonly excelMessage: string;
}

export function failureTextOf(error: unknown): FailureText {
  const e = (error ?? {}) as { code?: unknown; sheet?: unknown; message?: unknown; cause?: unknown };
  const code = e.code === "sheetNameTaken" || e.code === "workbookProtected" || e.code === "unsupportedHost" ? e.code : null;
  const cause = e.cause instanceof Error ? e.cause.message : null;
  const message = typeof e.message === "string" ? e.message : String(error);
  const bare = message.replace(/^Generating the budget workbook failed: /, "").replace(/ \(Cleaning up also failed: [\s\S]*\)$/, "");
  const sheet = typeof e.sheet === "string" ? e.sheet : (/sheet named "([^"]+)"/.exec(message)?.[1] ?? "");
  return { known: code, sheet, excelMessage: cause ?? bare };
}
