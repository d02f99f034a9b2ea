/**
 * In-thread stand-in for src/taskpane/risk/createRiskWorker.ts (which jest cannot load: import.meta). Every
 * test file that renders the App replaces that module with this one:
 *
 *   jest.mock("../../src/taskpane/risk/createRiskWorker", () => require("./fakeRiskWorker"));
 *
 * Answers come from the pane's own computeRisk (the worker's code) on a later task, cached per inputs so that
 * repeated renders stay quick. Tests can hold answers back (to see "computing…") and release them in any order.
 */
import { computeRisk, type RiskRequest, type RiskResponse, type RiskWorkerLike } from "../../src/taskpane/risk/riskProtocol";

const cache = new Map<string, RiskResponse>();
const log: RiskRequest[] = [];
let held: (() => void)[] | null = null;
let workers = 0;
let failLoads = 0;

/** The next `n` workers fail as a worker script that cannot load does: an error event, no answer. */
export function failWorkerLoads(n = 1): void {
  failLoads = n;
}

/** Every request posted to a fake worker, in order. */
export function riskRequests(): readonly RiskRequest[] {
  return log;
}

export function workersCreated(): number {
  return workers;
}

/** Hold answers until releaseRiskAnswers(). */
export function holdRiskAnswers(): void {
  held = [];
}

/** Deliver the held answers (in posting order, or reversed) and stop holding. */
export function releaseRiskAnswers(order: "posted" | "reversed" = "posted"): void {
  const h = held ?? [];
  held = null;
  (order === "reversed" ? [...h].reverse() : h).forEach((deliver) => deliver());
}

export function resetRiskFake(): void {
  log.length = 0;
  held = null;
  failLoads = 0;
}

class FakeRiskWorker implements RiskWorkerLike {
  onmessage: RiskWorkerLike["onmessage"] = null;
  onerror: RiskWorkerLike["onerror"] = null;
  private terminated = false;
  constructor(private readonly broken: boolean) {}

  postMessage(request: RiskRequest): void {
    log.push(request);
    if (this.broken) {
      setTimeout(() => this.onerror?.({ message: "Failed to load worker script" }), 0);
      return;
    }
    setTimeout(() => {
      if (this.terminated) return;
      const key = JSON.stringify([request.raw, request.trials, request.seed]);
      let answer = cache.get(key);
      if (!answer) cache.set(key, (answer = computeRisk(request)));
      const data = { ...answer, id: request.id };
      const deliver = () => {
        if (!this.terminated) this.onmessage?.({ data });
      };
      if (held) held.push(deliver);
      else deliver();
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

export function createRiskWorker(): RiskWorkerLike {
  workers++;
  const broken = failLoads > 0;
  if (broken) failLoads--;
  return new FakeRiskWorker(broken);
}
