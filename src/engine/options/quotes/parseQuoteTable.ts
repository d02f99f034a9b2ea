import { EngineError, describeValue } from "../../EngineError";
import type { Currency } from "../../rateCard/RateCardEntry";
import { cellTextProblem } from "../../workbook/cellText";
import type { QuoteItem } from "./QuoteItem";
import { QUOTE_COLUMNS, headerKey, type QuoteColumn } from "./quoteColumns";

const CURRENCIES: readonly Currency[] = ["CNY", "USD", "EUR", "SGD", "INR"];
const YES = ["yes", "y", "true", "1", "是", "含税"];
const NO = ["no", "n", "false", "0", "否", "不含税", "未税"];
export const MAX_QUOTE_ROWS = 500;

type Cell = unknown;
interface At {
  readonly row: number;
  readonly header: string;
}

const fail = (at: At, column: QuoteColumn, got: Cell): EngineError =>
  new EngineError({ code: "outOfRange", field: `row ${at.row}, column "${at.header}"`, allowed: column.rule, received: describeValue(got) });

const text = (v: Cell): string => (v === undefined || v === null ? "" : String(v).trim());

/** "6%", "0.06", 0.06 → 0.06; "1,200.50" → 1200.5. Null when not a number. */
function numberOf(v: Cell): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  const t = text(v).replace(/,/g, "");
  const pct = t.endsWith("%");
  const n = Number(pct ? t.slice(0, -1) : t);
  if (t === "" || t === "%" || !Number.isFinite(n)) return null;
  return pct ? n / 100 : n;
}

function isDay(t: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) return false;
  const d = new Date(`${t}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === t;
}

/** Reads one cell by its column's rule; blank optional cells give undefined. */
function readCell(column: QuoteColumn, v: Cell, at: At): string | number | boolean | undefined {
  const t = text(v);
  if (t === "") {
    if (column.required) throw new EngineError({ code: "required", field: `row ${at.row}, column "${at.header}"`, allowed: column.rule });
    return undefined;
  }
  switch (column.key) {
    case "unitPrice":
    case "quantity": {
      const n = numberOf(v);
      if (n === null || n < 0) throw fail(at, column, v);
      return column.key === "unitPrice" ? t.replace(/,/g, "") : n;
    }
    case "vatRate":
    case "discount": {
      const n = numberOf(v);
      if (n === null || n < 0 || n > 1) throw fail(at, column, v);
      return n;
    }
    case "termMonths": {
      const n = numberOf(v);
      if (n === null || !Number.isInteger(n) || n < 1 || n > 120) throw fail(at, column, v);
      return n;
    }
    case "currency":
      if (!(CURRENCIES as readonly string[]).includes(t.toUpperCase())) throw fail(at, column, v);
      return t.toUpperCase();
    case "includesVat":
      if (YES.includes(t.toLowerCase())) return true;
      if (NO.includes(t.toLowerCase())) return false;
      throw fail(at, column, v);
    case "validUntil":
    case "quoteDate":
      if (!isDay(t)) throw fail(at, column, v);
      return t;
    default: {
      const problem = cellTextProblem(t);
      if (problem) throw new EngineError({ code: "outOfRange", field: `row ${at.row}, column "${at.header}"`, allowed: problem });
      return t;
    }
  }
}

/** Which column each header names; unknown or repeated headers and missing required columns are errors. */
function mapHeader(header: readonly Cell[]): Map<number, QuoteColumn> {
  const byHeader = new Map(QUOTE_COLUMNS.flatMap((c) => c.headers.map((h) => [headerKey(h), c] as const)));
  const out = new Map<number, QuoteColumn>();
  header.forEach((h, i) => {
    const name = text(h);
    if (name === "") return;
    const column = byHeader.get(headerKey(name));
    if (!column) throw new EngineError({ code: "unknownKey", field: `row 1, column "${name}"`, allowed: QUOTE_COLUMNS.map((c) => c.key).join(", ") });
    if ([...out.values()].includes(column)) throw new EngineError({ code: "order", field: `row 1, column "${name}"`, allowed: `each column once (${column.key} is given twice)` });
    out.set(i, column);
  });
  const missing = QUOTE_COLUMNS.find((c) => c.required && ![...out.values()].includes(c));
  if (missing) throw new EngineError({ code: "required", field: `row 1, column "${missing.key}"`, allowed: `the columns ${QUOTE_COLUMNS.filter((c) => c.required).map((c) => c.key).join(", ")}` });
  return out;
}

/** The terms a priced item needs to stand as QUOTED in the rate card. */
const QUOTED_NEEDS = ["termMonths", "validUntil", "document", "quoteDate"] as const;

function toItem(values: Record<string, string | number | boolean | undefined>, row: number, headerOf: (key: string) => string): QuoteItem {
  if (values.rateKey === undefined) {
    throw new EngineError({ code: "required", field: `row ${row}, column "${headerOf("rateKey")}"`, allowed: "the rate key the item prices (an item without one, an extra line, is not supported yet)" });
  }
  for (const key of QUOTED_NEEDS) {
    if (values[key] === undefined) throw new EngineError({ code: "required", field: `row ${row}, column "${headerOf(key)}"`, allowed: QUOTE_COLUMNS.find((c) => c.key === key)!.rule });
  }
  return {
    row,
    item: values.item as string,
    unitPrice: values.unitPrice as string,
    currency: values.currency as Currency,
    quantity: values.quantity as number,
    rateKey: values.rateKey as string,
    vatRate: (values.vatRate as number | undefined) ?? 0,
    includesVat: (values.includesVat as boolean | undefined) ?? false,
    discount: (values.discount as number | undefined) ?? 0,
    termMonths: values.termMonths as number,
    validUntil: values.validUntil as string,
    document: values.document as string,
    quoteDate: values.quoteDate as string,
    ...(values.billing !== undefined ? { billing: values.billing as string } : {}),
    ...(values.renewal !== undefined ? { renewal: values.renewal as string } : {}),
  };
}

/**
 * A quote table (the first row its header) as items. Every cell is checked; the first problem is thrown,
 * naming its row and column, so nothing is half-imported. Blank rows are skipped.
 */
export function parseQuoteTable(rows: readonly (readonly Cell[])[]): QuoteItem[] {
  if (rows.length < 2) throw new EngineError({ code: "required", field: "quote", allowed: "a header row and at least one item" });
  if (rows.length - 1 > MAX_QUOTE_ROWS) throw new EngineError({ code: "tooLarge", field: "quote", allowed: `at most ${MAX_QUOTE_ROWS} items`, received: String(rows.length - 1) });
  const columns = mapHeader(rows[0]);
  const headerOf = (key: string) => {
    const i = [...columns].find(([, c]) => c.key === key)?.[0];
    return i === undefined ? key : text(rows[0][i]);
  };
  const items: QuoteItem[] = [];
  rows.slice(1).forEach((cells, k) => {
    if (cells.every((c) => text(c) === "")) return;
    const row = k + 2;
    const values: Record<string, string | number | boolean | undefined> = {};
    for (const [i, column] of columns) values[column.key] = readCell(column, cells[i], { row, header: text(rows[0][i]) });
    items.push(toItem(values, row, headerOf));
  });
  if (items.length === 0) throw new EngineError({ code: "required", field: "quote", allowed: "at least one item below the header" });
  return items;
}
