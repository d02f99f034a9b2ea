import { parseDecisionMatrix, parseOptions, weightedScore, DEFAULT_CRITERIA } from "../../../src/engine";
import { errorOf } from "../../support/errorOf";

const OPTIONS = parseOptions({ options: [{ id: "feishu", catalogue: "feishuCn" }] });
const CRITERIA = [
  { id: "goLive", name: "Time to go-live", weight: 0.35 },
  { id: "residency", name: "Data residency", weight: 0.4 },
  { id: "lockIn", name: "Vendor lock-in", weight: 0.25 },
];
const scores = (s: Record<string, [number, number, number]>) => Object.fromEntries(Object.entries(s).map(([id, [a, b, c]]) => [id, { goLive: a, residency: b, lockIn: c }]));
const ALL = scores({ selfBuild: [1, 5, 5], commercial: [5, 3, 2], hybrid: [3, 4, 3], feishu: [5, 3, 1] });

test("an option's weighted score is Σ weight × score (worked by hand)", () => {
  const m = parseDecisionMatrix({ criteria: CRITERIA, scores: ALL }, OPTIONS);
  // self-build: 0.35×1 + 0.4×5 + 0.25×5 = 3.6; commercial: 1.75 + 1.2 + 0.5 = 3.45; feishu: 1.75 + 1.2 + 0.25 = 3.2
  expect(["selfBuild", "commercial", "hybrid", "feishu"].map((id) => weightedScore(m, id).toString())).toEqual(["3.6", "3.45", "3.4", "3.2"]);
});

test("without criteria the five usual ones weigh 20% each, named in the user's language", () => {
  const five = Object.fromEntries(OPTIONS.map((o) => [o.id, Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.id, 3]))]));
  const m = parseDecisionMatrix({ scores: five }, OPTIONS, "zh-CN");
  expect(m.criteria.map((c) => [c.name, c.weight])).toEqual(DEFAULT_CRITERIA.map((c) => [c.zh, 0.2]));
  expect(weightedScore(m, "hybrid").toString()).toBe("3");
});

test.each<[string, unknown, string, string]>([
  ["weights summing to 95%", { criteria: [...CRITERIA.slice(0, 2), { ...CRITERIA[2], weight: 0.2 }], scores: ALL }, "decision.criteria weights", "weights that sum to 100%"],
  ["a missing score", { criteria: CRITERIA, scores: { ...ALL, feishu: { goLive: 5, residency: 3 } } }, "decision.scores.feishu.lockIn", "a whole score from 1 to 5"],
  ["a score of 6", { criteria: CRITERIA, scores: { ...ALL, hybrid: { goLive: 6, residency: 3, lockIn: 3 } } }, "decision.scores.hybrid.goLive", "a whole score from 1 to 5"],
  ["a score for no option", { criteria: CRITERIA, scores: { ...ALL, slack: {} } }, "decision.scores.slack", "an option id (selfBuild, commercial, hybrid, feishu)"],
  ["a criterion twice", { criteria: [...CRITERIA, CRITERIA[0]], scores: ALL }, "criteria.goLive", "each criterion once"],
])("%s is refused, naming the field", (_what, data, field, allowed) => {
  const e = errorOf(() => parseDecisionMatrix(data, OPTIONS));
  expect([e.field, e.allowed]).toEqual([field, allowed]);
});
