import { HELPERS_SOURCE } from "./floatSemantics";
import { modelError, type IR, type Node } from "./ir";
import type { RunFn, Statement } from "./runFn";

function literal(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "Infinity" : "-Infinity";
  const s = String(v);
  return v < 0 ? `(${s})` : s;
}

const CMP_CODE: Readonly<Record<string, (l: string, r: string) => string>> = {
  "<": (l, r) => `lt(${l},${r})`,
  "<=": (l, r) => `le(${l},${r})`,
  ">": (l, r) => `lt(${r},${l})`,
  ">=": (l, r) => `le(${r},${l})`,
  "=": (l, r) => `eq(${l},${r})`,
  "<>": (l, r) => `(1-eq(${l},${r}))`,
};

function nodeCode(ir: Node): string {
  switch (ir.t) {
    case "in":
      return `x[${ir.i}]`;
    case "rt":
      return `r[${ir.i}]`;
    case "slot":
      return `v${ir.i}`;
    case "add":
      return `(${ir.a.map(toCode).join("+")})`;
    case "mul":
      return `(${ir.a.map(toCode).join("*")})`;
    case "min":
      return `Math.min(${ir.a.map(toCode).join(",")})`;
    case "max":
      return `Math.max(${ir.a.map(toCode).join(",")})`;
    case "and":
      return `(${ir.a.map((a) => `${toCode(a)}!==0`).join("&&")}?1:0)`;
    case "or":
      return `(${ir.a.map((a) => `${toCode(a)}!==0`).join("||")}?1:0)`;
    case "sub":
      return `(${toCode(ir.l)}-${toCode(ir.r)})`;
    case "div":
      return `(${toCode(ir.l)}/${toCode(ir.r)})`;
    case "pow":
      return `Math.pow(${toCode(ir.l)},${toCode(ir.r)})`;
    case "mod":
      return `md(${toCode(ir.l)},${toCode(ir.r)})`;
    case "ru":
      return `ru(${toCode(ir.x)})`;
    case "not":
      return `(${toCode(ir.x)}===0?1:0)`;
    case "if":
      return `(${toCode(ir.c)}!==0?${toCode(ir.th)}:${toCode(ir.el)})`;
    case "cmp":
      return CMP_CODE[ir.rel](toCode(ir.l), toCode(ir.r));
  }
}

function toCode(ir: IR): string {
  if (typeof ir === "number") return literal(ir);
  if (typeof ir === "string") throw modelError(`text "${ir}" left in a compiled expression`);
  return nodeCode(ir);
}

/** Generates one JavaScript function for the whole run (fastest; needs a policy that allows `new Function`). */
export function compileToFunction(live: readonly Statement[], outputs: readonly IR[]): RunFn {
  const body = [...live.map((s) => `const v${s.slot}=${toCode(s.ir)};`), ...outputs.map((ir, i) => `out[${i}]=${toCode(ir)};`)].join("\n");
  const factory = new Function(`"use strict";${HELPERS_SOURCE}\nreturn function run(x, r, out) {\n${body}\n};`) as () => RunFn;
  return factory();
}
