/**
 * How each path is drawn in the preview: a Fluent palette token (adapts to light/dark), a dash pattern and a
 * marker shape, so paths differ by more than colour.
 */
import { tokens } from "@fluentui/react-components";
import type { PathId } from "../../engine";

export interface PathStyle {
  readonly color: string;
  readonly dash: string | undefined;
  readonly marker: "circle" | "square" | "diamond";
}

export const PATH_STYLE: Readonly<Record<PathId, PathStyle>> = {
  selfBuild: { color: tokens.colorPaletteBlueForeground2, dash: undefined, marker: "circle" },
  commercial: { color: tokens.colorPaletteDarkOrangeForeground1, dash: "6 3", marker: "square" },
  hybrid: { color: tokens.colorPaletteBerryForeground1, dash: "2 3", marker: "diamond" },
};
