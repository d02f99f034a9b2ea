import { Decimal } from "../../src/engine/decimal";
import { add, and, banded, cmp, div, graduated, iff, input, max, mod, mul, num, or, override, rate, roundup, sizing, sub, text, year } from "../../src/engine/expression/build";
import { compileExcel, type ExcelRefs } from "../../src/engine/expression/compileExcel";
import type { Expr } from "../../src/engine/expression/Expr";
import { childrenOf, foldExpr } from "../../src/engine/expression/foldExpr";
import { evaluateExpr, evaluateNumber, type EvalContext, type ExprValue } from "../../src/engine/expression/evaluateExpr";

function ctx(inputs: Record<string, ExprValue> = {}, rates: Record<string, number> = {}, t = 1): EvalContext {
  return {
    year: t,
    input: (k) => inputs[k],
    rate: (k) => new Decimal(rates[k]),
    sizing: (k, y) => new Decimal(y * 10),
    line: () => new Decimal(0),
  };
}
const value = (e: Expr, c: EvalContext = ctx()): string => evaluateNumber(e, c).toString();

describe("evaluateExpr", () => {
  test("arithmetic in decimal, not binary floating point", () => {
    expect(value(add(0.1, 0.2))).toBe("0.3");
    expect(value(sub(1.1, 0.1))).toBe("1");
    expect(evaluateNumber(mul(div(1, 3), 3), ctx()).toSignificantDigits(30).toString()).toBe("1");
  });
  test("ROUNDUP(x, 0) rounds away from zero, as Excel does", () => {
    expect(value(roundup(2.01))).toBe("3");
    expect(value(roundup(-2.01))).toBe("-3");
    expect(value(roundup(4))).toBe("4");
  });
  test("MOD takes the sign of the divisor, as Excel does", () => {
    expect(value(mod(-3, 2))).toBe("1");
    expect(value(mod(3, -2))).toBe("-1");
    expect(value(mod(7, 4))).toBe("3");
  });
  test("text compares case-insensitively and never equals a number", () => {
    const c = ctx({ region: "cn" });
    expect(value(cmp("=", input("region"), text("CN")), c)).toBe("1");
    expect(value(cmp("<>", input("region"), text("international")), c)).toBe("1");
    expect(value(cmp("=", text("1"), num(1)), c)).toBe("0");
  });
  test("IF evaluates only the branch it takes", () => {
    const c = ctx({ flag: new Decimal(0) });
    expect(value(iff(input("flag"), div(1, 0), 7), c)).toBe("7");
    expect(() => value(iff(cmp("=", input("flag"), 0), div(1, 0), 7), c)).toThrow(/division by zero/);
  });
  test("AND and OR evaluate every argument, as Excel does: an error after a deciding value still shows", () => {
    const c = ctx({ flag: new Decimal(0) });
    expect(() => value(and(input("flag"), cmp(">", div(1, 0), 0)), c)).toThrow(/division by zero/);
    expect(() => value(or(num(1), cmp(">", div(1, 0), 0)), c)).toThrow(/division by zero/);
    expect(value(and(num(1), num(2)), c)).toBe("1");
    expect(value(or(num(0), input("flag")), c)).toBe("0");
  });
  test("an override takes the number when given and the derived figure for \"auto\"", () => {
    expect(value(override("fte", num(5)), ctx({ fte: "auto" }))).toBe("5");
    expect(value(override("fte", num(5)), ctx({ fte: new Decimal(2) }))).toBe("2");
  });
  test("sizing lags clamp at the first window year", () => {
    expect(value(sizing("users", 1), ctx({}, {}, 1))).toBe("10");
    expect(value(sizing("users", 2), ctx({}, {}, 2))).toBe("10");
    expect(value(sizing("users", 1), ctx({}, {}, 3))).toBe("20");
  });
  test("graduated tiers: free allowance, then each unit at its tier's price (Twilio-style MAU pricing)", () => {
    const tiers = [["free", num(0)], ["t1", rate("p1")], ["t2", rate("p2")], [null, rate("p3")]] as const;
    const rates = { free: 200, t1: 5000, t2: 10000, p1: 0.05, p2: 0.0475, p3: 0.045 };
    const at = (q: number) => value(graduated(input("q"), tiers), ctx({ q: new Decimal(q) }, rates));
    expect(at(100)).toBe("0");
    expect(at(6000)).toBe("287.5"); // 4,800 × 0.05 + 1,000 × 0.0475
    expect(at(12000)).toBe("567.5"); // 240 + 237.5 + 2,000 × 0.045
  });
  test("banded fees: the fee of the band holding the quantity; the last band is open", () => {
    const bands = [["b1", "f1"], ["b2", "f2"], [null, "f3"]] as const;
    const rates = { b1: 20000, b2: 100000, f1: 36000, f2: 132000, f3: 720000 };
    const at = (q: number) => value(banded(input("q"), bands), ctx({ q: new Decimal(q) }, rates));
    expect(at(20000)).toBe("36000");
    expect(at(20001)).toBe("132000");
    expect(at(5e6)).toBe("720000");
  });
  test("text used as a number is a model error, not a silent 0", () => {
    expect(() => evaluateNumber(add(text("x"), 1), ctx())).toThrow(/Model error/);
    expect(evaluateExpr(text("x"), ctx())).toBe("x");
  });
});

