import { monthOfSerial } from "../calendar/excelSerial";
import { MONTH_ALLOWED, formatMonth, parseMonth } from "../calendar/monthIndex";
import { EngineError, describeValue } from "../EngineError";
import { cellTextProblem } from "../workbook/cellText";
import type { RequirementSpec, RequirementValue } from "./RequirementSpec";
import { REQUIREMENT_SPECS, type RequirementKey } from "./requirementSpecs";
import type { Requirements } from "./Requirements";

const SPEC_BY_KEY: ReadonlyMap<string, RequirementSpec> = new Map(REQUIREMENT_SPECS.map((s) => [s.key, s as RequirementSpec]));

export function requirementSpec(key: string): RequirementSpec | undefined {
  return SPEC_BY_KEY.get(key);
}

/** The allowed values of a spec, in words, for messages, the Inputs sheet and the pane. */
export function allowedText(spec: RequirementSpec): string {
  switch (spec.kind) {
    case "number": {
      const what = spec.integer ? "a whole number" : "a number";
      return `${what} from ${spec.min} to ${spec.max}`;
    }
    case "override":
      return `"auto" or a number from ${spec.min} to ${spec.max}`;
    case "boolean":
      return "TRUE or FALSE";
    case "choice":
      return "one of " + spec.choices.map((c) => (typeof c === "string" ? `"${c}"` : String(c))).join(", ");
    case "month":
      return MONTH_ALLOWED;
  }
}

function fail(spec: RequirementSpec, code: EngineError["code"], value: unknown): EngineError {
  return new EngineError({ code, field: spec.key, allowed: allowedText(spec), received: describeValue(value) });
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Checks one value against its spec and returns it in canonical form (or throws a typed error). */
export function coerceRequirement(spec: RequirementSpec, value: unknown): RequirementValue {
  // Text a workbook cannot hold is refused with its own reason before it is compared with the choices.
  const textProblem = typeof value === "string" ? cellTextProblem(value) : null;
  if (textProblem) throw new EngineError({ code: spec.kind === "number" ? "notANumber" : "unknownOption", field: spec.key, allowed: `${allowedText(spec)}, as ${textProblem}`, received: describeValue(value) });
  switch (spec.kind) {
    case "number": {
      if (typeof value !== "number" || !Number.isFinite(value)) throw fail(spec, "notANumber", value);
      if (spec.integer && !Number.isInteger(value)) throw fail(spec, "notAnInteger", value);
      if (value < spec.min || value > spec.max) throw fail(spec, "outOfRange", value);
      return value;
    }
    case "override": {
      if (typeof value === "string" && value.trim().toLowerCase() === "auto") return "auto";
      if (typeof value !== "number" || !Number.isFinite(value)) throw fail(spec, "notANumber", value);
      if (value < spec.min || value > spec.max) throw fail(spec, "outOfRange", value);
      return value;
    }
    case "boolean": {
      if (typeof value === "boolean") return value;
      if (typeof value === "string") {
        const t = value.trim().toUpperCase();
        if (t === "TRUE") return true;
        if (t === "FALSE") return false;
      }
      throw fail(spec, "unknownOption", value);
    }
    case "choice": {
      for (const choice of spec.choices) {
        if (typeof choice === "number" && (value === choice || (typeof value === "string" && value.trim() === String(choice)))) return choice;
        if (typeof choice === "string" && typeof value === "string" && value.trim().toLowerCase() === choice.toLowerCase()) return choice;
      }
      throw fail(spec, "unknownOption", value);
    }
    case "month":
      // A workbook cell holds a date serial (1900 system; the Office writer converts a 1904 workbook's first).
      return formatMonth(typeof value === "number" ? monthOfSerial(value, spec.key) : parseMonth(value, spec.key));
  }
}

export function defaultRequirements(): Requirements {
  const out: Record<string, RequirementValue> = {};
  for (const spec of REQUIREMENT_SPECS) out[spec.key] = spec.default;
  return out as Requirements;
}

export interface RequirementsCheck {
  /** Defaults where a value was missing or invalid. */
  readonly requirements: Requirements;
  /** One error per invalid or unknown field, in spec order (unknown keys last). */
  readonly errors: readonly EngineError[];
}

/**
 * Validates a flat record of requirement values. Missing or blank keys take their defaults; unknown keys and
 * invalid values are reported, all of them, so a form can mark every field at once.
 */
export function validateRequirements(raw: Readonly<Record<string, unknown>> = {}): RequirementsCheck {
  const values: Record<string, RequirementValue> = {};
  const errors: EngineError[] = [];
  for (const spec of REQUIREMENT_SPECS) {
    const value = Object.prototype.hasOwnProperty.call(raw, spec.key) ? raw[spec.key] : undefined;
    if (isBlank(value)) {
      values[spec.key] = spec.default;
      continue;
    }
    try {
      values[spec.key] = coerceRequirement(spec as RequirementSpec, value);
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      errors.push(e);
      values[spec.key] = spec.default;
    }
  }
  for (const key of Object.keys(raw)) {
    if (!SPEC_BY_KEY.has(key)) {
      errors.push(new EngineError({ code: "unknownKey", field: key, allowed: "one of the keys listed on the Inputs sheet (e.g. headcount, dauRatio)" }));
    }
  }
  return { requirements: values as Requirements, errors };
}

/** Like validateRequirements, but throws the first error: for the CLI, functions and the engine entry. */
export function parseRequirements(raw: Readonly<Record<string, unknown>> = {}): Requirements {
  const { requirements, errors } = validateRequirements(raw);
  if (errors.length > 0) throw errors[0];
  return requirements;
}

export function isRequirementKey(key: string): key is RequirementKey {
  return SPEC_BY_KEY.has(key);
}
