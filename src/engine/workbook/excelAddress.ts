/** A1 helpers. Rows and columns are 0-based in the plan; Excel's are 1-based. */
export function columnName(column: number): string {
  let n = column + 1;
  let name = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** "C5" for (row 4, column 2); with `absolute`, "$C$5". */
export function a1(row: number, column: number, absolute = false): string {
  return absolute ? `$${columnName(column)}$${row + 1}` : `${columnName(column)}${row + 1}`;
}

/** A reference to a cell on another sheet, always quoted: 'Sizing'!D5. */
export function sheetRef(sheetName: string, address: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${address}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number, absolute = false): string {
  return `${a1(top, left, absolute)}:${a1(bottom, right, absolute)}`;
}
