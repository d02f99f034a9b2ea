import { parse } from "csv-parse/sync";

/** A file's text: UTF-8 (with or without BOM) when it decodes as such, else GB18030, which Chinese Excel saves. */
export function decodeQuoteText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** One JSON array of objects, each an item with the quote's column names as keys: header + rows. */
function jsonRows(text: string): unknown[][] {
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data) || !data.every((x) => x !== null && typeof x === "object" && !Array.isArray(x))) {
    throw new Error('a JSON quote must be a list of items, e.g. [{"item": "Seat", "unitPrice": 38, "currency": "CNY", "quantity": 5000, "rateKey": "…"}]');
  }
  const header = [...new Set(data.flatMap((o) => Object.keys(o as object)))];
  return [header, ...data.map((o) => header.map((h) => (o as Record<string, unknown>)[h]))];
}

/**
 * A quote file as a table (header first): a JSON list of items, or CSV, comma- or tab-separated (a range copied
 * from Excel), read by csv-parse so quoted fields, embedded commas and line breaks are handled.
 */
export function quoteRows(bytes: Uint8Array, name: string): unknown[][] {
  const text = decodeQuoteText(bytes);
  if (name.toLowerCase().endsWith(".json") || /^\s*\[/.test(text)) return jsonRows(text);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  return parse(text, { delimiter, skip_empty_lines: true, relax_column_count: false, trim: true }) as string[][];
}
