import { serialOfMonth } from "../calendar/excelSerial";
import { FIRST_YEAR, LAST_YEAR, monthIndex, parseMonth } from "../calendar/monthIndex";
import type { RequirementSpec } from "../requirements/RequirementSpec";
import { REQUIREMENT_SPECS } from "../requirements/requirementSpecs";
import { inputValidityFormula } from "../checks/inputValidity";
import type { Requirements } from "../requirements/Requirements";
import { allowedText } from "../requirements/validateRequirements";
import { a1, sheetRef } from "./excelAddress";
import { FORMAT, sheetName, tr } from "./layout";
import type { CellPlan, Language, NamePlan, SheetPlan, ValidationPlan } from "./WorkbookPlan";

const HEADERS = { en: ["key", "value", "label", "unit", "allowed", "note", "lowest allowed", "highest allowed", "valid"], zh: ["键", "取值", "说明", "单位", "允许范围", "备注", "下限", "上限", "有效"] };

/** The columns holding each number's allowed range (a month's: its years), which the row's validity formula reads. */
const BOUND_COLUMNS = { min: 6, max: 7 } as const;
/** The column of each input's validity flag, which the Checks sheet's integrity check ANDs. */
const VALID_COLUMN = 8;

/** An input's allowed bound as a number, or null for a choice or a flag: years for a month. */
function bound(spec: RequirementSpec, end: "min" | "max"): number | null {
  if (spec.kind === "number" || spec.kind === "override") return spec[end];
  if (spec.kind === "month") return end === "min" ? FIRST_YEAR : LAST_YEAR;
  return null;
}

/** The Inputs sheet's column of validity flags, from another sheet (absolute). */
export function inputValidColumn(language: Language): string {
  return sheetRef(sheetName("inputs", language), `${a1(1, VALID_COLUMN, true)}:${a1(REQUIREMENT_SPECS.length, VALID_COLUMN, true)}`);
}

/** The Inputs sheet's number format of a value (the Risk sheet's Run inputs show it alike). */
export function valueFormat(spec: RequirementSpec): string {
  if (spec.kind === "number") return spec.percent ? FORMAT.percent : spec.integer ? FORMAT.integer : FORMAT.number;
  if (spec.kind === "choice") return typeof spec.default === "number" ? FORMAT.general : FORMAT.text;
  if (spec.kind === "month") return FORMAT.month;
  return FORMAT.general;
}

function validation(spec: RequirementSpec, address: string): ValidationPlan | null {
  const message = `${spec.key}: ${allowedText(spec)}`;
  switch (spec.kind) {
    case "number":
      return { range: address, rule: { type: spec.integer ? "whole" : "decimal", min: spec.min, max: spec.max }, message };
    case "choice":
      return { range: address, rule: { type: "list", values: spec.choices.map(String) }, message };
    case "boolean":
      return { range: address, rule: { type: "list", values: ["TRUE", "FALSE"] }, message };
    case "override":
      return null; // "auto" or a number: checked on the Checks sheet instead
    case "month":
      // A date is a serial number: the first and last day Excel may hold for the allowed months.
      return { range: address, rule: { type: "decimal", min: serialOfMonth(monthIndex(FIRST_YEAR, 1)), max: serialOfMonth(monthIndex(LAST_YEAR + 1, 1)) - 1 }, message };
  }
}

/** A month is written as the date serial of its 1st (UTC, 1900 system; the Office writer shifts a 1904 workbook). */
function cellValue(spec: RequirementSpec, value: Requirements[keyof Requirements]): number | string | boolean {
  return spec.kind === "month" ? serialOfMonth(parseMonth(value, spec.key)) : value;
}

/**
 * Inputs: column A key, B value, C label, D unit, E allowed range, F note — so that
 * =IMCOST.BUDGET(Inputs!A2:B80) reads it directly. Each value cell is named Input_<key>.
 */
export function buildInputsSheet(req: Requirements, language: Language): { sheet: SheetPlan; names: NamePlan[]; cells: Record<string, string> } {
  const header: CellPlan[] = (language === "zh-CN" ? HEADERS.zh : HEADERS.en).map((h) => ({ value: h, style: "header" }));
  const rows: CellPlan[][] = [header];
  const names: NamePlan[] = [];
  const validations: ValidationPlan[] = [];
  const cells: Record<string, string> = {};
  REQUIREMENT_SPECS.forEach((s, i) => {
    const spec = s as RequirementSpec;
    const row = i + 1;
    const address = a1(row, 1, true);
    cells[spec.key] = address;
    names.push({ name: `Input_${spec.key}`, sheet: "inputs", address });
    const v = validation(spec, a1(row, 1));
    if (v) validations.push(v);
    rows.push([
      { value: spec.key, style: "label" },
      { value: cellValue(spec, req[spec.key as keyof Requirements]), style: "input", numberFormat: valueFormat(spec) },
      { value: tr(spec.label, language), style: "label" },
      { value: tr(spec.unit, language), style: "note" },
      { value: allowedText(spec), style: "note" },
      { value: spec.note ? tr(spec.note, language) : "", style: "note" },
      ...(["min", "max"] as const).map((end): CellPlan => {
        const b = bound(spec, end);
        return b === null ? { value: "" } : { value: b, style: "note", numberFormat: spec.kind === "month" ? FORMAT.integer : valueFormat(spec) };
      }),
      { formula: `=${inputValidityFormula(spec, { input: (key) => `Input_${key}`, inputBound: (_key, end) => a1(row, BOUND_COLUMNS[end], true) })}`, style: "calc" },
    ]);
  });
  return {
    sheet: {
      key: "inputs",
      name: sheetName("inputs", language),
      tabColor: "#0F6CBD",
      blocks: [{ row: 0, column: 0, cells: rows }],
      columnWidths: [28, 14, 44, 14, 34, 48, 13, 13, 8],
      frozen: { rows: 1, columns: 1 },
      validations,
      conditionalFormats: [],
      charts: [],
      protect: true,
      print: { landscape: true, fitToWidth: true },
    },
    names,
    cells,
  };
}
