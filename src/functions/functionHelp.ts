import help from "./functionHelp.json";
import type { FunctionId } from "./parameterSpecs";

/**
 * Help-page content per function, as data (English and Chinese): what it returns, notes, how blanks behave,
 * and examples with their expected results. scripts/help/renderHelpPages.js renders the same JSON into
 * help/<id>.html; a test runs every example through the real function and checks its result, so the pages
 * cannot show a wrong answer.
 */
export interface Bilingual<T = string> {
  readonly en: T;
  readonly zh: T;
}

export interface HelpExample {
  /** Arguments in order, as Excel passes them (ranges as rows of cells; null = left out). */
  readonly args: readonly unknown[];
  /** The expected number or spilled rows; rounded when `approx`. */
  readonly result?: number | readonly (readonly number[])[];
  readonly approx?: boolean;
  /** For tables: [rows, columns] of the spilled result. */
  readonly shape?: readonly [number, number];
  readonly en: string;
  readonly zh: string;
}

export interface FunctionHelp {
  readonly returns: Bilingual;
  readonly notes: Bilingual<readonly string[]>;
  readonly blanks: Bilingual;
  readonly examples: readonly HelpExample[];
}

export const FUNCTION_HELP: Readonly<Record<FunctionId, FunctionHelp>> = help as unknown as Readonly<Record<FunctionId, FunctionHelp>>;
