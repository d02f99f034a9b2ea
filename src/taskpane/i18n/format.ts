/**
 * Number formatting for the preview. Formatting only: the values are the engine's Decimals, converted with
 * .toNumber() at this edge and rounded for display (whole currency units; two decimals per user per month).
 */
import type { Decimal } from "../../engine";
import type { Lang } from "./strings";

type Currency = "CNY" | "USD";

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(lang, options)));
  return f;
}

const SYMBOL: Readonly<Record<Currency, string>> = { CNY: "¥", USD: "$" };

/** A whole amount in the budget currency with grouping, e.g. "¥27,891,932" (same symbol in both languages). */
export function formatMoney(value: Decimal | number, currency: Currency, lang: Lang, fractionDigits = 0): string {
  const n = typeof value === "number" ? value : value.toNumber();
  const text = nf(lang, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(Math.abs(n));
  return `${n < 0 ? "−" : ""}${SYMBOL[currency]}${text}`;
}

/** A short amount for chart axes: "2,790万" / "1.2亿" in Chinese, "27.9M" in English. */
export function formatCompact(value: number, currency: Currency, lang: Lang): string {
  const sign = value < 0 ? "−" : "";
  const a = Math.abs(value);
  const sym = SYMBOL[currency];
  const f = (x: number, d: number) => nf(lang, { maximumFractionDigits: d }).format(x);
  if (lang === "zh-CN") {
    if (a >= 1e8) return `${sign}${sym}${f(a / 1e8, 2)}亿`;
    if (a >= 1e4) return `${sign}${sym}${f(a / 1e4, a >= 1e6 ? 0 : 1)}万`;
    return `${sign}${sym}${f(a, 0)}`;
  }
  if (a >= 1e9) return `${sign}${sym}${f(a / 1e9, 2)}B`;
  if (a >= 1e6) return `${sign}${sym}${f(a / 1e6, a >= 1e8 ? 0 : 1)}M`;
  if (a >= 1e3) return `${sign}${sym}${f(a / 1e3, 0)}K`;
  return `${sign}${sym}${f(a, 0)}`;
}

/** A fraction as a percentage for labels: 0.08 → "8%". */
export function formatPercent(value: number, lang: Lang): string {
  return nf(lang, { style: "percent", maximumFractionDigits: 2 }).format(value);
}

/** A whole number with grouping: 10000 → "10,000". */
export function formatInteger(value: number, lang: Lang): string {
  return nf(lang, { maximumFractionDigits: 0 }).format(value);
}
