/**
 * The form's state as plain data: what the user typed per field (text for numbers, percent fields in percent),
 * the values as of the last load (baseline), and which fields the user changed since then — passed to the
 * Office writer as userChangedInputs so regeneration keeps everything else the user edited in the workbook.
 * Conversion to the engine's raw record (fractions, numbers, "auto") happens here and nowhere else.
 */
import { Decimal, REQUIREMENT_SPECS, type RequirementSpec } from "../../engine";
import type { PresetId } from "../i18n/strings";
import { PRESETS } from "./presets";

/** Text for number and override fields, the choice as text for choices, a boolean for yes/no fields. */
export type FieldValue = string | boolean;
export type FormValues = Readonly<Record<string, FieldValue>>;

export const SPECS: readonly RequirementSpec[] = REQUIREMENT_SPECS as readonly RequirementSpec[];
const SPEC_BY_KEY = new Map(SPECS.map((s) => [s.key, s]));

export function specFor(key: string): RequirementSpec | undefined {
  return SPEC_BY_KEY.get(key);
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Normalises typed number text: full-width digits, thousands separators, spaces; a trailing % on percent fields. */
function cleanNumberText(text: string, percent: boolean): string {
  let t = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[．。]/g, ".");
  t = t.replace(/[,，\s_]/g, "").replace(/^－/, "-");
  if (percent) t = t.replace(/[%％]$/, "");
  return t;
}

/** A stored value (as the engine or the workbook holds it) as the form shows it. */
export function valueToField(spec: RequirementSpec, value: unknown): FieldValue {
  if (spec.kind === "boolean") {
    if (typeof value === "boolean") return value;
    if (typeof value === "string" && /^(true|false)$/i.test(value.trim())) return value.trim().toUpperCase() === "TRUE";
    return value === 1 ? true : value === 0 ? false : String(value ?? "");
  }
  if (value === null || value === undefined) return "";
  if (spec.kind === "number" && spec.percent && typeof value === "number" && Number.isFinite(value)) {
    return new Decimal(value).times(100).toString();
  }
  return String(value);
}

/** A field as the engine's raw input: numbers parsed (percent → fraction, exactly), other text passed on for the engine to judge. */
export function fieldToRaw(spec: RequirementSpec, field: FieldValue): unknown {
  if (typeof field === "boolean") return field;
  const text = field.trim();
  switch (spec.kind) {
    case "number": {
      if (text === "") return "";
      const t = cleanNumberText(text, spec.percent === true);
      if (!NUMBER_TEXT.test(t)) return text;
      const d = new Decimal(t);
      return (spec.percent ? d.dividedBy(100) : d).toNumber();
    }
    case "override": {
      if (text === "" || text.toLowerCase() === "auto") return "auto";
      const t = cleanNumberText(text, false);
      return NUMBER_TEXT.test(t) ? new Decimal(t).toNumber() : text;
    }
    case "choice": {
      const match = spec.choices.find((c) => String(c) === text);
      return match ?? text;
    }
    case "boolean":
    case "month":
      return text;
  }
}

/** The whole form as the engine's raw requirements record (every key present). */
export function formToRaw(values: FormValues): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const spec of SPECS) raw[spec.key] = fieldToRaw(spec, values[spec.key] ?? "");
  return raw;
}

export function defaultValues(): FormValues {
  const out: Record<string, FieldValue> = {};
  for (const spec of SPECS) out[spec.key] = valueToField(spec, spec.default);
  return out;
}

export function presetValues(id: PresetId): FormValues {
  const preset = PRESETS[id] as Readonly<Record<string, unknown>>;
  const out: Record<string, FieldValue> = { ...defaultValues() };
  for (const spec of SPECS) if (spec.key in preset) out[spec.key] = valueToField(spec, preset[spec.key]);
  return out;
}

export interface FormState {
  readonly values: FormValues;
  /** Values at start-up or at the last load from the workbook. */
  readonly baseline: FormValues;
  /** Keys the user changed in the pane since the baseline (and that still differ from it). */
  readonly changed: ReadonlySet<string>;
  readonly preset: PresetId | null;
  /** True once inputs were loaded from the workbook. */
  readonly loaded: boolean;
}

export type FormAction =
  | { readonly type: "set"; readonly key: string; readonly value: FieldValue }
  | { readonly type: "preset"; readonly id: PresetId }
  | { readonly type: "load"; readonly values: Readonly<Record<string, unknown>> };

export function initialFormState(preset: PresetId = "medium"): FormState {
  const values = presetValues(preset);
  return { values, baseline: values, changed: new Set(), preset, loaded: false };
}

function recomputeChanged(values: FormValues, baseline: FormValues): Set<string> {
  const changed = new Set<string>();
  for (const spec of SPECS) if (values[spec.key] !== baseline[spec.key]) changed.add(spec.key);
  return changed;
}

export function formReducer(state: FormState, action: FormAction): FormState {
  switch (action.type) {
    case "set": {
      if (!SPEC_BY_KEY.has(action.key) || state.values[action.key] === action.value) return state;
      const values = { ...state.values, [action.key]: action.value };
      const changed = new Set(state.changed);
      if (values[action.key] === state.baseline[action.key]) changed.delete(action.key);
      else changed.add(action.key);
      return { ...state, values, changed, preset: null };
    }
    case "preset": {
      const values = presetValues(action.id);
      return { ...state, values, changed: recomputeChanged(values, state.baseline), preset: action.id };
    }
    case "load": {
      const values: Record<string, FieldValue> = { ...state.values };
      for (const spec of SPECS) {
        if (Object.prototype.hasOwnProperty.call(action.values, spec.key)) values[spec.key] = valueToField(spec, action.values[spec.key]);
      }
      return { values, baseline: values, changed: new Set(), preset: null, loaded: true };
    }
  }
}
