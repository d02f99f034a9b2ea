import { RATE_CARD_AS_OF } from "../rateCard/rateCardEntries";
import type { RateCardEntry } from "../rateCard/RateCardEntry";
import { EVIDENCE_STATUSES, QUOTE_TERM_MONTHS } from "../rateCard/rateCard";
import { FX_PER_USD_KEYS } from "../rateCard/labourMarketEntries";
import { a1, columnName } from "./excelAddress";
import { FORMAT, sheetName, tr } from "./layout";
import type { CellPlan, Language, NamePlan, SheetPlan } from "./WorkbookPlan";

const HEADERS = {
  en: ["key", "item", "unit", "currency", "region", "list value", "negotiated discount", "VAT rate", "list includes VAT", "effective (budget currency)", "kind", "source", "date", "status", "quote valid until", "quote term (months)", "quote document", "quote stands", "quote starts (window month)"],
  zh: ["键", "项目", "单位", "币种", "区域", "标价", "谈判折扣", "增值税率", "标价含税", "实际单价（预算币种）", "类别", "来源", "日期", "证据等级", "报价有效期至", "报价期限（月）", "报价文件", "报价有效", "报价起始（窗口月）"],
};
/** Column indexes (0-based) of the RateCard sheet. */
export const RATE_COLUMNS = { key: 0, list: 5, discount: 6, vatRate: 7, includesVat: 8, effective: 9, source: 11, date: 12, status: 13, validUntil: 14, termMonths: 15, document: 16, quoteStands: 17, quoteStart: 18 } as const;
const FIRST_ROW = 2; // row 0 title, row 1 header

/**
 * The effective-price formula of a price row; it mirrors effectiveRate() in the engine: list × (1 − discount),
 * VAT removed when included and reclaimable, added when excluded and not reclaimable, then currency conversion.
 */
function effectiveFormula(row: number, currency: RateCardEntry["currency"]): string {
  const c = (col: number) => `${columnName(col)}${row + 1}`;
  const vat = `IF(${c(RATE_COLUMNS.includesVat)},IF(Input_vatRecoverable,1/(1+${c(RATE_COLUMNS.vatRate)}),1),IF(Input_vatRecoverable,1,1+${c(RATE_COLUMNS.vatRate)}))`;
  const fx = `IF(${c(3)}="USD",IF(Input_currency="CNY",Input_fxUsdToCny,1),IF(Input_currency="USD",1/Input_fxUsdToCny,1))`;
  const list = `${c(RATE_COLUMNS.list)}*(1-${c(RATE_COLUMNS.discount)})*${vat}`;
  // EUR, SGD and INR go through USD at the rate card's dated rate, then into CNY at the user's rate.
  if (currency === "EUR" || currency === "SGD" || currency === "INR") return `=${list}/Rate_${FX_PER_USD_KEYS[currency]}*IF(Input_currency="CNY",Input_fxUsdToCny,1)`;
  return `=${list}*${fx}`;
}

/** The absolute address of one column of a rate's row (its first row when a key repeats). */
export function rateCellAddress(entries: readonly RateCardEntry[], key: string, column: keyof typeof RATE_COLUMNS): string {
  const i = entries.findIndex((e) => e.key === key);
  return a1(FIRST_ROW + i, RATE_COLUMNS[column], true);
}

export const rateStatusAddress = (entries: readonly RateCardEntry[], key: string): string => rateCellAddress(entries, key, "status");

/**
 * A price's quote, worked out on its own row so that a line resting on many prices refers to two cells per price
 * (a line's formula over every price's four conditions passed Excel's 8,192 characters). A quote stands when its
 * status is QUOTED, it has a document, a term and a valid-until day on or after the price book's date; its term
 * runs from the window month of its date, which is read only when the quote stands.
 */
function quoteColumns(row: number, isPrice: boolean): CellPlan[] {
  if (!isPrice) return [{ value: "", style: "note" }, { value: "", style: "note" }];
  const at = (column: keyof typeof RATE_COLUMNS) => `${columnName(RATE_COLUMNS[column])}${row + 1}`;
  const stands = `AND(${at("status")}="QUOTED",${at("validUntil")}>="${RATE_CARD_AS_OF}",LEN(TRIM(${at("document")}))>0,ISNUMBER(${at("termMonths")}))`;
  const start = `(VALUE(LEFT(${at("date")},4))-YEAR(Input_projectStart))*12+VALUE(MID(${at("date")},6,2))-MONTH(Input_projectStart)+1`;
  return [
    { formula: `=${stands}`, style: "calc" },
    { formula: `=IF(${at("quoteStands")},${start},"")`, style: "calc", numberFormat: FORMAT.integer },
  ];
}

