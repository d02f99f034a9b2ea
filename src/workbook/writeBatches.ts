import type { SheetPlan } from "../engine";

/**
 * Excel on the web refuses a request over 5 MB. The write is sent in batches of whole sheets, each kept under
 * this many characters of the sheet plans' JSON (which over-counts the request: it carries style names and
 * empty cells the request leaves out), so a batch stays far below the limit with room for the model to grow.
 */
export const WRITE_BATCH_CHARS = 1_600_000;

/** The plan's sheets in order, grouped into consecutive batches of at most WRITE_BATCH_CHARS (a larger sheet goes alone). */
export function writeBatches<S extends Pick<SheetPlan, "blocks">>(sheets: readonly S[], limit = WRITE_BATCH_CHARS): S[][] {
  const batches: S[][] = [];
  let current: S[] = [];
  let size = 0;
  for (const sheet of sheets) {
    const chars = JSON.stringify(sheet.blocks).length;
    if (current.length > 0 && size + chars > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(sheet);
    size += chars;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
