/**
 * Recomputes the budget with the shared engine a short while after the inputs stop changing (default 150 ms).
 * While any field is invalid the last valid result stays on screen, marked stale. The first result is
 * computed synchronously so the pane never shows an empty preview.
 */
import { useEffect, useRef, useState } from "react";
import { computeBudget, type BudgetResult } from "../../engine";

export interface BudgetPreview {
  /** The last result computed from valid inputs (null only if even the first computation failed). */
  readonly result: BudgetResult | null;
  /** The raw inputs `result` was computed from. */
  readonly inputs: Readonly<Record<string, unknown>> | null;
  /** Inputs changed and a recomputation is scheduled. */
  readonly pending: boolean;
  /** The current inputs are invalid: `result` belongs to earlier inputs. */
  readonly stale: boolean;
  /** The engine threw on valid-looking inputs (a model error). */
  readonly error: string | null;
}

function compute(raw: Readonly<Record<string, unknown>>): { result: BudgetResult | null; error: string | null } {
  try {
    return { result: computeBudget(raw), error: null };
  } catch (e) {
    return { result: null, error: e instanceof Error ? e.message : String(e) };
  }
}

export function useDebouncedBudget(raw: Readonly<Record<string, unknown>>, valid: boolean, delayMs = 150): BudgetPreview {
  const key = JSON.stringify(raw);
  const [state, setState] = useState<BudgetPreview>(() => {
    if (!valid) return { result: null, inputs: null, pending: false, stale: true, error: null };
    const { result, error } = compute(raw);
    return { result, inputs: result ? raw : null, pending: false, stale: false, error };
  });
  const computedKey = useRef<string | null>(state.inputs ? key : null);
  const latestRaw = useRef(raw);
  latestRaw.current = raw;

  useEffect(() => {
    if (!valid) {
      setState((s) => (s.stale && !s.pending ? s : { ...s, pending: false, stale: true }));
      return;
    }
    if (computedKey.current === key) {
      setState((s) => (s.stale || s.pending ? { ...s, pending: false, stale: false } : s));
      return;
    }
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    const timer = setTimeout(() => {
      const inputs = latestRaw.current;
      const { result, error } = compute(inputs);
      computedKey.current = key;
      setState((s) => (result ? { result, inputs, pending: false, stale: false, error: null } : { ...s, pending: false, stale: false, error }));
    }, delayMs);
    return () => clearTimeout(timer);
  }, [key, valid, delayMs]);

  return state;
}
