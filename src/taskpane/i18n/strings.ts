/**
 * The pane's languages and their catalogues (src/taskpane/i18n/catalogues, one file per language). Adding a
 * language means one catalogue here, the localized function metadata and the manifest override.
 */
import type { Language } from "../../engine";
import { enUS } from "./catalogues/en-US";
import { zhCN } from "./catalogues/zh-CN";
import type { UiStrings } from "./UiStrings";

export type { PathView, PresetId, SectionId, UiStrings } from "./UiStrings";

/** The engine's Language, declared once in the engine. */
export type Lang = Language;

export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

export const STRINGS: Readonly<Record<Lang, UiStrings>> = { "zh-CN": zhCN, "en-US": enUS };

/** Replaces {name} placeholders; unknown names stay as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

/** zh-* → zh-CN, anything else → en-US. */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  return /^zh\b/i.test(displayLanguage ?? "") ? "zh-CN" : "en-US";
}

/** "en" or "zh": the key into the specs' label/unit/note objects. */
export function specLang(lang: Lang): "en" | "zh" {
  return lang === "zh-CN" ? "zh" : "en";
}
