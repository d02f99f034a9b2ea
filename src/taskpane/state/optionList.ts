/**
 * The pane's options list as pure operations: each returns the new list or throws an EngineError, so a
 * refused change leaves the list as it was.
 */
import { EngineError, MAX_OPTIONS, MAX_OPTION_NAME_CHARS, freeOptionId, parseOptionName, type BudgetOption } from "../../engine";

/** Refuses a new option when the list is full. */
export function roomForOne(options: readonly BudgetOption[]): void {
  if (options.length >= MAX_OPTIONS) throw new EngineError({ code: "tooLarge", field: "options", allowed: `at most ${MAX_OPTIONS} options`, received: String(options.length + 1) });
}

/** A copy of option `id` right after it, to change without losing the original. */
export function duplicateOption(options: readonly BudgetOption[], id: string, copyName: (name: string) => string): BudgetOption[] {
  roomForOne(options);
  const i = options.findIndex((o) => o.id === id);
  if (i < 0) return [...options];
  const original = options[i];
  const name = copyName(original.name).slice(0, MAX_OPTION_NAME_CHARS);
  const copy: BudgetOption = { ...original, id: freeOptionId(options, original.id), name };
  return [...options.slice(0, i + 1), copy, ...options.slice(i + 1)];
}

/** The option renamed; its id (and so its Total_TCO_<id>) stays. */
export function renameOption(options: readonly BudgetOption[], id: string, name: string): BudgetOption[] {
  const checked = parseOptionName(name, `options.${id}.name`);
  return options.map((o) => (o.id === id ? { ...o, name: checked } : o));
}

/** The list without option `id`; the last option is never removed. */
export function removeOption(options: readonly BudgetOption[], id: string): BudgetOption[] {
  return options.length <= 1 ? [...options] : options.filter((o) => o.id !== id);
}
