/**
 * The one place that creates the risk worker. `new Worker(new URL(…, import.meta.url))` is what webpack 5
 * turns into a separate worker chunk; jest cannot parse import.meta, so tests replace this module
 * (jest.mock) with an in-thread fake. Where Worker is missing, the analysis runs on the page instead.
 */
import { InThreadRiskWorker, type RiskWorkerLike } from "./riskProtocol";

export function createRiskWorker(): RiskWorkerLike {
  if (typeof Worker === "undefined") return new InThreadRiskWorker();
  try {
    return new Worker(/* webpackChunkName: "riskWorker" */ new URL("./riskWorker.ts", import.meta.url), { name: "imcost-risk" }) as unknown as RiskWorkerLike;
  } catch {
    return new InThreadRiskWorker();
  }
}
