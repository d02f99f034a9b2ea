/**
 * Test helper (not a test): writes workbook plans to xlsx with exceljs, recalculates them all in one headless
 * LibreOffice run (fresh profile with OOXMLRecalcMode=0, so nothing keeps cached values), and reads cells back.
 * Same approach as tmp/quick.ts. exceljs drops falsy formula results (FALSE, 0, "") when it reads a file, so
 * read booleans with bool() and numbers with num(), which map a missing result back.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import type { WorkbookPlan } from "../../../src/engine/workbook/WorkbookPlan";

export function hasLibreOffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60000 });
    return true;
  } catch {
    return false;
  }
}

export interface Recalculated {
  /** The value of a cell by sheet key and A1 address (booleans, numbers, text, or { error }). */
  cell(sheetKey: string, address: string): unknown;
  /** The value of a named cell. */
  name(name: string): unknown;
  /**
   * A formula cell read as TRUE/FALSE. exceljs drops a formula's FALSE result (and an empty-text one) when
   * reading, so a formula cell without a result reads as FALSE here; anything else but a boolean throws.
   */
  bool(sheetKey: string, address: string): boolean;
  /** A formula cell read as a number (a result dropped by exceljs is 0, see bool). */
  num(sheetKey: string, address: string): number;
  /** bool / num of a named cell. */
  boolName(name: string): boolean;
  numName(name: string): number;
  /** Cells whose result is an error, as "sheet!A1: error". */
  errors(): string[];
}

async function writePlan(plan: WorkbookPlan, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of plan.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const b of s.blocks)
      b.cells.forEach((r, i) =>
        r.forEach((c, j) => {
          const cell = ws.getCell(b.row + i + 1, b.column + j + 1);
          if (c.formula) cell.value = { formula: c.formula.slice(1) } as ExcelJS.CellFormulaValue;
          else if (c.value !== null && c.value !== "") cell.value = c.value as ExcelJS.CellValue;
        }),
      );
  }
  for (const n of plan.names) wb.definedNames.add(`'${plan.sheets.find((s) => s.key === n.sheet)!.name}'!${n.address}`, n.name);
  await wb.xlsx.writeFile(file);
}

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>`;

/** Writes and recalculates every plan (one LibreOffice process for all), in order. */
export async function recalculate(plans: readonly WorkbookPlan[], edit?: (index: number, wb: ExcelJS.Workbook, plan: WorkbookPlan) => void): Promise<Recalculated[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "imcost-lo-"));
  try {
    const files: string[] = [];
    for (const [i, plan] of plans.entries()) {
      const file = path.join(dir, `case${i}.xlsx`);
      await writePlan(plan, file);
      if (edit) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        edit(i, wb, plan);
        await wb.xlsx.writeFile(file);
      }
      files.push(file);
    }
    const profile = path.join(dir, "profile");
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), PROFILE);
    const out = path.join(dir, "out");
    fs.mkdirSync(out);
    execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", "xlsx", "--outdir", out, ...files], { stdio: "ignore", timeout: 600000 });
    const results: Recalculated[] = [];
    for (const [i, plan] of plans.entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(out, path.basename(files[i])));
      const valueOf = (c: ExcelJS.Cell): unknown => {
        const v = c.value as unknown;
        if (v && typeof v === "object" && "formula" in (v as object)) return (v as { result?: unknown }).result;
        if (v && typeof v === "object" && "sharedFormula" in (v as object)) return (v as { result?: unknown }).result;
        return v;
      };
      const cell = (sheetKey: string, address: string): unknown => {
        const s = plan.sheets.find((x) => x.key === sheetKey)!;
        return valueOf(wb.getWorksheet(s.name)!.getCell(address.replace(/\$/g, "")));
      };
      const named = (name: string) => {
        const n = plan.names.find((x) => x.name === name);
        if (!n) throw new Error(`no name ${name}`);
        return n;
      };
      results.push({
        cell,
        bool(sheetKey, address) {
          const v = cell(sheetKey, address);
          if (v === undefined || v === false) return false;
          if (v === true) return true;
          throw new Error(`${sheetKey}!${address} is not TRUE/FALSE: ${JSON.stringify(v)}`);
        },
        num(sheetKey, address) {
          const v = cell(sheetKey, address);
          if (v === undefined) return 0;
          if (typeof v === "number") return v;
          throw new Error(`${sheetKey}!${address} is not a number: ${JSON.stringify(v)}`);
        },
        name(name) {
          const n = named(name);
          return cell(n.sheet, n.address);
        },
        boolName(name) {
          const n = named(name);
          return this.bool(n.sheet, n.address);
        },
        numName(name) {
          const n = named(name);
          return this.num(n.sheet, n.address);
        },
        errors() {
          const errs: string[] = [];
          wb.eachSheet((ws) =>
            ws.eachRow((row) =>
              row.eachCell((c) => {
                const v = valueOf(c);
                if (v && typeof v === "object" && "error" in (v as object)) errs.push(`${ws.name}!${c.address}: ${(v as { error: string }).error}`);
              }),
            ),
          );
          return errs;
        },
      });
    }
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
