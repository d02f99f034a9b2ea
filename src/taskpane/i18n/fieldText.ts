/**
 * Field texts derived from the engine's specs (label, unit, note, allowed range) and its typed errors, in the
 * pane's language. Percent specs are shown in percent (0.85 → 85%), so their ranges are scaled here too.
 */
import { Decimal, type EngineError, type RequirementSpec } from "../../engine";
import { fill, specLang, STRINGS, type Lang } from "./strings";

export function fieldLabel(spec: RequirementSpec, lang: Lang): string {
  return spec.label[specLang(lang)];
}

export function isPercent(spec: RequirementSpec): boolean {
  return spec.kind === "number" && spec.percent === true;
}

/** The unit shown next to the input: "%" for percent specs, none for yes/no fields. */
export function fieldUnit(spec: RequirementSpec, lang: Lang): string {
  if (isPercent(spec)) return "%";
  if (spec.kind === "boolean") return "";
  return spec.unit[specLang(lang)];
}

export function fieldNote(spec: RequirementSpec, lang: Lang): string | undefined {
  return spec.note?.[specLang(lang)] || undefined;
}

/** A fraction as the percentage number the user types (0.85 → "85"), exactly. */
export function fractionToPercentText(value: number): string {
  return new Decimal(value).times(100).toString();
}

export function choiceLabel(spec: RequirementSpec, choice: string | number, lang: Lang): string {
  return STRINGS[lang].choices[`${spec.key}.${choice}`] ?? String(choice);
}

function grouped(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 10 }).format(n);
}

/** What the field accepts, in words: the catalogue's templates with the spec's limits, grouped for the locale. */
export function allowedLocal(spec: RequirementSpec, lang: Lang): string {
  const s = STRINGS[lang].allowed;
  switch (spec.kind) {
    case "number":
      if (spec.percent) return fill(s.percent, { min: fractionToPercentText(spec.min), max: fractionToPercentText(spec.max) });
      return fill(spec.integer ? s.integer : s.number, { min: grouped(spec.min, lang), max: grouped(spec.max, lang) });
    case "override":
      return fill(s.override, { min: grouped(spec.min, lang), max: grouped(spec.max, lang) });
    case "boolean":
      return s.boolean;
    case "choice":
      return fill(s.choice, { choices: spec.choices.map((c) => choiceLabel(spec, c, lang)).join(lang === "zh-CN" ? "、" : ", ") });
    case "month":
      return s.month;
  }
}

/** The hint under a field: unit and allowed range (and the spec's note, if any). */
export function fieldHint(spec: RequirementSpec, lang: Lang): string {
  const t = STRINGS[lang];
  const unit = fieldUnit(spec, lang);
  const parts: string[] = [];
  if (unit) parts.push(`${t.unitLabel}${t.colon}${unit}`);
  if (spec.kind === "number" || spec.kind === "override") parts.push(`${t.rangeLabel}${t.colon}${allowedLocal(spec, lang)}`);
  const note = fieldNote(spec, lang);
  if (note) parts.push(note);
  return parts.join(" · ");
}

/**
 * The inline message for an engine error on a field: chosen by the error's code, with the allowed range in
 * the pane's words (the engine's `allowed` text only when the field has no spec) and what the user typed.
 */
export function errorMessage(error: EngineError, spec: RequirementSpec | undefined, lang: Lang, typed?: string): string {
  const t = STRINGS[lang].errors;
  const allowed = spec ? allowedLocal(spec, lang) : (error.allowed ?? "");
  const received = typed !== undefined && typed.trim() !== "" ? typed.trim() + (spec && isPercent(spec) && !/%$/.test(typed.trim()) ? "%" : "") : (error.received ?? "");
  switch (error.code) {
    case "notANumber":
      return fill(t.notANumber, { allowed });
    case "notAnInteger":
      return fill(t.notAnInteger, { allowed });
    case "outOfRange":
      return fill(t.outOfRange, { allowed, received });
    case "unknownOption":
      return fill(t.unknownOption, { allowed });
    default:
      return allowed ? fill(t.other, { allowed }) : error.message;
  }
}
