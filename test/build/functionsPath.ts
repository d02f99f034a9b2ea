/**
 * What the custom functions load before they can register, and code that must never be in it: the workbook
 * plan, the risk model (fast model, Monte Carlo, drivers) and the checks belong to the pane. Each marker is a
 * string that survives minification (a message, an id, a name prefix) and exists in exactly one of those areas.
 */
import * as fs from "fs";
import * as path from "path";
import { scriptSources } from "../../scripts/bench/paneBench";

export const PANE_ONLY_MARKERS: Readonly<Record<"workbook plan" | "risk model" | "checks", readonly string[]>> = {
  "workbook plan": ["Total_TCO_", "Total_NPV_", "Check_All"],
  "risk model": ["a sizing row cannot refer to a line", "a trial gave a non-finite cost", "triangular", "developmentEffort", "integrationEffort"],
  // Check ids only: "buildTeamSelfBuild" is also a Sizing row's key, which the functions rightly carry.
  checks: ["ratesSourced", "ratesNonNegative", "ratesCurrent", "onCallSelfBuild", "capacityHeadroom", "contingencyBand"],
};

/** The page's local scripts other than the pane's own bundle: runtime, shared engine chunk, functions. */
export function functionsPath(dist: string): string[] {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  return scriptSources(html).filter((s) => !/^[a-z]+:\/\//i.test(s) && s !== "taskpane.js");
}

/** The bundles that carry the pane-only code: the pane itself and its risk worker. */
export const PANE_BUNDLES = ["taskpane.js", "riskWorker.js"];

/** "file: area: marker" for every marker found in the given scripts. */
export function markersIn(dist: string, scripts: readonly string[]): string[] {
  const texts = scripts.map((s) => [s, fs.readFileSync(path.join(dist, s), "utf8")] as const);
  return Object.entries(PANE_ONLY_MARKERS).flatMap(([area, markers]) =>
    markers.flatMap((m) => texts.filter(([, text]) => text.includes(m)).map(([s]) => `${s}: ${area}: ${m}`)),
  );
}
