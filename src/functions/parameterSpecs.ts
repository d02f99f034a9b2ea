/**
 * Every worksheet function's parameters, declared once as data (HyperFormula style): kind, required or
 * optional, default, bounds and allowed texts. `coerceArguments` checks Excel's raw arguments against these
 * before any maths runs; the order and names match the signatures in functions.ts (a test checks this
 * against the generated metadata).
 *
 * Kinds:
 * - number: any finite number (money amounts may be negative), optionally bounded;
 * - integer: a whole number, bounded;
 * - count: a quantity ≥ 0 (users, minutes, GB; fractions allowed because estimates are averages);
 * - rate: a fraction as Excel passes percentages (8% = 0.08), bounded;
 * - text: one of a few words, matched without regard to case or surrounding spaces;
 * - range: a 2-D range, at most MAX_RANGE_CELLS cells.
 */

export type NumberKind = "number" | "integer" | "count" | "rate";

interface ParamBase {
  readonly name: string;
  /** Optional parameters may be omitted (Excel passes null) and then take `default`, if they have one. */
  readonly optional?: true;
}

export interface NumberParamSpec extends ParamBase {
  readonly kind: NumberKind;
  readonly default?: number;
  readonly min?: number;
  readonly max?: number;
  /** The bound itself is not allowed (e.g. a discount rate greater than −1). */
  readonly minExclusive?: true;
  readonly maxExclusive?: true;
}

export interface TextParamSpec extends ParamBase {
  readonly kind: "text";
  readonly default?: string;
  /** The canonical values, as returned to the implementation. */
  readonly allowed: readonly string[];
  /** Other accepted spellings (lower case) → canonical value. */
  readonly aliases?: Readonly<Record<string, string>>;
}

export interface RangeParamSpec extends ParamBase {
  readonly kind: "range";
  /** "number": every cell a number or blank; "any": numbers, text, booleans or blanks (checked later). */
  readonly cells: "number" | "any";
  /** "vector": one row or one column; "twoColumns": key/value pairs. */
  readonly shape: "any" | "vector" | "twoColumns";
}

export type ParamSpec = NumberParamSpec | TextParamSpec | RangeParamSpec;

/** Largest range any function accepts; keeps every call well inside Excel's patience. */
export const MAX_RANGE_CELLS = 10_000;

