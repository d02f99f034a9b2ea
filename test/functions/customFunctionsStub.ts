/**
 * A global CustomFunctions like Excel's, for running the worksheet functions in Node. Import it first in
 * every test file that calls them: `import "./customFunctionsStub";`.
 */

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsErrorStub extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

export const associated = new Map<string, Function>();

const stub = {
  Error: CustomFunctionsErrorStub,
  ErrorCode,
  associate(idOrMappings: string | Record<string, Function>, fn?: Function): void {
    if (typeof idOrMappings === "string") associated.set(idOrMappings, fn as Function);
    else for (const [id, f] of Object.entries(idOrMappings)) associated.set(id, f);
  },
};

(globalThis as unknown as { CustomFunctions: typeof stub }).CustomFunctions = stub;

/** Calls fn and returns the CustomFunctions.Error it throws; fails the test when it returns or throws anything else. */
export function errorOf(fn: () => unknown): CustomFunctionsErrorStub {
  let result: unknown;
  try {
    result = fn();
  } catch (error) {
    if (error instanceof CustomFunctionsErrorStub) return error;
    throw new Error(`expected a CustomFunctions.Error, got ${String(error)}`);
  }
  throw new Error(`expected a CustomFunctions.Error, got the result ${JSON.stringify(result)}`);
}
