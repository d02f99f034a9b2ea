/**
 * The pane's risk analysis as messages: a request carries the raw inputs (plain JSON), the answer carries the
 * engine's Monte Carlo result and sensitivity (plain JSON too). `computeRisk` is the whole computation; the
 * Web Worker (riskWorker.ts) runs it off the UI thread, `InThreadRiskWorker` runs it on the page (fallback
 * where Worker is missing; the jsdom tests use it through a fake of createRiskWorker).
 */
import { DEFAULT_SEED, DEFAULT_TRIALS, runMonteCarlo, type FastBackend, type MonteCarloResult, sensitivity, type SensitivityResult } from "../../engine";

export const RISK_TRIALS = DEFAULT_TRIALS;
export const RISK_SEED = DEFAULT_SEED;

export interface RiskRequest {
  /** Increases with every request; the pane ignores answers to all but the latest. */
  readonly id: number;
  readonly raw: Readonly<Record<string, unknown>>;
  readonly trials: number;
  readonly seed: number;
}

export type RiskResponse =
  | { readonly id: number; readonly ok: true; readonly monteCarlo: MonteCarloResult; readonly sensitivity: SensitivityResult; readonly ms: number }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** What the pane needs of a Worker (a real one matches it). */
export interface RiskWorkerLike {
  onmessage: ((event: { readonly data: RiskResponse }) => void) | null;
  onerror: ((event: { readonly message?: string }) => void) | null;
  postMessage(request: RiskRequest): void;
  terminate(): void;
}

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

/**
 * The pane's fast-model backend: closures, never code generation. The pane's Content-Security-Policy has no
 * 'unsafe-eval', so `new Function` must not even be tried (a refused try is a CSP violation report).
 */
export const PANE_BACKEND = "closure" satisfies FastBackend;

/** Monte Carlo + sensitivity for one request (pure, synchronous: a few hundred ms for 10,000 trials). */
export function computeRisk(request: RiskRequest): RiskResponse {
  const t0 = now();
  try {
    const monteCarlo = runMonteCarlo(request.raw, { trials: request.trials, seed: request.seed, backend: PANE_BACKEND });
    const sens = sensitivity(request.raw, { backend: PANE_BACKEND });
    return { id: request.id, ok: true, monteCarlo, sensitivity: sens, ms: Math.round(now() - t0) };
  } catch (e) {
    return { id: request.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Keeps only the newest request and runs it on the next task: requests that arrive while one is being
 * computed replace each other, so a burst of edits costs one stale run at most.
 */
export function latestOnly(run: (request: RiskRequest) => void): (request: RiskRequest) => void {
  let pending: RiskRequest | null = null;
  let scheduled = false;
  return (request) => {
    pending = request;
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      const next = pending;
      pending = null;
      if (next) run(next);
    }, 0);
  };
}

/** The same protocol on the page's own thread. */
export class InThreadRiskWorker implements RiskWorkerLike {
  onmessage: RiskWorkerLike["onmessage"] = null;
  onerror: RiskWorkerLike["onerror"] = null;
  private terminated = false;
  private readonly enqueue = latestOnly((request) => {
    if (this.terminated) return;
    const data = computeRisk(request);
    if (!this.terminated) this.onmessage?.({ data });
  });

  postMessage(request: RiskRequest): void {
    if (!this.terminated) this.enqueue(request);
  }

  terminate(): void {
    this.terminated = true;
  }
}
