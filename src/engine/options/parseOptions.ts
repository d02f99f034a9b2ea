import { EngineError, describeValue } from "../EngineError";
import { parsePathId } from "../budget/paths";
import { validateRateOverrides, type RateOverrides } from "../rateCard/rateCard";
import type { RequirementValue } from "../requirements/RequirementSpec";
import { coerceRequirement, requirementSpec } from "../requirements/validateRequirements";
import { cellTextProblem } from "../workbook/cellText";
import type { Language } from "../workbook/WorkbookPlan";
import { MAX_OPTIONS, MAX_OPTION_NAME_CHARS, OPTION_ID_PATTERN, OPTION_ID_RULE, OPTION_INPUT_GROUPS, type BudgetOption } from "./BudgetOption";
import { defaultOptions } from "./defaultOptions";
import { catalogueOption } from "./catalogue/catalogueOption";
import { catalogueProfile } from "./catalogue/vendorCatalogue";

/** The keys of an --input file (or a saved pane state) that describe options rather than requirements. */
export const OPTION_INPUT_KEYS = ["options", "replaceDefaults", "decision"] as const;
const OPTION_FIELDS = ["id", "name", "path", "catalogue", "overrides"];

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Requirement keys of the path and staffing groups, with their values checked; "rates" holds rate changes. */
function parseOverrides(data: unknown, field: string): { inputs: Record<string, RequirementValue>; rates: RateOverrides } {
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

function parseRates(value: unknown, field: string): RateOverrides {
  if (!isObject(value)) throw new EngineError({ code: "wrongShape", field, allowed: "an object of rate keys, each with its changes", received: describeValue(value) });
  try {
    return validateRateOverrides(value);
  } catch (e) {
    throw e instanceof EngineError ? new EngineError({ code: e.code, field: `${field}: ${e.field}`, allowed: e.allowed, received: e.received }) : e;
  }
}

function catalogueId(value: unknown, field: string): string {
  try {
    return catalogueProfile(typeof value === "string" ? value : "").id;
  } catch (e) {
    throw e instanceof EngineError ? new EngineError({ code: e.code, field, allowed: e.allowed, received: describeValue(value) }) : e;
  }
}

function parseName(value: unknown, field: string): string {
  const name = typeof value === "string" ? value.trim() : "";
  const problem = typeof value === "string" ? cellTextProblem(value) : null;
  if (name === "" || name.length > MAX_OPTION_NAME_CHARS || problem !== null) {
    throw new EngineError({ code: "outOfRange", field, allowed: problem ?? `a text of 1 to ${MAX_OPTION_NAME_CHARS} characters`, received: describeValue(value) });
  }
  return name;
}

function parseOption(data: unknown, field: string, language: Language): BudgetOption {
  if (!isObject(data)) throw new EngineError({ code: "wrongShape", field, allowed: '{ "id", "name", "path", "overrides" } or { "id", "catalogue" }', received: describeValue(data) });
  const stray = Object.keys(data).find((k) => !OPTION_FIELDS.includes(k));
  if (stray !== undefined) throw new EngineError({ code: "unknownKey", field: `${field}.${stray}`, allowed: OPTION_FIELDS.join(", ") });
  const id = data.id;
  if (typeof id !== "string" || !OPTION_ID_PATTERN.test(id)) throw new EngineError({ code: "outOfRange", field: `${field}.id`, allowed: OPTION_ID_RULE, received: describeValue(id) });
  const where = `options.${id}`;
  const own = parseOverrides(data.overrides, `${where}.overrides`);
  if (data.catalogue !== undefined) {
    // Picking a profile: its path, inputs and rates, with the option's own overrides on top.
    const base = catalogueOption(catalogueId(data.catalogue, `${where}.catalogue`), id, language);
    return {
      ...base,
      name: data.name === undefined ? base.name : parseName(data.name, `${where}.name`),
      path: data.path === undefined ? base.path : parsePathId(data.path, `${where}.path`),
      inputs: { ...base.inputs, ...own.inputs },
      rates: { ...base.rates, ...own.rates },
    };
  }
  return { id, name: parseName(data.name, `${where}.name`), path: parsePathId(data.path, `${where}.path`), ...own };
}

/**
 * The options to compare, from the "options" and "replaceDefaults" keys of an input: the three paths first
 * (unless replaced), then the user's, at most MAX_OPTIONS in all. Ids are unique ignoring case, because Excel
 * names (Total_TCO_<id>) are.
 */
export function parseOptions(data: Readonly<Record<string, unknown>>, language: Language = "en-US"): BudgetOption[] {
  const { options: list = [], replaceDefaults = false } = data;
  if (!Array.isArray(list)) throw new EngineError({ code: "wrongShape", field: "options", allowed: 'a list of { "id", "name", "path", "overrides" }', received: describeValue(list) });
  if (typeof replaceDefaults !== "boolean") throw new EngineError({ code: "notANumber", field: "replaceDefaults", allowed: "true or false", received: describeValue(replaceDefaults) });
  const options = [...(replaceDefaults ? [] : defaultOptions(language)), ...list.map((o, i) => parseOption(o, `options[${i}]`, language))];
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
  return options;
}
