import { EngineError, describeValue } from "../EngineError";

/** The three technology paths. */
export type PathId = "selfBuild" | "commercial" | "hybrid";

export interface PathInfo {
  readonly id: PathId;
  /** Name used in workbook names: Total_TCO_<excelName>. */
  readonly excelName: "SelfBuild" | "Commercial" | "Hybrid";
  readonly label: { readonly en: string; readonly zh: string };
  /** The input holding the path's build months before go-live. */
  readonly goLiveInput: string;
}

export const PATHS: readonly PathInfo[] = [
  { id: "selfBuild", excelName: "SelfBuild", label: { en: "Self-build", zh: "自建" }, goLiveInput: "goLiveMonthsSelfBuild" },
  { id: "commercial", excelName: "Commercial", label: { en: "Commercial", zh: "商业" }, goLiveInput: "goLiveMonthsCommercial" },
  { id: "hybrid", excelName: "Hybrid", label: { en: "Hybrid", zh: "混合" }, goLiveInput: "goLiveMonthsHybrid" },
];

export const PATH_IDS: readonly PathId[] = PATHS.map((p) => p.id);

export function pathInfo(path: PathId): PathInfo {
  return PATHS.find((p) => p.id === path)!;
}

const PATH_ALIASES: Readonly<Record<string, PathId>> = {
  selfbuild: "selfBuild",
  "self-build": "selfBuild",
  自建: "selfBuild",
  commercial: "commercial",
  商业: "commercial",
  hybrid: "hybrid",
  混合: "hybrid",
};

/** Reads a path name as a user types it ("selfbuild", "Self-build", "自建" …). */
export function parsePathId(text: unknown, field = "path"): PathId {
  const key = typeof text === "string" ? text.trim().toLowerCase() : "";
  const id = PATH_ALIASES[key];
  if (!id) {
    throw new EngineError({
      code: "unknownOption",
      field,
      allowed: '"selfbuild", "commercial" or "hybrid" (自建 / 商业 / 混合)',
      received: describeValue(text),
    });
  }
  return id;
}
