import zh from "./functionsZh.json";
import type { FunctionId } from "./parameterSpecs";

/**
 * Chinese (zh-CN) descriptions of every function and parameter, as data. The English ones are the JSDoc in
 * functions.ts; the build (scripts/webpack/FunctionsLocalePlugin.js, scripts/functions-metadata.js) reads the
 * same JSON file to produce functions-zh-cn.json, where names stay equal to the ids.
 */
export interface FunctionZh {
  readonly description: string;
  /** Parameter name (as in functions.ts) → its Chinese name, shown in Excel's formula tooltip. */
  readonly parameterNames: Readonly<Record<string, string>>;
  /** Parameter name (as in functions.ts) → description. */
  readonly parameters: Readonly<Record<string, string>>;
}

export const FUNCTIONS_ZH: Readonly<Record<FunctionId, FunctionZh>> = zh;
