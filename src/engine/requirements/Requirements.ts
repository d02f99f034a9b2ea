import type { RequirementValue } from "./RequirementSpec";
import type { RequirementKey } from "./requirementSpecs";

/** A complete, validated set of requirements: every key present, each value within its spec. */
export type Requirements = Readonly<Record<RequirementKey, RequirementValue>>;