export const PARAMETER_SPECS = {
  TCO: [
    { name: "annualCosts", kind: "range", cells: "number", shape: "any" },
    { name: "upfront", kind: "number", optional: true, default: 0 },
    { name: "discountRate", kind: "rate", optional: true, default: 0, min: -1, minExclusive: true },
  ],
  PROJECT: [
    { name: "firstYearCost", kind: "number" },
    { name: "years", kind: "integer", min: 1, max: 100 },
    { name: "growthRate", kind: "rate", optional: true, default: 0, min: -1 },
  ],
  CONTINGENCY: [
    { name: "amount", kind: "number" },
    { name: "rate", kind: "rate", optional: true, default: 0.25, min: 0, max: 1 },
  ],
  PERT: [
    { name: "optimistic", kind: "number" },
    { name: "mostLikely", kind: "number" },
    { name: "pessimistic", kind: "number" },
    { name: "confidence", kind: "rate", optional: true, default: 0.5, min: 0, max: 1, minExclusive: true, maxExclusive: true },
  ],
  BANDWIDTH: [
    { name: "concurrentUsers", kind: "count" },
    { name: "media", kind: "text", optional: true, allowed: ["text", "voice", "video"], aliases: { 文字: "text", 文本: "text", 语音: "voice", 视频: "video" } },
    { name: "kbpsPerUser", kind: "count", optional: true },
  ],
  TRAFFICGB: [
    { name: "minutes", kind: "count" },
    { name: "kbps", kind: "count" },
  ],
  STORAGEGB: [
    { name: "users", kind: "count" },
    { name: "messagesPerUserDay", kind: "count" },
    { name: "bytesPerMessage", kind: "count", optional: true, default: 2000 },
    { name: "retentionDays", kind: "count", optional: true, default: 365 },
    { name: "attachmentMBPerUserMonth", kind: "count", optional: true, default: 0 },
  ],
  SERVERS: [
    { name: "peakConcurrent", kind: "count" },
    { name: "capacityPerServer", kind: "number", min: 0, minExclusive: true },
    { name: "headroom", kind: "rate", optional: true, default: 0.3, min: 0 },
    { name: "spares", kind: "integer", optional: true, default: 1, min: 0 },
  ],
  LABOR: [
    { name: "fte", kind: "count" },
    { name: "annualSalary", kind: "number", min: 0 },
    { name: "loadFactor", kind: "number", optional: true, default: 1.4, min: 0 },
    { name: "years", kind: "integer", optional: true, default: 1, min: 1, max: 100 },
    { name: "salaryGrowth", kind: "rate", optional: true, default: 0, min: -1 },
  ],
  TIERED: [
    { name: "quantity", kind: "count" },
    { name: "tierLimits", kind: "range", cells: "number", shape: "vector" },
    { name: "tierPrices", kind: "range", cells: "number", shape: "vector" },
    { name: "mode", kind: "text", optional: true, default: "graduated", allowed: ["graduated", "volume", "flat"] },
    { name: "freeUnits", kind: "count", optional: true, default: 0 },
  ],
  BUDGET: [
    { name: "requirements", kind: "range", optional: true, cells: "any", shape: "twoColumns" },
    {
      name: "path",
      kind: "text",
      optional: true,
      default: "commercial",
      allowed: ["selfbuild", "commercial", "hybrid"],
      aliases: { "self-build": "selfbuild", 自建: "selfbuild", 商业: "commercial", 混合: "hybrid" },
    },
    { name: "years", kind: "integer", optional: true, min: 1, max: 10 },
  ],
  COMPARE: [
    { name: "requirements", kind: "range", optional: true, cells: "any", shape: "twoColumns" },
    { name: "years", kind: "integer", optional: true, min: 1, max: 10 },
    { name: "options", kind: "range", optional: true, cells: "any", shape: "any" },
  ],
} as const satisfies Readonly<Record<string, readonly ParamSpec[]>>;

export type FunctionId = keyof typeof PARAMETER_SPECS;
export const FUNCTION_IDS = Object.keys(PARAMETER_SPECS) as FunctionId[];

/** The allowed values of a parameter, in words, for error messages and help pages. */
export function allowedText(spec: ParamSpec): string {
  switch (spec.kind) {
    case "text":
      return "one of " + spec.allowed.map((a) => `"${a}"`).join(", ");
    case "range":
      return spec.shape === "twoColumns"
        ? "a range of two columns (key, value)"
        : spec.shape === "vector"
          ? "a single row or column of numbers"
          : "a range of numbers";
    default:
      return numberAllowedText(spec);
  }
}

function bound(value: number, exclusive: boolean | undefined, below: boolean): string {
  if (below) return exclusive ? `greater than ${value}` : `≥ ${value}`;
  return exclusive ? `less than ${value}` : `≤ ${value}`;
}

function numberAllowedText(spec: NumberParamSpec): string {
  const min = spec.kind === "count" && spec.min === undefined ? 0 : spec.min;
  const { max } = spec;
  const noun = spec.kind === "integer" ? "a whole number" : spec.kind === "rate" ? "a fraction" : "a number";
  let range = "";
  if (min !== undefined && max !== undefined && !spec.minExclusive && !spec.maxExclusive) range = ` from ${min} to ${max}`;
  else {
    const parts: string[] = [];
    if (min !== undefined) parts.push(bound(min, spec.minExclusive, true));
    if (max !== undefined) parts.push(bound(max, spec.maxExclusive, false));
    if (parts.length > 0) range = " " + parts.join(" and ");
  }
  const hint = spec.kind === "rate" ? ", where 8% = 0.08" : "";
  return noun + range + hint;
}
