import DecimalJs from "decimal.js";

/**
 * The engine's one Decimal: a private clone so that nothing else in the page (or a test) can change
 * precision or rounding under us. 34 significant digits (IEEE decimal128); banker's rounding.
 */
export const Decimal = DecimalJs.clone({ defaults: true, precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

/** A decimal from a number or decimal string; numbers go through their shortest string form. */
export function dec(value: number | string | Decimal): Decimal {
  return new Decimal(value);
}

/** Sum of decimals; 0 for none. */
export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
