import { computeBudget } from "../../../src/engine";
import { add, line } from "../../../src/engine/expression/build";
import type { Expr } from "../../../src/engine/expression/Expr";
import { COST_LINES } from "../../../src/engine/lines/costLines";

/**
 * A line's amount may refer to lines above it only. Pricing evaluates every line with one context per window
 * year and tracks the line being evaluated, so a nested reference must hand that back when it returns.
 */
function withAmounts(amounts: Record<string, Expr>, run: () => void): void {
  const saved = new Map<string, Expr | undefined>();
  for (const [id, expr] of Object.entries(amounts)) {
    const item = COST_LINES.find((l) => l.id === id)!;
    const amount = item.amount as Record<string, Expr | undefined>;
    expect(amount.selfBuild).toBeDefined(); // the line is priced on this path already
    saved.set(id, amount.selfBuild);
    amount.selfBuild = expr;
  }
  try {
    run();
  } finally {
    for (const [id, expr] of saved) (COST_LINES.find((l) => l.id === id)!.amount as Record<string, Expr | undefined>).selfBuild = expr;
  }
}

const order = (id: string): number => COST_LINES.findIndex((l) => l.id === id);

test("the three lines used here run in this order, on the same profile and index", () => {
  expect(order("appServers")).toBeLessThan(order("database"));
  expect(order("database")).toBeLessThan(order("mediaServers"));
  const [a, d, m] = ["appServers", "database", "mediaServers"].map((id) => COST_LINES[order(id)]);
  expect([d.timing, d.escalation, m.timing, m.escalation]).toEqual([a.timing, a.escalation, a.timing, a.escalation]);
});

test("a reference to a line below, or to no line, is a model error naming both", () => {
  withAmounts({ appServers: line("database") }, () => {
    expect(() => computeBudget({})).toThrow('Model error: line "appServers" refers to "database", which is not above it');
  });
  withAmounts({ database: line("nope") }, () => {
    expect(() => computeBudget({})).toThrow('Model error: line "database" refers to "nope", which is not above it');
  });
});

test("nested references: database = appServers and mediaServers = database + appServers = 2 × appServers", () => {
  withAmounts({ database: line("appServers"), mediaServers: add(line("database"), line("appServers")) }, () => {
    const lines = computeBudget({}).paths.selfBuild.lines;
    const fiscal = (id: string) => lines.find((l) => l.id === id)!.fiscal;
    expect(fiscal("appServers").some((v) => !v.isZero())).toBe(true);
    expect(fiscal("database").map(String)).toEqual(fiscal("appServers").map(String));
    // 2a ⁄ 12 and 2 × (a ⁄ 12) may differ in the 34th digit, no more.
    fiscal("mediaServers").forEach((v, i) => expect(v.minus(fiscal("appServers")[i].times(2)).abs().lessThan("1e-20")).toBe(true));
  });
});
