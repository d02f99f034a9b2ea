import { Decimal, ZERO } from "../../decimal";
import { EngineError, describeValue } from "../../EngineError";
import { cellTextProblem } from "../../workbook/cellText";
import type { BudgetOption } from "../BudgetOption";
import type { Language } from "../../workbook/WorkbookPlan";

/** A criterion of a procurement-style decision matrix (time to go-live, data residency, lock-in …). */
export interface DecisionCriterion {
  readonly id: string;
  readonly name: string;
  /** Share of the total score, 0–1; the weights of a matrix sum to exactly 1 (100%). */
  readonly weight: number;
}

export interface DecisionMatrix {
  readonly criteria: readonly DecisionCriterion[];
  /** Per option id, per criterion id, a score from 1 (poor) to 5 (best). */
  readonly scores: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Criteria a procurement team usually weighs beside cost, used when a matrix gives none; the user may replace them. */
export const DEFAULT_CRITERIA: readonly { readonly id: string; readonly en: string; readonly zh: string }[] = [
  { id: "timeToGoLive", en: "Time to go-live", zh: "上线时间" },
  { id: "dataResidency", en: "Data residency", zh: "数据驻留" },
  { id: "compliance", en: "Compliance level", zh: "合规等级" },
  { id: "lockIn", en: "Vendor lock-in (5 = least)", zh: "厂商锁定（5 = 最低）" },
  { id: "featureFit", en: "Feature fit", zh: "功能匹配" },
];

export const MAX_CRITERIA = 12;
const ID = /^[A-Za-z][A-Za-z0-9]{0,30}$/;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function parseCriterion(data: unknown, field: string): DecisionCriterion {
  if (!isObject(data)) throw new EngineError({ code: "wrongShape", field, allowed: '{ "id", "name", "weight" }', received: describeValue(data) });
  const { id, name, weight } = data;
  if (typeof id !== "string" || !ID.test(id)) throw new EngineError({ code: "outOfRange", field: `${field}.id`, allowed: "a letter then up to 30 letters or digits", received: describeValue(id) });
  const label = typeof name === "string" ? name.trim() : "";
  if (label === "" || label.length > 80 || cellTextProblem(label)) throw new EngineError({ code: "outOfRange", field: `criteria.${id}.name`, allowed: "a text of 1 to 80 characters a workbook can hold", received: describeValue(name) });
  if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0 || weight > 1) throw new EngineError({ code: "outOfRange", field: `criteria.${id}.weight`, allowed: "a fraction from 0 to 1 (0.25 = 25%)", received: describeValue(weight) });
  return { id, name: label, weight };
}

/** The sum of the weights, exactly (decimal), as a share: must be 1. */
export function weightSum(criteria: readonly DecisionCriterion[]): Decimal {
  return criteria.reduce((acc, c) => acc.plus(c.weight), ZERO);
}

/**
 * The "decision" key of an input: criteria with weights summing to 100%, and a whole score from 1 to 5 for every
 * option on every criterion. A missing score is an error, never a silent 0 that would rank an option down.
 */
export function parseDecisionMatrix(data: unknown, options: readonly BudgetOption[], language: Language = "en-US"): DecisionMatrix {
  if (!isObject(data)) throw new EngineError({ code: "wrongShape", field: "decision", allowed: '{ "criteria": [...], "scores": { <option id>: { <criterion id>: 1–5 } } }', received: describeValue(data) });
  // Without criteria, the five usual ones at equal weight (20% each).
  const list = data.criteria ?? DEFAULT_CRITERIA.map((c) => ({ id: c.id, name: language === "zh-CN" ? c.zh : c.en, weight: 1 / DEFAULT_CRITERIA.length }));
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_CRITERIA) throw new EngineError({ code: "outOfRange", field: "decision.criteria", allowed: `a list of 1 to ${MAX_CRITERIA} criteria`, received: describeValue(list) });
  const criteria = list.map((c, i) => parseCriterion(c, `decision.criteria[${i}]`));
  const ids = new Set<string>();
  for (const c of criteria) {
    if (ids.has(c.id)) throw new EngineError({ code: "order", field: `criteria.${c.id}`, allowed: "each criterion once" });
    ids.add(c.id);
  }
  const sum = weightSum(criteria);
  if (!sum.eq(1)) throw new EngineError({ code: "outOfRange", field: "decision.criteria weights", allowed: "weights that sum to 100%", received: `${sum.times(100).toString()}%` });
  const scores = isObject(data.scores) ? data.scores : {};
  const stray = Object.keys(scores).find((id) => !options.some((o) => o.id === id));
  if (stray !== undefined) throw new EngineError({ code: "unknownKey", field: `decision.scores.${stray}`, allowed: `an option id (${options.map((o) => o.id).join(", ")})` });
  for (const o of options) {
    const row = scores[o.id];
    for (const c of criteria) {
      const s = isObject(row) ? row[c.id] : undefined;
      if (typeof s !== "number" || !Number.isInteger(s) || s < 1 || s > 5) throw new EngineError({ code: "outOfRange", field: `decision.scores.${o.id}.${c.id}`, allowed: "a whole score from 1 to 5", received: describeValue(s) });
    }
  }
  return { criteria, scores: scores as DecisionMatrix["scores"] };
}

/** An option's weighted score, 1–5: Σ weight × score. Cost is shown beside it, never inside it. */
export function weightedScore(matrix: DecisionMatrix, optionId: string): Decimal {
  return matrix.criteria.reduce((acc, c) => acc.plus(new Decimal(c.weight).times(matrix.scores[optionId][c.id])), ZERO);
}