describe("compileExcel", () => {
  const refs: ExcelRefs = {
    input: (k) => `Input_${k}`,
    rate: (k) => `Rate_${k}`,
    sizing: (k, lag) => (lag ? `PREV_${k}` : `S_${k}`),
    line: (id) => `E${id}`,
    year: () => "E$4",
  };
  test("compiles every node to built-in Excel functions", () => {
    const e = iff(cmp(">=", year, 1), max(roundup(mul(sizing("users"), rate("price"))), sub(input("a"), num(-2))), mod(sizing("users", 1), 2));
    expect(compileExcel(e, refs)).toBe("IF((E$4>=1),MAX(ROUNDUP((S_users*Rate_price),0),(Input_a-(-2))),MOD(PREV_users,2))");
  });
  test("text is quoted with doubled quotes and overrides test ISNUMBER", () => {
    expect(compileExcel(cmp("=", input("x"), text('say "hi"')), refs)).toBe('(Input_x="say ""hi""")');
    expect(compileExcel(override("fte", num(3)), refs)).toBe("IF(ISNUMBER(Input_fte),Input_fte,3)");
  });
});

describe("foldExpr", () => {
  test("visits children in Excel's order and lets a case skip them", () => {
    const seen: string[] = [];
    const e = add(input("a"), iff(input("b"), rate("c"), rate("d")), sizing("e"));
    foldExpr<void, null>(
      e,
      {
        input: (n) => void seen.push(n.key),
        rate: (n) => void seen.push(n.key),
        sizing: (n) => void seen.push(n.key),
        otherwise: (_n, children, go) => children.forEach(go),
      },
      null,
    );
    expect(seen).toEqual(["a", "b", "c", "d", "e"]);
    const leaves: string[] = [];
    foldExpr<void, null>(e, { if: (n, go) => go(n.cond), input: (n) => void leaves.push(n.key), otherwise: (_n, children, go) => children.forEach(go) }, null);
    expect(leaves).toEqual(["a", "b"]);
  });
  test("childrenOf lists every operand", () => {
    expect(childrenOf(iff(num(1), num(2), num(3))).length).toBe(3);
    expect(childrenOf(sub(1, 2)).length).toBe(2);
    expect(childrenOf(roundup(1)).length).toBe(1);
    expect(childrenOf(max(1, 2, 3, 4)).length).toBe(4);
    expect(childrenOf(override("k", num(1))).length).toBe(1);
    expect(childrenOf(year).length).toBe(0);
  });
});
