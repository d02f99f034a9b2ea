/** A requirement or assumption: one scalar that fits one workbook cell (Inputs sheet, named Input_<key>). */
export type RequirementGroup =
  | "scale"
  | "communication"
  | "regions"
  | "peaks"
  | "features"
  | "integration"
  | "compliance"
  | "path"
  | "staffing"
  | "finance";

interface SpecBase {
  readonly key: string;
  readonly group: RequirementGroup;
  readonly label: { readonly en: string; readonly zh: string };
  readonly unit: { readonly en: string; readonly zh: string };
  readonly note?: { readonly en: string; readonly zh: string };
}

export interface NumberSpec extends SpecBase {
  readonly kind: "number";
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  /** Shown as a percentage in the pane and the workbook (the value stays a fraction). */
  readonly percent?: boolean;
}

export interface BooleanSpec extends SpecBase {
  readonly kind: "boolean";
  readonly default: boolean;
}

export interface ChoiceSpec extends SpecBase {
  readonly kind: "choice";
  readonly default: string | number;
  readonly choices: readonly (string | number)[];
}

/** A derived figure the user may override: "auto" (the engine's sourced rule) or a number in range. */
export interface OverrideSpec extends SpecBase {
  readonly kind: "override";
  readonly default: "auto";
  readonly min: number;
  readonly max: number;
}

/** A calendar month, "YYYY-MM" (a date on the 1st of the month on the Inputs sheet). */
export interface MonthSpec extends SpecBase {
  readonly kind: "month";
  readonly default: string;
}

export type RequirementSpec = NumberSpec | BooleanSpec | ChoiceSpec | OverrideSpec | MonthSpec;

export type RequirementValue = number | string | boolean;