export function buildRateCardSheet(entries: readonly RateCardEntry[], language: Language): { sheet: SheetPlan; names: NamePlan[]; cells: Record<string, { list: string; discount: string }> } {
  const title = language === "zh-CN" ? `单价表（价格截至 ${RATE_CARD_AS_OF}；黄色单元格可编辑）` : `Rate card (prices as of ${RATE_CARD_AS_OF}; yellow cells are editable)`;
  const rows: CellPlan[][] = [
    [{ value: title, style: "title" }, ...HEADERS.en.slice(1).map((): CellPlan => ({ value: "" }))],
    (language === "zh-CN" ? HEADERS.zh : HEADERS.en).map((h): CellPlan => ({ value: h, style: "header" })),
  ];
  const names: NamePlan[] = [];
  const cells: Record<string, { list: string; discount: string }> = {};
  entries.forEach((e, i) => {
    const row = FIRST_ROW + i;
    const isPrice = e.kind === "price";
    names.push({ name: `Rate_${e.key}`, sheet: "rateCard", address: a1(row, RATE_COLUMNS.effective, true) });
    cells[e.key] = { list: a1(row, RATE_COLUMNS.list, true), discount: a1(row, RATE_COLUMNS.discount, true) };
    rows.push([
      { value: e.key, style: "label" },
      { value: tr(e.label, language), style: "label" },
      { value: e.unit, style: "note" },
      { value: e.currency ?? "", style: "note" },
      { value: e.region, style: "note" },
      { value: Number(e.list), style: "input", numberFormat: FORMAT.number },
      isPrice ? { value: e.discount, style: "input", numberFormat: FORMAT.percent } : { value: "", style: "note" },
      isPrice ? { value: e.vatRate, style: "input", numberFormat: FORMAT.percent } : { value: "", style: "note" },
      isPrice ? { value: e.listIncludesVat, style: "input" } : { value: "", style: "note" },
      isPrice ? { formula: effectiveFormula(row, e.currency), style: "calc", numberFormat: FORMAT.number } : { formula: `=${columnName(RATE_COLUMNS.list)}${row + 1}`, style: "calc", numberFormat: FORMAT.number },
      { value: e.kind, style: "note" },
      { value: e.source, style: "input" },
      { value: e.date, style: "input", numberFormat: FORMAT.text },
      { value: e.status, style: "input" },
      { value: e.quote?.validUntil ?? "", style: "input", numberFormat: FORMAT.text },
      isPrice ? { value: e.quote?.termMonths ?? "", style: "input", numberFormat: FORMAT.integer } : { value: "", style: "note" },
      { value: e.quote?.document ?? "", style: "input" },
      ...quoteColumns(row, isPrice),
    ]);
  });
  return {
    sheet: {
      key: "rateCard",
      name: sheetName("rateCard", language),
      tabColor: "#0F6CBD",
      blocks: [{ row: 0, column: 0, cells: rows }],
      columnWidths: [28, 44, 22, 9, 8, 12, 12, 9, 10, 16, 10, 60, 11, 10, 12, 10, 24, 10, 12],
      frozen: { rows: 2, columns: 2 },
      validations: [
        { range: `${columnName(RATE_COLUMNS.discount)}${FIRST_ROW + 1}:${columnName(RATE_COLUMNS.discount)}${FIRST_ROW + entries.length}`, rule: { type: "decimal", min: 0, max: 1 }, message: "discount: a fraction from 0 to 1" },
        { range: `${columnName(RATE_COLUMNS.status)}${FIRST_ROW + 1}:${columnName(RATE_COLUMNS.status)}${FIRST_ROW + entries.length}`, rule: { type: "list", values: [...EVIDENCE_STATUSES] }, message: `status: ${EVIDENCE_STATUSES.join(", ")} (QUOTED needs the quote's date, valid-until day, term and document)` },
        { range: `${columnName(RATE_COLUMNS.termMonths)}${FIRST_ROW + 1}:${columnName(RATE_COLUMNS.termMonths)}${FIRST_ROW + entries.length}`, rule: { type: "whole", min: QUOTE_TERM_MONTHS.min, max: QUOTE_TERM_MONTHS.max }, message: `quote term: whole months from ${QUOTE_TERM_MONTHS.min} to ${QUOTE_TERM_MONTHS.max}` },
      ],
      conditionalFormats: [{ range: `${columnName(RATE_COLUMNS.status)}${FIRST_ROW + 1}:${columnName(RATE_COLUMNS.status)}${FIRST_ROW + entries.length}`, formula: `=OR(${columnName(RATE_COLUMNS.status)}${FIRST_ROW + 1}="EST",${columnName(RATE_COLUMNS.status)}${FIRST_ROW + 1}="SEEN-2nd")`, style: "warn" }],
      charts: [],
      protect: true,
      print: { landscape: true, fitToWidth: true },
    },
    names,
    cells,
  };
}

export const RATE_FIRST_ROW = FIRST_ROW;
