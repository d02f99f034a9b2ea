import type { BudgetOption } from "./BudgetOption";

/** Longest id OPTION_ID_PATTERN allows. */
const MAX_ID_CHARS = 31;

/**
 * An id no option has yet, ignoring case (Excel names are case-blind): `base` itself, else base2, base3 …,
 * shortened so the number still fits the id rule. `base` must already match OPTION_ID_PATTERN.
 */
export function freeOptionId(options: readonly BudgetOption[], base: string): string {
  const taken = new Set(options.map((o) => o.id.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = String(n);
    const id = base.slice(0, MAX_ID_CHARS - suffix.length) + suffix;
    if (!taken.has(id.toLowerCase())) return id;
  }
}
