/** The standalone calculator's language and theme from the browser (src/taskpane/standalone/browserPreferences.ts). */
import { langFromBrowser, themeFromBrowser } from "../../src/taskpane/standalone/browserPreferences";

describe("langFromBrowser", () => {
  it.each([
    [["zh-CN"], "zh-CN"],
    [["zh-TW", "en"], "zh-CN"],
    [["fr-FR", "zh-Hans", "en"], "zh-CN"],
    [["en-GB", "zh-CN"], "en-US"],
    [["fr-FR", "de"], "en-US"],
    [[], "en-US"],
    [undefined, "en-US"],
  ])("%j → %s (the first Chinese or English language wins; anything else reads English)", (languages, lang) => {
    expect(langFromBrowser(languages)).toBe(lang);
  });
});

describe("themeFromBrowser", () => {
  it("follows prefers-color-scheme, light without matchMedia or when it throws", () => {
    const media = (dark: boolean) => (q: string) => ({ matches: dark && q === "(prefers-color-scheme: dark)" });
    expect(themeFromBrowser(media(true))).toBe("dark");
    expect(themeFromBrowser(media(false))).toBe("light");
    expect(themeFromBrowser(undefined)).toBe("light");
    expect(
      themeFromBrowser(() => {
        throw new Error("no media queries");
      }),
    ).toBe("light");
  });
});
