import { fCmp, fMod, fRoundup } from "./floatSemantics";
import { modelError, type IR, type Node } from "./ir";
import type { RunFn, Statement } from "./runFn";

type Fn = (x: Float64Array, r: Float64Array, v: Float64Array) => number;

/** a ∘ b for the arithmetic operators, with the common shapes (a slot or input with a constant) specialised. */
function pairClosure(t: "add" | "mul", a: Fn, b: Fn): Fn {
  return t === "add" ? (x, r, v) => a(x, r, v) + b(x, r, v) : (x, r, v) => a(x, r, v) * b(x, r, v);
}

// Chains of two-operand closures and plain loops: no spread, array or every() allocated per call. The pane runs
// this backend (its CSP forbids code generation); riskBench shows its cost against generated code.
function naryClosure(t: "add" | "mul" | "min" | "max" | "and" | "or", fs: readonly Fn[]): Fn {
  if (fs.length === 1) return fs[0];
  switch (t) {
    case "add":
    case "mul": {
      if (fs.length === 2) return pairClosure(t, fs[0], fs[1]);
      // Left to right, as the generated code adds: ((a ∘ b) ∘ c) ∘ …
      return fs.slice(2).reduce((acc, f) => pairClosure(t, acc, f), pairClosure(t, fs[0], fs[1]));
    }
    case "min":
    case "max": {
      const pick = t === "min" ? Math.min : Math.max;
      if (fs.length === 2) {
        const [a, b] = fs;
        return (x, r, v) => pick(a(x, r, v), b(x, r, v));
      }
      return (x, r, v) => {
        let acc = fs[0](x, r, v);
        for (let i = 1; i < fs.length; i++) acc = pick(acc, fs[i](x, r, v));
        return acc;
      };
    }
    case "and":
      return (x, r, v) => {
        for (let i = 0; i < fs.length; i++) if (fs[i](x, r, v) === 0) return 0;
        return 1;
      };
    default:
      return (x, r, v) => {
        for (let i = 0; i < fs.length; i++) if (fs[i](x, r, v) !== 0) return 1;
        return 0;
      };
  }
}

const BINARY: Readonly<Record<"pow" | "mod", (a: number, b: number) => number>> = {
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
    case "sub": {
      const [l, r] = [toClosure(ir.l), toClosure(ir.r)];
      return (x, q, v) => l(x, q, v) - r(x, q, v);
    }
    case "div": {
      const [l, r] = [toClosure(ir.l), toClosure(ir.r)];
      return (x, q, v) => l(x, q, v) / r(x, q, v);
    }
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
  const stepSlots = Int32Array.from(live.map((s) => s.slot));
  const stepFns = live.map((s) => toClosure(s.ir));
  const outFns = outputs.map(toClosure);
  return (x, r, o) => {
    for (let i = 0; i < stepFns.length; i++) slots[stepSlots[i]] = stepFns[i](x, r, slots);
    for (let i = 0; i < outFns.length; i++) o[i] = outFns[i](x, r, slots);
  };
}
