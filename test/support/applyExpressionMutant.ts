/**
 * Jest setup file: with IMCOST_EXPR_MUTANT=<n> in the environment (set only by `npm run test:mutation:expr`),
 * every test file runs against the model with expression mutant n applied. Without it, nothing is loaded.
 */
const mutant = process.env.IMCOST_EXPR_MUTANT;
if (mutant !== undefined && mutant !== "") {
  // Loaded only here, so ordinary test files (the pane's among them) do not load the model definitions.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { applyMutant } = require("./expressionMutants") as typeof import("./expressionMutants");
  applyMutant(Number(mutant));
}
