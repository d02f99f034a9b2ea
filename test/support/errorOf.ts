import type { EngineError } from "../../src/engine";

/** The error a call throws; fails the test when it throws none. */
export function errorOf(f: () => unknown): EngineError {
  try {
    f();
  } catch (e) {
    return e as EngineError;
  }
  throw new Error("expected an error");
}
