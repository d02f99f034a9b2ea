/**
 * A quote as a table (header first), from the text of a file or a paste: a JSON list of items, or CSV, comma-
 * or tab-separated (a range copied from Excel is tab-separated). The CSV parser is passed in: the CLI gives
 * csv-parse's Node build, the pane its browser build, loaded only when a quote is imported.
 */
export type CsvParse = (text: string, options: { delimiter: string; skip_empty_lines: boolean; relax_column_count: boolean; trim: boolean }) => unknown;

/** One JSON array of objects, each an item with the quote's column names as keys: header + rows. */
function jsonRows(text: string): unknown[][] {
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data) || !data.every((x) => x !== null && typeof x === "object" && !Array.isArray(x))) {
    throw new Error('a JSON quote must be a list of items, e.g. [{"item": "Seat", "unitPrice": 38, "currency": "CNY", "quantity": 5000, "rateKey": "…"}]');
  }
  const header = [...new Set(data.flatMap((o) => Object.keys(o as object)))];
  return [header, ...data.map((o) => header.map((h) => (o as Record<string, unknown>)[h]))];
}

/** The table in `text`; `name` (a file name, or "" for a paste) tells JSON by its extension. */
export function quoteRowsFromText(text: string, name: string, parse: CsvParse): unknown[][] {
  if (name.toLowerCase().endsWith(".json") || /^\s*\[/.test(text)) return jsonRows(text);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  return parse(text, { delimiter, skip_empty_lines: true, relax_column_count: false, trim: true }) as string[][];
}
