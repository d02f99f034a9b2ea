import ExcelJS from "exceljs";
import { buildWorkbookPlan } from "../../src/engine/workbook/buildWorkbookPlan";
import { footerCodes, footerSection, titleColumnsAddress, titleRowsAddress } from "../../src/workbook/printSetup";
import { writeXlsx } from "../../src/workbook/xlsxWriter";
import { writeWorkbook } from "../../src/workbook/officeWriter";
import { unzip } from "../support/libreOffice";
import { FakeWorkbookState, installFakeExcel, uninstallFakeExcel } from "../fakes/fakeExcel";

const plan = buildWorkbookPlan({}, { monteCarlo: false, computedOn: "2026-12-01" });
const FOOTER = "&L&A&CIMCOST 0.1.0 · prices as of 2026-11-01&RPage &P of &N";

describe("Excel footer codes and print-title addresses", () => {
  test("fields become &A, &P, &N and an & in text is doubled", () => {
    expect(footerSection([{ text: "R&D " }, { field: "sheetName" }, { text: " p" }, { field: "page" }, { text: "/" }, { field: "pages" }])).toBe("R&&D &A p&P/&N");
    expect(footerCodes(plan.sheets[0].page)).toBe(FOOTER);
    expect(titleRowsAddress({ first: 0, last: 4 })).toBe("$1:$5");
    expect(titleColumnsAddress({ first: 0, last: 1 })).toBe("$A:$B");
  });
});

describe("the exceljs writer's page setup, read back", () => {
  let wb: ExcelJS.Workbook;
  let files: Map<string, Buffer>;
  beforeAll(async () => {
    const buffer = await writeXlsx(plan);
    files = unzip(buffer);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  });

  test("every sheet: A4 landscape, the plan's fit or scale, margins in inches, the footer", () => {
    for (const s of plan.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9 });
      if (s.page.fitToWidth !== null) expect(ws.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: s.page.fitToHeight ?? 0 });
      else expect(ws.pageSetup).toMatchObject({ fitToPage: false, scale: 60 });
      // 36 pt = 0.5 in.
      expect(ws.pageSetup.margins).toMatchObject({ left: 0.5, right: 0.5 });
      expect(ws.headerFooter.oddFooter).toBe(FOOTER);
    }
  });

  test("print titles are stored as each sheet's _xlnm.Print_Titles", () => {
    const workbook = files.get("xl/workbook.xml")!.toString("utf8");
    const titles = [...workbook.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].map((m) => [Number(m[1]), m[2].replace(/&apos;/g, "'")]);
    const budget = plan.sheets.findIndex((s) => s.key === "selfBuild");
    expect(titles).toContainEqual([budget, "'SelfBuild'!$A:$B,'SelfBuild'!$1:$5"]);
    const cover = plan.sheets.findIndex((s) => s.key === "cover");
    expect(titles).toContainEqual([cover, "'Cover'!$1:$1"]);
    expect(titles).toHaveLength(plan.sheets.length);
  });

  test("written cells are in Arial 10, titles keep their size", () => {
    const cover = wb.getWorksheet("Cover")!;
    expect(cover.getCell("A1").font).toMatchObject({ name: "Arial", size: 14, bold: true });
    expect(cover.getCell("A4").font).toMatchObject({ name: "Arial", size: 10 });
    expect(wb.getWorksheet("SelfBuild")!.getCell("F8").font).toMatchObject({ name: "Arial", size: 10 });
  });

  test("columns get the plan's computed widths", () => {
    const budget = plan.sheets.find((s) => s.key === "selfBuild")!;
    expect(wb.getWorksheet("SelfBuild")!.getColumn(6).width).toBe(budget.columnWidths[5]);
  });
});

describe("the Office writer's page layout (fake Excel)", () => {
  afterEach(() => uninstallFakeExcel());

  test("records A4 landscape, zoom, margins, print titles and footers per sheet; the Cover gets its chart", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Sheet1");
    installFakeExcel(state);
    await writeWorkbook(plan);
    const budget = state.findSheet("SelfBuild")!.pageLayout;
    expect(budget).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { scale: 60 },
      margins: { left: 36, right: 36, top: 43, bottom: 50, header: 18, footer: 22 },
      printTitleRows: "$1:$5",
      printTitleColumns: "$A:$B",
      footer: { leftFooter: "&A", centerFooter: "IMCOST 0.1.0 · prices as of 2026-11-01", rightFooter: "Page &P of &N" },
    });
    const cover = state.findSheet("Cover")!;
    expect(cover.pageLayout).toMatchObject({ zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 }, printTitleRows: "$1:$1" });
    expect(cover.pageLayout.printTitleColumns).toBeUndefined();
    expect(cover.charts).toHaveLength(1);
    expect(cover.charts[0]).toMatchObject({ type: "ColumnClustered" });
  });
});
