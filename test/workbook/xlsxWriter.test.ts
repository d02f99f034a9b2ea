import ExcelJS from "exceljs";
import { buildWorkbookPlan } from "../../src/engine/workbook/buildWorkbookPlan";
import { toFileFormula, writeXlsx, XLFN_FUNCTIONS } from "../../src/workbook/xlsxWriter";
import { parseXlsx, unzip } from "../support/libreOffice";
import { syntheticPlan } from "./syntheticPlan";

describe("toFileFormula", () => {
  test("adds _xlfn. to post-2007 functions outside strings, drops the =", () => {
    expect(toFileFormula("=NORM.S.INV(0.8)+norm.inv(0.5,0,1)")).toBe("_xlfn.NORM.S.INV(0.8)+_xlfn.NORM.INV(0.5,0,1)");
    expect(toFileFormula('=IF(A1="IFS(",IFS(A1>0,1),0)')).toBe('IF(A1="IFS(",_xlfn.IFS(A1>0,1),0)');
    expect(toFileFormula("=NORMSINV(0.8)+SUM(A1:A2)+MYIFS(1)+_xlfn.CONCAT(1)")).toBe("NORMSINV(0.8)+SUM(A1:A2)+MYIFS(1)+_xlfn.CONCAT(1)");
    expect(XLFN_FUNCTIONS).toContain("NORM.S.INV");
  });
});

describe("writeXlsx", () => {
  test("writes cells, names, styles, validation, conditional formats, protection, widths, panes and print setup", async () => {
    const plan = syntheticPlan();
    const buffer = await writeXlsx(plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
    const inputs = wb.getWorksheet("Inputs")!;
    expect(inputs.getCell("B2").value).toBe(5000);
    expect(inputs.getCell("B2").numFmt).toBe("#,##0");
    expect(inputs.getCell("B2").protection).toMatchObject({ locked: false });
    expect(inputs.getCell("A2").protection?.locked).not.toBe(false);
    expect(inputs.getCell("C2").value).toBe("=1+1"); // text, not a formula
    expect(inputs.getCell("C3").value).toBe("@foo");
    expect(inputs.getCell("B5").value).toBe(true);
    expect(inputs.getCell("B2").dataValidation).toMatchObject({ type: "whole", formulae: [1, 1000000], showErrorMessage: true });
    expect(inputs.getCell("B5").dataValidation).toMatchObject({ type: "list", formulae: ['"TRUE,FALSE"'] });
    expect(inputs.getCell("A1").font).toMatchObject({ bold: true });
    expect(inputs.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(inputs.getColumn(1).width).toBe(12);
    expect(inputs.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(inputs.properties.tabColor).toEqual({ argb: "FF107C10" });
    const budget = wb.getWorksheet("SelfBuild")!;
    expect(budget.getCell("B2").value).toMatchObject({ formula: "Rate_rate0*Input_headcount/1000*1" });
    expect(wb.definedNames.getRanges("Input_headcount").ranges).toEqual(["Inputs!$B$2"]);
    expect(wb.definedNames.getRanges("Check_All").ranges).toEqual(["Checks!$B$3"]);
    const files = unzip(buffer);
    const sheet2 = files.get("xl/worksheets/sheet2.xml")!.toString("utf8");
    expect(sheet2).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(sheet2).not.toMatch(/hashValue|password/);
    expect(sheet2).toMatch(/<conditionalFormatting sqref="C2:C5">/);
    expect(files.get("xl/workbook.xml")!.toString("utf8")).toMatch(/fullCalcOnLoad="1"/);
  });

  test("the real plan's file opens with every name and sheet (both languages)", async () => {
    for (const language of ["en-US", "zh-CN"] as const) {
      const plan = buildWorkbookPlan({}, { language });
      const parsed = parseXlsx(await writeXlsx(plan));
      expect(parsed.sheets).toEqual(plan.sheets.map((s) => s.name));
      for (const n of plan.names) {
        const sheet = plan.sheets.find((s) => s.key === n.sheet)!.name;
        expect(parsed.names.get(n.name)).toBe(`${sheet}!${n.address.replace(/\$/g, "")}`);
      }
    }
  });
});
