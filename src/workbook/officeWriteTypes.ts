/** Types and constants shared by the Office writer's steps: inspect, read kept values, write, roll back. */
import type { SheetKey } from "../engine";
import type { KeptCell } from "./planCells";

export const SHEET_MARKER_PREFIX = "IMCOST_Sheet_";
/** Addresses per Worksheet.getRanges call are kept under this length (Excel rejects very long ones). */
export const MAX_AREAS_ADDRESS = 1000;
/** The editable cells of a risk driver's row, kept on regeneration. */
export const DRIVER_PARTS = ["low", "mode", "high", "distribution"] as const;
export type DriverPart = (typeof DRIVER_PARTS)[number];

export interface WriteStep {
  readonly phase: "inspect" | "readKept" | "write" | "rollback" | "done";
  /** Syncs completed so far in this run. */
  readonly syncs: number;
}

export interface WriteReport {
  readonly syncs: number;
  /** Sheets this run added (plan names). */
  readonly createdSheets: readonly string[];
  /** Generated sheets found and rewritten in place (plan names). */
  readonly rewrittenSheets: readonly string[];
  readonly renamedSheets: readonly { readonly from: string; readonly to: string }[];
  readonly namesAdded: number;
  readonly namesRepointed: number;
  /** Input keys whose workbook value was kept. */
  readonly keptInputs: readonly string[];
  /** Rate keys whose editable cells (list value, discount, VAT, source, date, status) were kept. */
  readonly keptRates: readonly string[];
  /** Risk driver ids with at least one of low / most likely / high / distribution kept from the workbook. */
  readonly keptDrivers: readonly string[];
}

export type WorkbookWriteErrorCode = "sheetNameTaken" | "workbookProtected" | "unsupportedHost" | "writeFailed";

export class WorkbookWriteError extends Error {
  readonly code: WorkbookWriteErrorCode;
  readonly sheet?: string;
  override readonly cause?: unknown;
  constructor(code: WorkbookWriteErrorCode, message: string, details: { sheet?: string; cause?: unknown } = {}) {
    super(message);
    this.name = "WorkbookWriteError";
    this.code = code;
    this.sheet = details.sheet;
    this.cause = details.cause;
  }
}

export interface WriteOptions {
  /** Input keys ("headcount" or "Input_headcount") the user changed in the pane: these take the plan's value. */
  readonly userChangedInputs?: ReadonlySet<string>;
  /** Risk driver ids the user changed in the pane (PlanOptions.drivers): these take the plan's range. */
  readonly userChangedDrivers?: ReadonlySet<string>;
  readonly onProgress?: (step: WriteStep) => void;
  /**
   * The sheet to show when done, activated in the write batch (no extra sync). Default: the first sheet of
   * the plan on a first generation, none on a regeneration.
   */
  readonly activateSheet?: SheetKey;
}

export interface ExistingName {
  readonly name: string;
  readonly formula: string;
}

export interface Inspection {
  /** Current sheet name of each generated sheet found, by key. */
  readonly recognised: ReadonlyMap<SheetKey, string>;
  readonly names: ReadonlyMap<string, ExistingName>;
}

/** A cell read in sync 2: where it was, and what it held. */
export interface ReadCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly content: KeptCell | null;
  /** The cell's number format ("@" = text, where a leading apostrophe would be kept as a character). */
  readonly numberFormat: string;
}

/** One editable cell of a rate's row: where the plan puts it (0-based), and what the workbook holds. */
export interface RateCellRead {
  readonly row: number;
  readonly column: number;
  readonly read: ReadCell;
}

export interface KeptState {
  readonly inputs: ReadonlyMap<string, ReadCell>;
  /** Per rate key, every editable cell of its row (list, discount, VAT, source, date, status…). */
  readonly rates: ReadonlyMap<string, readonly RateCellRead[]>;
  readonly drivers: ReadonlyMap<string, Readonly<Record<DriverPart, ReadCell>>>;
  readonly protectedSheets: ReadonlySet<string>;
  readonly charts: ReadonlyMap<string, readonly string[]>;
}

/** What the write batch changed, for undoing it after a failure. */
export interface Undo {
  readonly createdSheets: string[];
  readonly renamed: { from: string; to: string; temp: string }[];
  readonly namesAdded: { name: string; formula: string }[];
  readonly namesRepointed: ExistingName[];
  readonly readCells: ReadCell[];
  readonly protectedSheets: ReadonlySet<string>;
}

export const lower = (s: string): string => s.toLowerCase();
