/**
 * The standalone calculator's one workbook action: budget.xlsx, built in the browser from the same plan and by
 * the same exceljs writer as the CLI (src/cli/budget.ts: buildWorkbookPlan → writeXlsx), then handed to the
 * browser as a download. Nothing is uploaded: the file is made on the page and saved from a blob: URL.
 *
 * The writer (with exceljs, about 250 KB gzip) is imported on the first click only: webpack puts it in its own
 * chunk ("xlsxWriter"), never in the scripts taskpane.html loads.
 */
import { buildWorkbookPlan, type MonteCarloResult } from "../../engine";
import type { Lang } from "../i18n/strings";
import { RISK_SEED, RISK_TRIALS } from "../risk/riskProtocol";

export const WORKBOOK_FILE_NAME = "budget.xlsx";
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface DownloadOptions {
  readonly language: Lang;
  /** The risk worker's result for exactly these inputs, when there is one; otherwise the CLI's trials and seed. */
  readonly monteCarlo?: MonteCarloResult;
}

export interface DownloadOutcome {
  readonly fileName: string;
  readonly bytes: number;
  readonly sheets: number;
}

/** What the pane needs outside Office; tests pass a fake. */
export interface StandaloneActions {
  download(raw: Readonly<Record<string, unknown>>, options: DownloadOptions): Promise<DownloadOutcome>;
}

/** The .xlsx bytes for these inputs: the CLI's plan (same default trials and seed) through the CLI's writer. */
export async function budgetXlsx(raw: Readonly<Record<string, unknown>>, { language, monteCarlo }: DownloadOptions): Promise<{ bytes: Uint8Array; sheets: number }> {
  const plan = buildWorkbookPlan(raw, { language, monteCarlo: monteCarlo ?? { trials: RISK_TRIALS, seed: RISK_SEED } });
  const { writeXlsxBytes } = await import(/* webpackChunkName: "xlsxWriter" */ "../../workbook/xlsxWriter");
  return { bytes: await writeXlsxBytes(plan), sheets: plan.sheets.length };
}

/** Saves bytes as a file through a temporary blob: URL and a download link (no server involved). */
export function saveFile(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started by then; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const browserDownloadActions: StandaloneActions = {
  async download(raw, options) {
    const { bytes, sheets } = await budgetXlsx(raw, options);
    saveFile(bytes, WORKBOOK_FILE_NAME);
    return { fileName: WORKBOOK_FILE_NAME, bytes: bytes.length, sheets };
  },
};
