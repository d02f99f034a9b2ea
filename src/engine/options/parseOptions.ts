import { EngineError, describeValue } from "../EngineError";
import { parsePathId } from "../budget/paths";
import type { Language } from "../workbook/WorkbookPlan";
import { OPTION_ID_PATTERN, OPTION_ID_RULE, type BudgetOption } from "./BudgetOption";
import { checkOptionList, isObject, parseName, parseOverrides } from "./optionFields";
import { defaultOptions } from "./defaultOptions";
import { catalogueOption } from "./catalogue/catalogueOption";
import { catalogueProfile } from "./catalogue/vendorCatalogue";

/** The keys of an --input file (or a saved pane state) that describe options rather than requirements. */
export const OPTION_INPUT_KEYS = ["options", "replaceDefaults", "decision"] as const;
const OPTION_FIELDS = ["id", "name", "path", "catalogue", "overrides"];

function catalogueId(value: unknown, field: string): string {
  try {
    return catalogueProfile(typeof value === "string" ? value : "").id;
  } catch (e) {
    throw e instanceof EngineError ? new EngineError({ code: e.code, field, allowed: e.allowed, received: describeValue(value) }) : e;
  }
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
  checkOptionList(options, replaceDefaults);
  return options;
}
