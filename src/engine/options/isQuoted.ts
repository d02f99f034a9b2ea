import type { BudgetOption } from "./BudgetOption";

/** Whether any of the option's prices comes from a vendor's quote. */
export const isQuoted = (option: BudgetOption): boolean => Object.values(option.rates).some((r) => r.status === "QUOTED");
