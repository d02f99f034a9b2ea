/**
 * The Office requirement sets IMCOST needs, as data, and a pure check the pane runs on start-up.
 * Kept free of Office globals so it can be unit-tested: the caller passes `Office.context.requirements.isSetSupported`.
 */

export interface RequirementSet {
  /** Requirement set name as Office.js knows it, e.g. "ExcelApi". */
  readonly name: string;
  /** Minimum version, e.g. "1.9". */
  readonly version: string;
  /** Why IMCOST needs it (English). */
  readonly why: string;
  /** Why IMCOST needs it (Chinese). */
  readonly whyZh: string;
}

export const REQUIRED_SETS: readonly RequirementSet[] = [
  {
    name: "SharedRuntime",
    version: "1.1",
    why: "the task pane and the IMCOST functions share one runtime",
    whyZh: "任务窗格与 IMCOST 函数共用一个运行时",
  },
  {
    name: "CustomFunctionsRuntime",
    version: "1.1",
    why: "the IMCOST worksheet functions",
    whyZh: "IMCOST 工作表函数",
  },
  {
    name: "ExcelApi",
    version: "1.9",
    why: "writing the budget workbook",
    whyZh: "生成预算工作簿",
  },
];

/** Which Excel builds have all of REQUIRED_SETS (SharedRuntime 1.1 is the newest of them). */
export const SUPPORTED_EXCEL = {
  en: "Microsoft 365 Excel on Windows (version 2002 or later), Excel on Mac 16.35 or later, or Excel on the web",
  zh: "Microsoft 365 版 Windows Excel（2002 版或更高）、Mac 版 Excel 16.35 或更高版本，或 Excel 网页版",
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
  const zh = isChinese(displayLanguage);
  const list = missing.map((s) => (zh ? `${s.name} ${s.version}（${s.whyZh}）` : `${s.name} ${s.version} (${s.why})`));
  return zh
    ? `此版本的 Excel 缺少 IMCOST 所需的功能：${list.join("；")}。请使用 ${SUPPORTED_EXCEL.zh}。`
    : `This version of Excel lacks what IMCOST needs: ${list.join("; ")}. Please use ${SUPPORTED_EXCEL.en}.`;
}
