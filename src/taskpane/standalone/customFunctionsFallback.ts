/**
 * Runs first in the functions bundle (webpack.config.js lists it before functions.ts). The build appends bare
 * `CustomFunctions.associate(…)` calls to functions.ts; in a plain browser where office.js did not load
 * (offline, blocked, 404) there is no CustomFunctions global, so those calls would throw before the pane even
 * starts. A do-nothing stand-in lets the page go on as the standalone calculator. Wherever office.js loaded
 * (in Excel, or in a browser tab, where it defines its own CustomFunctions) this changes nothing.
 */
const scope = globalThis as { CustomFunctions?: unknown };
if (typeof scope.CustomFunctions === "undefined") scope.CustomFunctions = { associate: (): void => undefined };

export {};
