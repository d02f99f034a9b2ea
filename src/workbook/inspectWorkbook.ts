/**
 * Sync 1 of the Office writer: which generated sheets are already in the workbook (found through the hidden
 * `IMCOST_Sheet_<key>` names, so a renamed one is still recognised), and whether the run may go ahead.
 */
import type { SheetKey, WorkbookPlan } from "../engine";
import { parseSheetReference } from "./address";
import { lower, SHEET_MARKER_PREFIX, WorkbookWriteError, type ExistingName, type Inspection } from "./officeWriteTypes";

/** Throws "sheetNameTaken" or "workbookProtected" before anything is written. */
export function inspectWorkbook(plan: WorkbookPlan, sheetNames: readonly string[], names: readonly ExistingName[], workbookProtected: boolean): Inspection {
  const existing = new Map(sheetNames.map((n) => [lower(n), n]));
  const nameMap = new Map(names.map((n) => [lower(n.name), n]));
  const recognised = new Map<SheetKey, string>();
  const taken = new Set<string>();
  for (const sheet of plan.sheets) {
    const marker = nameMap.get(lower(SHEET_MARKER_PREFIX + sheet.key));
    const ref = marker ? parseSheetReference(String(marker.formula)) : null;
    const current = ref ? existing.get(lower(ref.sheet)) : undefined;
    if (current && !taken.has(lower(current))) {
      recognised.set(sheet.key, current);
      taken.add(lower(current));
    }
  }
  for (const sheet of plan.sheets) {
    const holder = existing.get(lower(sheet.name));
    if (holder && !taken.has(lower(holder))) {
      throw new WorkbookWriteError(
        "sheetNameTaken",
        `A sheet named "${holder}" already exists and was not made by IMCOST. Rename or move that sheet, then generate the budget again (IMCOST never overwrites sheets it did not create).`,
        { sheet: holder },
      );
    }
  }
  const willCreate = plan.sheets.some((s) => !recognised.has(s.key));
  const willRename = plan.sheets.some((s) => recognised.has(s.key) && recognised.get(s.key) !== s.name);
  if (workbookProtected && (willCreate || willRename)) {
    throw new WorkbookWriteError("workbookProtected", "The workbook structure is protected, so IMCOST cannot add or rename its sheets. Unprotect the workbook (Review › Protect Workbook) and try again.");
  }
  return { recognised, names: nameMap };
}
