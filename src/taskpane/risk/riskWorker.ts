/**
 * The risk Web Worker: answers each RiskRequest with the engine's Monte Carlo result and sensitivity (see
 * riskProtocol.ts). Bundled by webpack as its own chunk (createRiskWorker.ts); never loaded by taskpane.html.
 */
import { computeRisk, latestOnly, type RiskRequest, type RiskResponse } from "./riskProtocol";

interface WorkerScope {
  onmessage: ((event: { readonly data: RiskRequest }) => void) | null;
  postMessage(message: RiskResponse): void;
}

const scope = self as unknown as WorkerScope;
const run = latestOnly((request) => scope.postMessage(computeRisk(request)));
scope.onmessage = (event) => run(event.data);
