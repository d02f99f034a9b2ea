/**
 * The custom-functions path (runtime.js + engine.js + functions.js, what Excel waits for before the functions
 * register) holds no workbook-plan, risk or checks code: adapters import the engine through its index, and
 * `"sideEffects": false` in package.json lets webpack drop the index's re-exports the functions never use.
 * Without that flag the functions path grew from 133 KiB to 226 KiB and this test failed.
 * Needs dist/ (npm run build): skipped with a warning locally, fails under CI.
 */
import * as path from "path";
import { requireBuild } from "../support/requireBuild";
import { PANE_BUNDLES, PANE_ONLY_MARKERS, functionsPath, markersIn } from "./functionsPath";

const dist = path.resolve(__dirname, "..", "..", "dist");
const built = requireBuild(dist, "functions path test");

(built ? describe : describe.skip)("the custom-functions path stays small", () => {
  test("it is the webpack runtime, the shared engine chunk and functions.js", () => {
    expect(functionsPath(dist)).toEqual(expect.arrayContaining(["runtime.js", "functions.js"]));
    expect(functionsPath(dist)).not.toContain("taskpane.js");
  });

  test("every marker is live: it is found in the pane's bundles, so its absence below means something", () => {
    const found = new Set(markersIn(dist, PANE_BUNDLES).map((hit) => hit.replace(/^[^:]+: /, "")));
    const all = Object.entries(PANE_ONLY_MARKERS).flatMap(([area, markers]) => markers.map((m) => `${area}: ${m}`));
    expect(all.filter((m) => !found.has(m))).toEqual([]);
  });

  test("no workbook-plan, risk-model or checks code is in it", () => {
    expect(markersIn(dist, functionsPath(dist))).toEqual([]);
  });
});
