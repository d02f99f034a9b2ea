import type { IR } from "./ir";

/** One run of the model: driven inputs x and rates r in, every output into `out`. */
export type RunFn = (x: Float64Array, r: Float64Array, out: Float64Array) => void;

/** A computed value, stored in its slot and read by later statements and outputs. */
export interface Statement {
  readonly slot: number;
  readonly ir: IR;
}
