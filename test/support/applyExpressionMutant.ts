/**
 * Jest setup file: with IMCOST_EXPR_MUTANT=<n> in the environment (set only by `npm run test:mutation:expr`),
 * every test file runs against the model with expression mutant n applied. Without it, nothing happens.
 */
import { applyMutant } from "./expressionMutants";

const mutant = process.env.IMCOST_EXPR_MUTANT;
if (mutant !== undefined && mutant !== "") applyMutant(Number(mutant));
