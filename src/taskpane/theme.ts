/**
 * Follows the Office theme: Office.context.officeTheme.isDarkTheme where the host provides it, otherwise the
 * luminance of officeTheme.bodyBackgroundColor, otherwise light. Maps to Fluent's web themes.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark";

export interface OfficeThemeLike {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance (WCAG) of a #rgb / #rrggbb colour, or null when it is not one. */
export function luminance(color: string | undefined | null): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function themeNameFromOffice(theme: OfficeThemeLike | null | undefined): ThemeName {
  if (!theme) return "light";
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const l = luminance(theme.bodyBackgroundColor);
  return l !== null && l < 0.2 ? "dark" : "light";
}

/** Reads the host's theme; safe outside Office (light). */
export function currentOfficeThemeName(): ThemeName {
  try {
    return themeNameFromOffice(typeof Office !== "undefined" ? (Office.context?.officeTheme as OfficeThemeLike | undefined) : undefined);
  } catch {
    return "light";
  }
}

export function fluentTheme(name: ThemeName): Theme {
  return name === "dark" ? webDarkTheme : webLightTheme;
}
