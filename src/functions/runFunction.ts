import { Decimal, EngineError } from "../engine";
import { coerceArguments } from "./coerceArguments";
import { FUNCTION_IMPLEMENTATIONS, type FunctionOutput } from "./functionImplementations";
import type { FunctionId } from "./parameterSpecs";
import { toCustomFunctionsError } from "./toCustomFunctionsError";

/** Excel's largest number (9.99999999999999E+307); beyond it a cell cannot hold the result. */
const EXCEL_MAX = 9.99999999999999e307;

/** What Excel receives: a number, or rows of cells for a spilled range. */
type ExcelValue<T> = T extends Decimal ? number : T extends readonly (readonly (infer C)[])[] ? ExcelValue<C>[][] : T;
export type ExcelResult<Id extends FunctionId> = ExcelValue<ReturnType<(typeof FUNCTION_IMPLEMENTATIONS)[Id]["implementation"]>>;

function tooLarge(): EngineError {
  return new EngineError(
    { code: "tooLarge", field: "result", allowed: "a number Excel can hold (up to ±9.99E+307)" },
    "the result is too large for Excel (beyond ±9.99E+307); check the arguments",
  );
}

function toExcelNumber(value: Decimal | number): number {
  const n = typeof value === "number" ? value : value.toNumber();
  if (!(Math.abs(n) <= EXCEL_MAX)) throw tooLarge(); // also NaN
  return n === 0 ? 0 : n; // no −0
}

function toExcel(output: FunctionOutput): number | (number | string)[][] {
  if (!Array.isArray(output)) return toExcelNumber(output as Decimal);
  return (output as FunctionOutput & readonly unknown[]).map((row) =>
    (row as readonly (Decimal | number | string)[]).map((cell) => (typeof cell === "string" ? cell : toExcelNumber(cell))),
  );
}

/**
 * The one path every worksheet function takes: check the raw arguments against the declared specs, call the
 * engine, convert decimals to plain numbers at the edge, and turn any failure into #VALUE! with a message.
 */
export function runFunction<Id extends FunctionId>(id: Id, args: readonly unknown[]): ExcelResult<Id> {
  try {
    const { specs, implementation } = FUNCTION_IMPLEMENTATIONS[id];
    const typed = coerceArguments(specs, args);
    return toExcel((implementation as (a: unknown) => FunctionOutput)(typed)) as ExcelResult<Id>;
  } catch (error) {
    throw toCustomFunctionsError(error, id);
  }
}
