/**
 * Every engine failure is one of these: a code for programs, the field it concerns, and a plain message that
 * names the field and what is allowed. Adapters map them (custom functions → #VALUE!, pane → message by the
 * field, CLI → exit 2) and never parse the text.
 */
export type EngineErrorCode =
  | "required" // a value must be given
  | "notANumber" // text, boolean, NaN or Infinity where a number is needed
  | "notAnInteger" // a whole number is needed
  | "outOfRange" // a number outside its allowed range
  | "unknownOption" // text that is not one of the allowed choices
  | "unknownKey" // a requirement or rate key the engine does not know
  | "wrongShape" // a range of the wrong size or shape
  | "tooLarge" // a range or count above the engine's limit
  | "order"; // values that must be ordered are not

export interface EngineErrorDetails {
  readonly code: EngineErrorCode;
  /** The field, argument or key the error is about (e.g. "headcount", "discountRate"). */
  readonly field: string;
  /** What is allowed, in words, e.g. "a whole number from 1 to 10". */
  readonly allowed?: string;
  /** The offending value as text, if useful. */
  readonly received?: string;
}

export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly field: string;
  readonly allowed?: string;
  readonly received?: string;

  constructor(details: EngineErrorDetails, message?: string) {
    super(message ?? defaultMessage(details));
    this.name = "EngineError";
    this.code = details.code;
    this.field = details.field;
    this.allowed = details.allowed;
    this.received = details.received;
  }
}

function defaultMessage(d: EngineErrorDetails): string {
  const got = d.received === undefined ? "" : ` (got ${d.received})`;
  const allowed = d.allowed ? `: ${d.allowed}` : "";
  switch (d.code) {
    case "required":
      return `${d.field} is required${allowed}`;
    case "unknownKey":
      return `${d.field} is not a known key${got}${allowed}`;
    default:
      return `${d.field} must be ${d.allowed ?? "valid"}${got}`;
  }
}

export function isEngineError(e: unknown): e is EngineError {
  return e instanceof EngineError;
}

/** Shows a received value briefly and safely in a message. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "blank";
  if (typeof value === "string") return value === "" ? "blank" : JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Array.isArray(value)) return "a range";
  return typeof value;
}
