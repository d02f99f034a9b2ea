/**
 * Runs the Monte Carlo and the sensitivity in the risk worker once the budget preview has settled: a request
 * `delayMs` (400 ms) after the preview's inputs last changed (the first one at once), with a request id so
 * that only the answer to the latest request is kept. While a request is out, the last result stays on
 * screen with status "computing". The worker is created on first use and terminated on unmount.
 */
import { useEffect, useRef, useState } from "react";
import type { MonteCarloResult, SensitivityResult } from "../../engine";
import { createRiskWorker } from "../risk/createRiskWorker";
import { InThreadRiskWorker, RISK_SEED, RISK_TRIALS, type RiskRequest, type RiskResponse, type RiskWorkerLike } from "../risk/riskProtocol";

export interface RiskData {
  /** JSON of the raw inputs the result was computed from. */
  readonly key: string;
  /** The raw inputs the result was computed from. */
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly monteCarlo: MonteCarloResult;
  readonly sensitivity: SensitivityResult;
  /** Time the worker took. */
  readonly ms: number;
}

export interface RiskAnalysis {
  readonly status: "idle" | "computing" | "done" | "error";
  /** The latest result (possibly for earlier inputs while status is "computing" or "error"). */
  readonly data: RiskData | null;
  readonly error: string | null;
}

export interface RiskAnalysisOptions {
  readonly delayMs?: number;
  readonly trials?: number;
  readonly seed?: number;
}

export function useRiskAnalysis(inputs: Readonly<Record<string, unknown>> | null, options: RiskAnalysisOptions = {}): RiskAnalysis {
  const { delayMs = 400, trials = RISK_TRIALS, seed = RISK_SEED } = options;
  const key = inputs ? JSON.stringify(inputs) : null;
  const [state, setState] = useState<RiskAnalysis>({ status: inputs ? "computing" : "idle", data: null, error: null });
  const worker = useRef<RiskWorkerLike | null>(null);
  const latestId = useRef(0);
  /** The key of the latest request (answers for it become `data`). */
  const requestKey = useRef<string | null>(null);
  const requestInputs = useRef<Readonly<Record<string, unknown>>>({});
  const lastRequest = useRef<RiskRequest | null>(null);
  const dataKey = useRef<string | null>(null);
  const latestInputs = useRef(inputs);
  latestInputs.current = inputs;
  const started = useRef(false);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  /** Keeps the answer to the latest request; drops the others. Reads refs only, so it never goes stale. */
  const onAnswer = useRef((answer: RiskResponse) => {
    if (answer.id !== latestId.current) return;
    if (answer.ok) {
      const data: RiskData = { key: requestKey.current ?? "", inputs: requestInputs.current, monteCarlo: answer.monteCarlo, sensitivity: answer.sensitivity, ms: answer.ms };
      dataKey.current = data.key;
      setState({ status: "done", data, error: null });
    } else {
      setState((s) => ({ ...s, status: "error", error: answer.error }));
    }
  });

  /** Wires a worker to onAnswer. A worker that fails to load (an error event: computeRisk itself never throws)
   * is replaced by the in-thread fallback, which gets the last request again. */
  const connect = (w: RiskWorkerLike): RiskWorkerLike => {
    w.onmessage = (e) => onAnswer.current(e.data);
    w.onerror = () => {
      w.terminate();
      if (worker.current !== w) return;
      worker.current = connect(new InThreadRiskWorker());
      if (lastRequest.current) worker.current.postMessage(lastRequest.current);
    };
    return w;
  };

  useEffect(() => {
    if (key === null) return;
    const id = ++latestId.current; // answers to earlier requests are stale from now on
    if (dataKey.current === key) {
      setState((s) => (s.status === "done" ? s : { ...s, status: "done", error: null }));
      return;
    }
    setState((s) => (s.status === "computing" ? s : { ...s, status: "computing" }));
    const post = () => {
      try {
        if (!worker.current) worker.current = connect(createRiskWorker());
        requestKey.current = key;
        requestInputs.current = latestInputs.current ?? {};
        lastRequest.current = { id, raw: requestInputs.current, trials, seed };
        worker.current.postMessage(lastRequest.current);
      } catch (e) {
        setState((s) => ({ ...s, status: "error", error: e instanceof Error ? e.message : String(e) }));
      }
    };
    const timer = setTimeout(post, started.current ? delayMs : 0);
    started.current = true;
    return () => clearTimeout(timer);
  }, [key, delayMs, trials, seed]);

  return state;
}
