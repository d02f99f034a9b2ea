import { EngineError, describeValue } from "../EngineError";
import { validateRateOverrides, type RateOverrides } from "../rateCard/rateCard";
import type { RequirementValue } from "../requirements/RequirementSpec";
import { coerceRequirement, requirementSpec } from "../requirements/validateRequirements";
import { cellTextProblem } from "../workbook/cellText";
import { MAX_OPTIONS, MAX_OPTION_NAME_CHARS, OPTION_INPUT_GROUPS, type BudgetOption } from "./BudgetOption";

// The checks every way of entering options shares: the JSON input, a worksheet table, the pane.

export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Requirement keys of the path and staffing groups, with their values checked; "rates" holds rate changes. */
export function parseOverrides(data: unknown, field: string): { inputs: Record<string, RequirementValue>; rates: RateOverrides } {
  if (data === undefined) return { inputs: {}, rates: {} };
  if (!isObject(data)) throw new EngineError({ code: "wrongShape", field, allowed: 'an object of requirement keys and "rates"', received: describeValue(data) });
  const inputs: Record<string, RequirementValue> = {};
  let rates: RateOverrides = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === "rates") {
      rates = parseRates(value, `${field}.rates`);
      continue;
    }
    const spec = requirementSpec(key);
    if (!spec) throw new EngineError({ code: "unknownKey", field: `${field}.${key}`, allowed: `"rates" or a requirement key of the groups ${OPTION_INPUT_GROUPS.join(" and ")}` });
    if (!OPTION_INPUT_GROUPS.includes(spec.group)) {
      throw new EngineError({ code: "unknownKey", field: `${field}.${key}`, allowed: `only the ${OPTION_INPUT_GROUPS.join(" and ")} inputs and rates differ by option; ${key} is shared by every option (set it with the requirements)` });
    }
    try {
      inputs[key] = coerceRequirement(spec, value);
    } catch (e) {
      throw e instanceof EngineError ? new EngineError({ code: e.code, field: `${field}.${key}`, allowed: e.allowed, received: e.received }) : e;
    }
  }
  return { inputs, rates };
}

export function parseRates(value: unknown, field: string): RateOverrides {
  if (!isObject(value)) throw new EngineError({ code: "wrongShape", field, allowed: "an object of rate keys, each with its changes", received: describeValue(value) });
  try {
    return validateRateOverrides(value);
  } catch (e) {
    throw e instanceof EngineError ? new EngineError({ code: e.code, field: `${field}: ${e.field}`, allowed: e.allowed, received: e.received }) : e;
  }
}

export function parseName(value: unknown, field: string): string {
  const name = typeof value === "string" ? value.trim() : "";
  const problem = typeof value === "string" ? cellTextProblem(value) : null;
  if (name === "" || name.length > MAX_OPTION_NAME_CHARS || problem !== null) {
    throw new EngineError({ code: "outOfRange", field, allowed: problem ?? `a text of 1 to ${MAX_OPTION_NAME_CHARS} characters`, received: describeValue(value) });
  }
  return name;
}

/** At most MAX_OPTIONS, and ids unique ignoring case, because Excel names (Total_TCO_<id>) are. */
export function checkOptionList(options: readonly BudgetOption[], replaceDefaults: boolean): void {
  if (options.length === 0) throw new EngineError({ code: "required", field: "options", allowed: "at least one option when replaceDefaults is true" });
  if (options.length > MAX_OPTIONS) {
    throw new EngineError({ code: "tooLarge", field: "options", allowed: `at most ${MAX_OPTIONS} options${replaceDefaults ? "" : `, the 3 paths included (${MAX_OPTIONS - 3} more, or set replaceDefaults)`}`, received: String(options.length) });
  }
  const seen = new Map<string, string>();
  for (const o of options) {
    const clash = seen.get(o.id.toLowerCase());
    if (clash !== undefined) throw new EngineError({ code: "outOfRange", field: `options.${o.id}.id`, allowed: `an id no other option has, ignoring case (taken by "${clash}")`, received: o.id });
    seen.set(o.id.toLowerCase(), o.name);
  }
}
