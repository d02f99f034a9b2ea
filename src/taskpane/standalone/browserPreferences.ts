/**
 * Language and theme for the standalone calculator, where Office gives neither: the browser's preferred
 * languages (the first Chinese or English one wins; anything else reads English) and its colour scheme.
 */
import { langFromDisplayLanguage, type Lang } from "../i18n/strings";
import type { ThemeName } from "../theme";

/** The pane language for the browser's language list (navigator.languages), e.g. ["zh-TW", "en"] → zh-CN. */
export function langFromBrowser(languages: readonly string[] | undefined): Lang {
  const known = (languages ?? []).find((l) => /^(zh|en)\b/i.test(l));
  return langFromDisplayLanguage(known);
}

/** Dark when the browser asks for a dark colour scheme; light otherwise (and where matchMedia is missing). */
export function themeFromBrowser(matchMedia: ((query: string) => { matches: boolean }) | undefined): ThemeName {
  try {
    return matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  } catch {
    return "light";
  }
}

/** Both, read from the current window. */
export function browserPreferences(): { readonly lang: Lang; readonly theme: ThemeName } {
  const nav = typeof navigator !== "undefined" ? navigator : undefined;
  const languages = nav ? (nav.languages?.length ? nav.languages : [nav.language]) : [];
  const mm = typeof window !== "undefined" && typeof window.matchMedia === "function" ? (q: string) => window.matchMedia(q) : undefined;
  return { lang: langFromBrowser(languages), theme: themeFromBrowser(mm) };
}
