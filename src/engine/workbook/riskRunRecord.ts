import { formatMonth, parseMonth } from "../calendar/monthIndex";
import { effectiveRate } from "../rateCard/rateCard";
import type { RateCardEntry } from "../rateCard/RateCardEntry";
import type { RequirementSpec } from "../requirements/RequirementSpec";
import { REQUIREMENT_SPECS } from "../requirements/requirementSpecs";
import type { Requirements } from "../requirements/Requirements";
import type { RiskDriver } from "../risk/riskDrivers";
import { valueFormat } from "./buildInputsSheet";
import { FORMAT } from "./layout";

type Text = { readonly en: string; readonly zh: string };

/** How a recorded value is compared with the current one: numbers within a relative tolerance, the rest exactly. */
export type RecordCompare = "number" | "text" | "logical" | "month";

/** The driver cells a run depends on (as DriverCells names them). */
export type DriverPart = "low" | "mode" | "high" | "distribution";

/** Where the current value lives: an Input_<key> or Rate_<key> name, or a driver's editable cell on the Risk sheet. */
export type RecordSource = { readonly input: string } | { readonly rate: string } | { readonly driver: string; readonly part: DriverPart };

/** One value the Risk sheet's computed figures were made with, as it was at generation. */
export interface RecordedValue {
  /** What it is, e.g. "Input_headcount", "Rate_vm_month_cn", "salaries · high". */
  readonly what: string;
  readonly label: Text;
  /** The value at generation; a month as "YYYY-MM" (the same in both date systems). */
  readonly recorded: number | string | boolean;
  readonly compare: RecordCompare;
  readonly source: RecordSource;
  /** How both the recorded and the current value are shown (as at their source). */
  readonly numberFormat: string;
}

const PART_LABEL: Readonly<Record<DriverPart, Text>> = {
  low: { en: "low", zh: "低值" },
  mode: { en: "most likely", zh: "最可能值" },
  high: { en: "high", zh: "高值" },
  distribution: { en: "distribution", zh: "分布" },
};

function compareOf(value: number | string | boolean): RecordCompare {
  return typeof value === "number" ? "number" : typeof value === "boolean" ? "logical" : "text";
}

function inputValue(spec: RequirementSpec, req: Requirements): RecordedValue {
  const raw = req[spec.key as keyof Requirements] as number | string | boolean;
  const month = spec.kind === "month";
  const recorded = month ? formatMonth(parseMonth(raw, spec.key)) : raw;
  return { what: `Input_${spec.key}`, label: spec.label, recorded, compare: month ? "month" : compareOf(recorded), source: { input: spec.key }, numberFormat: month ? FORMAT.month : valueFormat(spec) };
}

function driverValues(d: RiskDriver): RecordedValue[] {
  return (["low", "mode", "high", "distribution"] as const).map((part) => ({
    what: `${d.id} · ${part}`,
    label: { en: `${d.label.en}: ${PART_LABEL[part].en}`, zh: `${d.label.zh}：${PART_LABEL[part].zh}` },
    recorded: d[part],
    compare: part === "distribution" ? "text" : "number",
    source: { driver: d.id, part },
    numberFormat: part === "distribution" ? FORMAT.general : FORMAT.factor,
  }));
}

/**
 * Everything the values computed at generation (Monte Carlo figures, exposure weights) depend on: every
 * input, every rate (its effective value, so list, discount, VAT and exchange rate edits all show) and every
 * driver's range and distribution.
 */
export function riskRunRecord(req: Requirements, entries: readonly RateCardEntry[], drivers: readonly RiskDriver[]): RecordedValue[] {
  return [
    ...(REQUIREMENT_SPECS as readonly RequirementSpec[]).map((s) => inputValue(s, req)),
    ...entries.map((e): RecordedValue => ({ what: `Rate_${e.key}`, label: e.label, recorded: effectiveRate(e, req, entries).toNumber(), compare: "number", source: { rate: e.key }, numberFormat: FORMAT.general })),
    ...drivers.flatMap(driverValues),
  ];
}
