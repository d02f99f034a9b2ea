import { EngineError } from "../../engine";
import { fill, STRINGS, type Lang } from "../i18n/strings";

/** `row 3, column "单价"` in the pane's language. */
function where(field: string, lang: Lang): string {
  if (lang !== "zh-CN") return field.replace(/^row/, "Row");
  return field.replace(/^row (\d+), column "(.*)"$/, "第 $1 行“$2”列");
}

/** Why an import was refused, said once in the pane's language (the column rules themselves are in English). */
export function quoteErrorText(error: unknown, lang: Lang): string {
  const t = STRINGS[lang].options;
  if (error instanceof EngineError) {
    const got = error.received === undefined ? "" : lang === "zh-CN" ? `，实为 ${error.received}` : `, got ${error.received}`;
    return fill(t.quoteError, { where: where(error.field, lang), allowed: error.allowed ?? "", got });
  }
  return fill(t.quoteUnreadable, { message: error instanceof Error ? error.message : String(error) });
}
