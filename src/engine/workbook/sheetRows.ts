import type { CellPlan, ChartPlan, NamePlan, ValidationPlan } from "./WorkbookPlan";

/** A sheet built top to bottom: rows of a fixed width, with its validations, names and charts. */
export class SheetRows {
  readonly rows: CellPlan[][] = [];
  readonly validations: ValidationPlan[] = [];
  readonly names: NamePlan[] = [];
  readonly charts: ChartPlan[] = [];

  constructor(readonly width: number) {}

  blankRow(): CellPlan[] {
    return Array.from({ length: this.width }, (): CellPlan => ({ value: "" }));
  }

  /** Appends a row (missing cells blank) and returns its index. */
  push(cells: readonly CellPlan[] = []): number {
    const row = this.blankRow();
    cells.forEach((c, i) => (row[i] = c));
    this.rows.push(row);
    return this.rows.length - 1;
  }

  /** Fails the plan when a block does not start where the layout put it. */
  expectAt(row: number, what: string): void {
    if (this.rows.length !== row) throw new Error(`Plan error: ${what} starts at ${this.rows.length}, expected ${row}`);
  }
}
