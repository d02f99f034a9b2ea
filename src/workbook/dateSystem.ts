/**
 * The workbook's date system. A month input (the project start) is a date serial, and serials differ by 1,462
 * days between the 1900 system (Windows default) and the 1904 system (old Mac workbooks). Office.js exposes no
 * setting for it in ExcelApi 1.9, so the writer asks Excel: DATE(1904,1,1) is 0 in the 1904 system, 1,462 in
 * the 1900 one. Formulas need nothing: DATE, YEAR and MONTH follow the workbook's system.
 */
import { REQUIREMENT_SPECS, monthOfSerial, formatMonth, serialOfMonth, type DateSystem, type RequirementSpec, type WorkbookPlan } from "../engine";
import { planCellOf } from "./planCells";

const MONTH_KEYS = (REQUIREMENT_SPECS as readonly RequirementSpec[]).filter((s) => s.kind === "month").map((s) => s.key);

/** Queues the probe; the returned function gives the date system after the next sync. */
export function probeDateSystem(workbook: Excel.Workbook): () => DateSystem {
  const probe = workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return () => (probe.value === 0 ? "1904" : "1900");
}

/** The plan with its month inputs as serials of the workbook's system (the plan holds 1900-system serials). */
export function planInDateSystem(plan: WorkbookPlan, system: DateSystem): WorkbookPlan {
  if (system === "1900") return plan;
  const shifted = new Map<string, Set<string>>();
  for (const key of MONTH_KEYS) {
    const at = plan.inputCells[key];
    if (!at) continue;
    const { row, column } = planCellOf(plan, at.sheet, at.address);
    shifted.set(at.sheet, (shifted.get(at.sheet) ?? new Set()).add(`${row},${column}`));
  }
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const cells = shifted.get(sheet.key);
      if (!cells) return sheet;
      const blocks = sheet.blocks.map((b) => ({
        ...b,
        cells: b.cells.map((row, r) => row.map((cell, c) => (cells.has(`${b.row + r},${b.column + c}`) && typeof cell.value === "number" ? { ...cell, value: shiftSerial(cell.value, system) } : cell))),
      }));
      return { ...sheet, blocks };
    }),
  };
}

/** A 1900-system serial of a month's 1st (as the plan writes it) as a serial of `system`. */
function shiftSerial(serial1900: number, system: DateSystem): number {
  return serialOfMonth(monthOfSerial(serial1900, "month input"), system);
}

/**
 * A month input read from the workbook: "YYYY-MM" when the cell holds a date serial of the workbook's system.
 * A serial outside the allowed months comes back as its digits, which the engine rejects with the field's name,
 * rather than as a number it would read in the 1900 system.
 */
export function monthInputFromCell(key: string, value: unknown, system: DateSystem): unknown {
  if (!MONTH_KEYS.includes(key) || typeof value !== "number") return value;
  try {
    return formatMonth(monthOfSerial(value, key, system));
  } catch {
    return String(value);
  }
}
