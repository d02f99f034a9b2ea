import { parse } from "csv-parse/sync";
import { quoteRowsFromText } from "../quoteText/quoteRows";

/** A file's text: UTF-8 (with or without BOM) when it decodes as such, else GB18030, which Chinese Excel saves. */
export function decodeQuoteText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** A quote file as a table (header first): JSON or CSV, decoded as UTF-8 or GB18030. */
export function quoteRows(bytes: Uint8Array, name: string): unknown[][] {
  return quoteRowsFromText(decodeQuoteText(bytes), name, parse);
}
