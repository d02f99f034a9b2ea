import type { RequirementSpec } from "../requirements/RequirementSpec";

/** Where an input's validity formula finds the input and its allowed bounds. */
export interface InputRefs {
  input(key: string): string;
  /** The cell holding an input's allowed bound (a month's: a year). */
  inputBound(key: string, end: "min" | "max"): string;
}

/**
 * One input's validity as a formula. Each input row of the Inputs sheet carries its own, so a user sees which
 * input is out of range, and the integrity check ANDs the column: one formula over every input would pass
 * Excel's 8,192-character limit as inputs are added.
 */
export function inputValidityFormula(spec: RequirementSpec, r: InputRefs): string {
  const n = r.input(spec.key);
  const min = () => r.inputBound(spec.key, "min");
  const max = () => r.inputBound(spec.key, "max");
  switch (spec.kind) {
    case "number":
      return `AND(ISNUMBER(${n}),${n}>=${min()},${n}<=${max()}${spec.integer ? `,${n}=INT(${n})` : ""})`;
    case "override":
      return `OR(${n}="auto",AND(ISNUMBER(${n}),${n}>=${min()},${n}<=${max()}))`;
    case "boolean":
      return `ISLOGICAL(${n})`;
    case "choice":
      return `OR(${spec.choices.map((c) => (typeof c === "number" ? `${n}=${c}` : `${n}="${c}"`)).join(",")})`;
    case "month":
      return `AND(ISNUMBER(${n}),${n}>=DATE(${min()},1,1),${n}<DATE(${max()}+1,1,1))`;
  }
}
