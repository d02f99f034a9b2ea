/** The fake must be strict, or the writer tests prove nothing: each test shows one place it throws like Excel. */
import { FakeWorkbookState, formulaReferences, installFakeExcel, uninstallFakeExcel } from "../fakes/fakeExcel";

let state: FakeWorkbookState;
beforeEach(() => {
  state = new FakeWorkbookState();
  state.addSheet("Sheet1");
  installFakeExcel(state);
});
afterEach(() => uninstallFakeExcel());

test("reading a property before load + sync throws", async () => {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    expect(() => range.values).toThrow(/not available/);
    range.load("values");
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([[""]]);
  });
});

test("an array whose shape differs from the range throws at sync", async () => {
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
      await context.sync();
    }),
  ).rejects.toThrow(/doesn't match the size/);
});

test("a formula naming a missing sheet or a missing name throws; in order, it works", async () => {
  const write = (formula: string) =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [[formula]];
      await context.sync();
    });
  await expect(write("='Inputs'!B2*2")).rejects.toThrow(/sheet "Inputs"/);
  await expect(write("=Input_headcount*2")).rejects.toThrow(/name "Input_headcount"/);
  await Excel.run(async (context) => {
    context.workbook.worksheets.add("Inputs");
    context.workbook.names.add("Input_headcount", "='Inputs'!$B$2");
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").formulas = [["='Inputs'!B2*2"], ["=Input_headcount*2+SUM(A1:A1)+IF(TRUE,1,0)"]];
    await context.sync();
  });
  expect(state.cell("Sheet1", "A2").formula).toBe("=Input_headcount*2+SUM(A1:A1)+IF(TRUE,1,0)");
});

test("a name added twice throws", async () => {
  await expect(
    Excel.run(async (context) => {
      context.workbook.names.add("X", "=Sheet1!$A$1");
      context.workbook.names.add("x", "=Sheet1!$A$2");
      await context.sync();
    }),
  ).rejects.toThrow(/already exists/);
});

test("a write to a locked cell or any formatting on a protected sheet throws; unlocked cells take values", async () => {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Sheet1");
    ws.getRange("B2").format.protection.locked = false;
    ws.protection.protect();
    ws.getRange("B2").values = [[5]];
    await context.sync();
  });
  expect(state.cell("Sheet1", "B2").value).toBe(5);
  const attempt = (f: (ws: Excel.Worksheet) => void) =>
    Excel.run(async (context) => {
      f(context.workbook.worksheets.getItem("Sheet1"));
      await context.sync();
    });
  await expect(attempt((ws) => (ws.getRange("A1").values = [[1]]))).rejects.toThrow(/protected sheet/);
  await expect(attempt((ws) => (ws.getRange("B2").format.fill.color = "#FF0000"))).rejects.toThrow(/protected sheet/);
  await expect(attempt((ws) => ws.getRange().clear())).rejects.toThrow(/protected sheet/);
});

test("strings written to values are read as typed, unless text format or apostrophe", async () => {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Sheet1");
    ws.getRange("A1:A8").values = [["=1+1"], ["@foo"], ["-x"], ["+y"], ["12"], ["'=1+1"], ["TRUE"], ["2025-06-30"]];
    ws.getRange("B1").numberFormat = [["@"]];
    ws.getRange("B1").values = [["=1+1"]];
    await context.sync();
  });
  expect(state.cell("Sheet1", "A1")).toMatchObject({ formula: "=1+1", fromText: true });
  expect(state.cell("Sheet1", "A2")).toMatchObject({ formula: "=@foo", fromText: true });
  expect(state.cell("Sheet1", "A3")).toMatchObject({ formula: "=-x", fromText: true });
  expect(state.cell("Sheet1", "A4")).toMatchObject({ formula: "=+y", fromText: true });
  expect(state.cell("Sheet1", "A5")).toMatchObject({ value: 12, formula: null });
  expect(state.cell("Sheet1", "A6")).toMatchObject({ value: "=1+1", formula: null, quotePrefix: true });
  expect(state.cell("Sheet1", "A7")).toMatchObject({ value: true });
  expect(state.cell("Sheet1", "A8")).toMatchObject({ value: 45838 });
  expect(state.cell("Sheet1", "B1")).toMatchObject({ value: "=1+1", formula: null });
});

test("renaming a sheet updates formulas and names; deleting one leaves #REF!", async () => {
  state.addSheet("Data");
  state.addName("Total", "=Data!$A$1");
  state.setCell("Sheet1", "A1", { formula: "=Data!A1+'Data'!A2+Total", value: 0 });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").name = "My data";
    await context.sync();
  });
  expect(state.cell("Sheet1", "A1").formula).toBe("='My data'!A1+'My data'!A2+Total");
  expect(state.name("Total")!.formula).toBe("='My data'!$A$1");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("My data").delete();
    await context.sync();
  });
  expect(state.brokenReferences().length).toBeGreaterThan(0);
});

test("syncs are counted, and a failure can be injected mid-batch", async () => {
  state.failAt = { sync: 2, afterCommands: 1 };
  await expect(
    Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [[1]];
      await context.sync();
      ws.getRange("A2").values = [[2]];
      ws.getRange("A3").values = [[3]];
      await context.sync();
    }),
  ).rejects.toThrow(/Injected failure/);
  expect(state.syncs).toBe(2);
  expect(state.cell("Sheet1", "A1").value).toBe(1);
  expect(state.cell("Sheet1", "A2").value).toBe("");
});

test("formulaReferences finds sheets and names, not functions, cells or strings", () => {
  expect(formulaReferences(`=IF('Rate card'!B2="x",Input_a,SUM(A1:B2,$C$3))+Sizing!D5+_xlfn.NORM.S.INV(0.8)+COUNTIF(A:A,"Input_b")+Rate_vm_month_cn`)).toEqual({
    sheets: ["Rate card", "Sizing"],
    names: ["Input_a", "Rate_vm_month_cn"],
  });
  expect(formulaReferences("='自建方案'!E5*Input_headcount")).toEqual({ sheets: ["自建方案"], names: ["Input_headcount"] });
});
