/**
 * The Office requirement sets IMCOST needs, as data, and a pure check the pane runs on start-up.
 * Kept free of Office globals so it can be unit-tested: the caller passes `Office.context.requirements.isSetSupported`.
 */
import { fill, STRINGS } from "./i18n/strings";

export type RequirementSetName = "SharedRuntime" | "CustomFunctionsRuntime" | "ExcelApi";

export interface RequirementSet {
  /** Requirement set name as Office.js knows it, e.g. "ExcelApi" (why IMCOST needs it: the catalogues). */
  readonly name: RequirementSetName;
  /** Minimum version, e.g. "1.9". */
  readonly version: string;
}

export const REQUIRED_SETS: readonly RequirementSet[] = [
  { name: "SharedRuntime", version: "1.1" },
  { name: "CustomFunctionsRuntime", version: "1.1" },
  { name: "ExcelApi", version: "1.9" },
];

/** Which Excel builds have all of REQUIRED_SETS, in each language (from the catalogues). */
export const SUPPORTED_EXCEL = {
  en: STRINGS["en-US"].unsupported.supportedExcel,
  zh: STRINGS["zh-CN"].unsupported.supportedExcel,
} as const;

export type IsSetSupported = (name: string, version: string) => boolean;

/**
 * Returns the sets from `sets` that `isSupported` reports missing, in declaration order (empty = all present).
 * A checker that throws counts as "missing" rather than breaking start-up.
 */
export function missingRequirementSets(
  isSupported: IsSetSupported,
  sets: readonly RequirementSet[] = REQUIRED_SETS,
): RequirementSet[] {
  return sets.filter((s) => {
    try {
      return !isSupported(s.name, s.version);
    } catch {
      return true;
    }
  });
}

/** True when the Office display language (e.g. "zh-CN", "zh-TW", "zh") is Chinese. */
export function isChinese(displayLanguage: string | undefined | null): boolean {
  return /^zh\b/i.test(displayLanguage ?? "");
}

/** The plain message shown instead of the pane when sets are missing, in the display language. */
export function unsupportedMessage(missing: readonly RequirementSet[], displayLanguage?: string | null): string {
  const t = STRINGS[isChinese(displayLanguage) ? "zh-CN" : "en-US"].unsupported;
  const list = missing.map((s) => fill(t.item, { name: s.name, version: s.version, why: t.why[s.name] }));
  return fill(t.message, { list: list.join(t.separator), supported: t.supportedExcel });
}
