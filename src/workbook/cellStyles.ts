import type { CellStyle, ConditionalFormatPlan } from "../engine";

/**
 * How the plan's visual roles look, for both writers (Office.js and exceljs). Colours are "#RRGGBB".
 * Inputs follow the finance convention: blue text on a pale yellow fill, and they are the only unlocked cells.
 */
export interface StyleSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly borderTop?: "thin" | "double";
  readonly borderBottom?: "thin" | "double";
  readonly border?: "thin";
  readonly borderColor?: string;
  readonly wrap?: boolean;
  /** Only inputs are unlocked; every other cell stays locked on a protected sheet. */
  readonly unlocked?: boolean;
}

export const CELL_STYLES: Readonly<Record<CellStyle, StyleSpec>> = {
  title: { bold: true, size: 14, color: "#0F6CBD" },
  subtitle: { bold: true, size: 12, color: "#243A5E" },
  header: { bold: true, fill: "#DCE6F1", borderBottom: "thin", borderColor: "#8EA9C1" },
  label: {},
  input: { color: "#1F4E79", fill: "#FFF2CC", border: "thin", borderColor: "#BFBFBF", unlocked: true },
  calc: {},
  subtotal: { bold: true, borderTop: "thin", borderColor: "#8EA9C1" },
  total: { bold: true, fill: "#E2EFDA", borderTop: "thin", borderBottom: "double", borderColor: "#548235" },
  note: { italic: true, color: "#605E5C" },
  check: { bold: true },
  link: { color: "#0563C1", underline: true },
};

/** Styles that change nothing from Excel's default look and need no format calls. */
export function isPlainStyle(spec: StyleSpec): boolean {
  return Object.keys(spec).length === 0;
}

export const CONDITIONAL_STYLES: Readonly<Record<ConditionalFormatPlan["style"], { readonly fill: string; readonly color: string }>> = {
  good: { fill: "#C6EFCE", color: "#006100" },
  bad: { fill: "#FFC7CE", color: "#9C0006" },
  warn: { fill: "#FFEB9C", color: "#9C5700" },
  // Past the horizon: grey, and the text the same grey, so nothing there reads as a figure that counts.
  muted: { fill: "#E7E6E6", color: "#E7E6E6" },
};

/** Column width in Excel's characters → points: the engine's conversion (7 px per character + 5 px padding). */
export { widthToPoints } from "../engine";

/** "#0F6CBD" → "FF0F6CBD" (exceljs ARGB). */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}
