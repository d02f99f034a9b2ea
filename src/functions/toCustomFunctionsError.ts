import { isEngineError } from "../engine";

/**
 * Maps anything a function throws to the #VALUE! error Excel shows with a message. Engine errors keep their
 * message (it names the argument and what is allowed), prefixed with the function's id; anything unexpected
 * gets a generic message, so no exception ever escapes to Excel uncaught or with internal details.
 *
 * `CustomFunctions` is read only here, when an error is built: the functions run in plain Node with nothing
 * but a global CustomFunctions (tests, CLI).
 */
export function toCustomFunctionsError(error: unknown, functionId: string): CustomFunctions.Error {
  const CF = CustomFunctions;
  if (typeof CF.Error === "function" && error instanceof CF.Error) return error;
  const message = isEngineError(error) ? `${functionId}: ${error.message}` : `${functionId}: the arguments could not be evaluated; check them against the function's help page`;
  return new CF.Error(CF.ErrorCode.invalidValue, message);
}
