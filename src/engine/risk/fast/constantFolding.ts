import { fCmp, fMod, fRoundup, type Rel } from "./floatSemantics";
import { asNum, modelError, type IR } from "./ir";

/** Builders of IR nodes that fold constants as they go (x + 0, x × 1, x × 0, constant operands …). */
export function nary(t: "add" | "mul" | "min" | "max", args: readonly IR[]): IR {
  const parts: IR[] = [];
  let c: number | null = null;
  for (const raw of args) {
    const a = asNum(raw, t);
    if (typeof a !== "number") {
      parts.push(a);
      continue;
    }
    if (c === null) c = a;
    else if (t === "add") c += a;
    else if (t === "mul") c *= a;
    else if (t === "min") c = Math.min(c, a);
    else c = Math.max(c, a);
  }
  if (parts.length === 0) return c ?? (t === "mul" ? 1 : 0);
  if (t === "mul" && c === 0) return 0;
  if (c !== null && !((t === "add" && c === 0) || (t === "mul" && c === 1))) parts.push(c);
  return parts.length === 1 ? parts[0] : { t, a: parts };
}

function binaryConst(t: "sub" | "div" | "pow" | "mod", l: number, r: number): number {
  switch (t) {
    case "sub":
      return l - r;
    case "div":
      if (r === 0) throw modelError("division by zero");
      return l / r;
    case "pow":
      return Math.pow(l, r);
    default:
      if (r === 0) throw modelError("MOD by zero");
      return fMod(l, r);
  }
}

export function binary(t: "sub" | "div" | "pow" | "mod", lRaw: IR, rRaw: IR): IR {
  const l = asNum(lRaw, t);
  const r = asNum(rRaw, t);
  if (typeof l === "number" && typeof r === "number") return binaryConst(t, l, r);
  if (t === "sub" && r === 0) return l;
  if (t === "div" && r === 1) return l;
  if (t === "pow" && r === 1) return l;
  if (t === "pow" && r === 0) return 1;
  return { t, l, r };
}

export function compare(rel: Rel, l: IR, r: IR): IR {
  if (typeof l === "string" || typeof r === "string") {
    if (typeof l === "object" || typeof r === "object") throw modelError(`text compared with a driven number`);
    const eq = typeof l === "string" && typeof r === "string" ? l.toLowerCase() === r.toLowerCase() : false;
    if (rel === "=") return eq ? 1 : 0;
    if (rel === "<>") return eq ? 0 : 1;
    throw modelError(`text compared with ${rel}`);
  }
  if (typeof l === "number" && typeof r === "number") return fCmp(rel, l, r);
  return { t: "cmp", rel, l, r };
}

/** AND/OR: every operand was partially evaluated (errors surface); a deciding constant then settles it. */
export function logical(t: "and" | "or", args: readonly IR[]): IR {
  const nodes: IR[] = [];
  for (const raw of args) {
    const a = asNum(raw, t);
    if (typeof a === "number") {
      if (t === "and" && a === 0) return 0;
      if (t === "or" && a !== 0) return 1;
    } else nodes.push(a);
  }
  if (nodes.length === 0) return t === "and" ? 1 : 0;
  return { t, a: nodes };
}

export function roundupOf(raw: IR): IR {
  const x = asNum(raw, "ROUNDUP");
  return typeof x === "number" ? fRoundup(x) : { t: "ru", x };
}

export function notOf(raw: IR): IR {
  const x = asNum(raw, "NOT");
  return typeof x === "number" ? (x === 0 ? 1 : 0) : { t: "not", x };
}
