import { fCmp, fMod, fRoundup } from "./floatSemantics";
import { modelError, type IR, type Node } from "./ir";
import type { RunFn, Statement } from "./runFn";

type Fn = (x: Float64Array, r: Float64Array, v: Float64Array) => number;

function naryClosure(t: "add" | "mul" | "min" | "max" | "and" | "or", fs: readonly Fn[]): Fn {
  const first = fs[0];
  const rest = fs.slice(1);
  switch (t) {
    case "add":
      return (x, r, v) => {
        let acc = first(x, r, v);
        for (const f of rest) acc = acc + f(x, r, v);
        return acc;
      };
    case "mul":
      return (x, r, v) => {
        let acc = first(x, r, v);
        for (const f of rest) acc = acc * f(x, r, v);
        return acc;
      };
    case "min":
      return (x, r, v) => Math.min(...fs.map((f) => f(x, r, v)));
    case "max":
      return (x, r, v) => Math.max(...fs.map((f) => f(x, r, v)));
    case "and":
      return (x, r, v) => (fs.every((f) => f(x, r, v) !== 0) ? 1 : 0);
    default:
      return (x, r, v) => (fs.some((f) => f(x, r, v) !== 0) ? 1 : 0);
  }
}

const BINARY: Readonly<Record<"sub" | "div" | "pow" | "mod", (a: number, b: number) => number>> = {
  sub: (a, b) => a - b,
  div: (a, b) => a / b,
  pow: Math.pow,
  mod: fMod,
};

function nodeClosure(ir: Node): Fn {
  switch (ir.t) {
    case "in": {
      const i = ir.i;
      return (x) => x[i];
    }
    case "rt": {
      const i = ir.i;
      return (_x, r) => r[i];
    }
    case "slot": {
      const i = ir.i;
      return (_x, _r, v) => v[i];
    }
    case "add":
    case "mul":
    case "min":
    case "max":
    case "and":
    case "or":
      return naryClosure(ir.t, ir.a.map(toClosure));
    case "sub":
    case "div":
    case "pow":
    case "mod": {
      const [l, r, op] = [toClosure(ir.l), toClosure(ir.r), BINARY[ir.t]];
      return (x, q, v) => op(l(x, q, v), r(x, q, v));
    }
    case "ru": {
      const f = toClosure(ir.x);
      return (x, r, v) => fRoundup(f(x, r, v));
    }
    case "not": {
      const f = toClosure(ir.x);
      return (x, r, v) => (f(x, r, v) === 0 ? 1 : 0);
    }
    case "if": {
      const [c, th, el] = [toClosure(ir.c), toClosure(ir.th), toClosure(ir.el)];
      return (x, r, v) => (c(x, r, v) !== 0 ? th(x, r, v) : el(x, r, v));
    }
    case "cmp": {
      const [l, r, rel] = [toClosure(ir.l), toClosure(ir.r), ir.rel];
      return (x, q, v) => fCmp(rel, l(x, q, v), r(x, q, v));
    }
  }
}

function toClosure(ir: IR): Fn {
  if (typeof ir === "number") return () => ir;
  if (typeof ir === "string") throw modelError(`text "${ir}" left in a compiled expression`);
  return nodeClosure(ir);
}

/** Closures over the same IR, for a Content-Security-Policy that forbids code generation; same numbers. */
export function compileToClosures(live: readonly Statement[], outputs: readonly IR[], slotCount: number): RunFn {
  const slots = new Float64Array(slotCount);
  const steps = live.map((s) => ({ slot: s.slot, fn: toClosure(s.ir) }));
  const outFns = outputs.map(toClosure);
  return (x, r, o) => {
    for (const s of steps) slots[s.slot] = s.fn(x, r, slots);
    for (let i = 0; i < outFns.length; i++) o[i] = outFns[i](x, r, slots);
  };
}
