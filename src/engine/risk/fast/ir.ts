import type { Rel } from "./floatSemantics";

/**
 * The fast model's intermediate form: what is left of an expression after everything no risk driver
 * touches has been folded to a constant. `in`/`rt` read the driven inputs x and rates r; `slot` reads a value
 * computed earlier in the same run.
 */
export type Const = number | string;
export type Node =
  | { readonly t: "in" | "rt" | "slot"; readonly i: number }
  | { readonly t: "add" | "mul" | "min" | "max" | "and" | "or"; readonly a: readonly IR[] }
  | { readonly t: "sub" | "div" | "pow" | "mod"; readonly l: IR; readonly r: IR }
  | { readonly t: "ru" | "not"; readonly x: IR }
  | { readonly t: "cmp"; readonly rel: Rel; readonly l: IR; readonly r: IR }
  | { readonly t: "if"; readonly c: IR; readonly th: IR; readonly el: IR };
export type IR = Const | Node;

export function modelError(message: string): Error {
  return new Error(`Model error: ${message}`);
}

export function asNum(v: IR, where: string): number | Node {
  if (typeof v === "string") throw modelError(`text "${v}" used as a number in ${where}`);
  return v;
}

/** The operands of a node. */
export function operandsOf(node: Node): readonly IR[] {
  switch (node.t) {
    case "in":
    case "rt":
    case "slot":
      return [];
    case "add":
    case "mul":
    case "min":
    case "max":
    case "and":
    case "or":
      return node.a;
    case "ru":
    case "not":
      return [node.x];
    case "if":
      return [node.c, node.th, node.el];
    default:
      return [node.l, node.r];
  }
}

/** Calls `out` for every slot an IR reads (directly, not through other slots). */
export function visitSlots(ir: IR, out: (slot: number) => void): void {
  if (typeof ir !== "object") return;
  if (ir.t === "slot") out(ir.i);
  else for (const x of operandsOf(ir)) visitSlots(x, out);
}
