/** A column of a quote table: its key, whether it must be present, and the header texts that name it (en, zh). */
export interface QuoteColumn {
  readonly key: string;
  readonly required: boolean;
  readonly headers: readonly string[];
  readonly rule: string;
}

const col = (key: string, required: boolean, headers: string[], rule: string): QuoteColumn => ({ key, required, headers, rule });

/**
 * The columns of a quote, in the order a template lists them. Headers match ignoring case, spaces, underscores
 * and hyphens, so "Unit price", "unit_price" and "unitPrice" are one column; Chinese headers as Chinese Excel
 * templates write them.
 */
export const QUOTE_COLUMNS: readonly QuoteColumn[] = [
  col("item", true, ["item", "项目", "品名", "名称"], "a non-empty text"),
  col("unitPrice", true, ["unitprice", "price", "单价"], "a number ≥ 0"),
  col("currency", true, ["currency", "币种"], "CNY, USD, EUR, SGD or INR"),
  col("quantity", true, ["quantity", "qty", "数量"], "a number ≥ 0"),
  col("rateKey", false, ["ratekey", "单价键"], "a key of the RateCard sheet's key column"),
  col("vatRate", false, ["vatrate", "vat", "税率"], "a fraction from 0 to 1 (6% or 0.06); blank = 0"),
  col("includesVat", false, ["includesvat", "pricesincludevat", "含税"], "yes/no, true/false, 是/否 or 含税/不含税; blank = no"),
  col("billing", false, ["billing", "billingfrequency", "计费周期"], "free text (monthly, annual, one-off …)"),
  col("termMonths", false, ["termmonths", "term", "期限月", "期限"], "a whole number of months from 1 to 120"),
  col("renewal", false, ["renewal", "renewalterms", "续约条款"], "free text"),
  col("discount", false, ["discount", "折扣"], "a fraction from 0 to 1 off the unit price (15% or 0.15); blank = 0"),
  col("validUntil", false, ["validuntil", "有效期至"], "the last day the quote stands, YYYY-MM-DD"),
  col("document", false, ["document", "documentreference", "reference", "报价单号", "文件编号"], "the quote's reference"),
  col("quoteDate", false, ["quotedate", "date", "报价日期"], "the quote's date, YYYY-MM-DD"),
];

/** A header as compared: lower case without spaces, underscores, hyphens or brackets. */
export const headerKey = (text: string): string => text.toLowerCase().replace(/[\s_\-()（）]/g, "");
