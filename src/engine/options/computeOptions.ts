import type { BudgetResult, PathBudget } from "../budget/BudgetResult";
import { computeBudget, type ComputeOptions } from "../budget/computeBudget";
import { EngineError } from "../EngineError";
import type { RateOverrides } from "../rateCard/rateCard";
import { runMonteCarlo, type MonteCarloOptions, type MonteCarloResult, type PathRisk } from "../risk/monteCarlo";
import type { BudgetOption } from "./BudgetOption";
import { parseRequirements } from "../requirements/validateRequirements";

/** The requirements an option is priced with: the shared ones, its own path and staffing inputs on top. */
export function optionRequirements(raw: Readonly<Record<string, unknown>>, option: BudgetOption): Record<string, unknown> {
  return { ...raw, ...option.inputs };
}

/** The rate changes an option is priced with: the shared changes, then the option's, field by field per rate. */
export function optionRates(shared: RateOverrides = {}, option: BudgetOption): RateOverrides {
  const out: Record<string, RateOverrides[string]> = { ...shared };
  for (const [key, change] of Object.entries(option.rates)) out[key] = { ...shared[key], ...change };
  return out;
}

const overridesNothing = (o: BudgetOption): boolean => Object.keys(o.inputs).length === 0 && Object.keys(o.rates).length === 0;

/** Options with the same effective inputs and rates share one computation (the three default options do). */
function sharedBy<T>(options: readonly BudgetOption[], raw: Readonly<Record<string, unknown>>, shared: RateOverrides | undefined, run: (raw: Readonly<Record<string, unknown>>, rates: RateOverrides) => T): T[] {
  const done = new Map<string, T>();
  return options.map((o) => {
    const req = overridesNothing(o) ? raw : optionRequirements(raw, o);
    const rates = optionRates(shared, o);
    const key = JSON.stringify([req, rates]);
    let value = done.get(key);
    if (value === undefined) {
      try {
        value = run(req, rates);
      } catch (e) {
        throw e instanceof EngineError ? new EngineError({ code: e.code, field: `options.${o.id}: ${e.field}`, allowed: e.allowed, received: e.received }) : e;
      }
      done.set(key, value);
    }
    return value;
  });
}

export interface OptionBudget {
  readonly option: BudgetOption;
  /** The option's path as computed with its own inputs and rates. */
  readonly budget: PathBudget;
  /** The whole computation behind it (calendar, sizing, users), shared with options that override nothing else. */
  readonly result: BudgetResult;
}

/**
 * A catalogue profile fills one price list (China or international); the deployment region, shared by every
 * option, decides which list prices. Under the other region the profile's prices would be silently unused.
 */
function checkRegions(raw: Readonly<Record<string, unknown>>, options: readonly BudgetOption[]): void {
  const region = parseRequirements(raw).deploymentRegion === "cn" ? "cn" : "intl";
  const list = { cn: "China", intl: "international" } as const;
  for (const o of options) {
    if (o.priceList === undefined || o.priceList === region) continue;
    throw new EngineError({ code: "unknownOption", field: `options.${o.id}.catalogue`, allowed: `a profile of the ${list[region]} price list, which this deployment prices (${o.catalogue} fills the ${list[o.priceList]} list)`, received: o.catalogue });
  }
}

/**
 * Every option's budget: its path, priced with the shared requirements and its own overrides. A budget already
 * computed from `raw` and `compute` (the pane's preview) serves every option that overrides nothing.
 */
export function computeOptions(raw: Readonly<Record<string, unknown>>, options: readonly BudgetOption[], compute: ComputeOptions = {}, base?: BudgetResult): OptionBudget[] {
  checkRegions(raw, options);
  const results = sharedBy(options, raw, compute.rateOverrides, (req, rateOverrides) => (base && req === raw ? base : computeBudget(req, { ...compute, rateOverrides })));
  return options.map((option, i) => ({ option, budget: results[i].paths[option.path], result: results[i] }));
}

/**
 * Every option's Monte Carlo view. Each driver draws from its own stream, seeded by the run's seed and the
 * driver's id, so all options see the same draws: a difference between two options is never noise.
 */
export function optionsMonteCarlo(raw: Readonly<Record<string, unknown>>, options: readonly BudgetOption[], mc: MonteCarloOptions = {}, base?: MonteCarloResult): { readonly option: BudgetOption; readonly risk: PathRisk }[] {
  const run = (req: Record<string, unknown>, rateOverrides: RateOverrides) => runMonteCarlo(req, { ...mc, rateOverrides });
  // A run already made with the shared inputs (the CLI's) serves every option that overrides nothing.
  const runs = sharedBy(options, raw, mc.rateOverrides, (req, rates) => (base && req === raw ? base : run(req, rates)));
  return options.map((option, i) => ({ option, risk: runs[i].paths[option.path] }));
}
