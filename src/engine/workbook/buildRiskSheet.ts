import { PATHS, type PathId } from "../budget/paths";
import { COST_LINES } from "../lines/costLines";
import type { MonteCarloResult } from "../risk/monteCarlo";
import { neutralValue, type RiskDriver } from "../risk/riskDrivers";
import { ENGINE_VERSION } from "../version";
import { BUDGET_COLUMNS, budgetSheetLayout, type BudgetSheetLayout } from "./budgetSheetLayout";
import { a1, columnName, rangeA1, sheetRef } from "./excelAddress";
import { FORMAT, sheetName, tr } from "./layout";
import type { PlanRiskRun } from "./planRiskRun";
import { riskAllowanceRows } from "./riskAllowanceRows";
import { riskNames } from "./riskNames";
import { riskRunBlock } from "./buildRiskRunBlock";
import { RISK_TEXT as T } from "./riskSheetText";
import { DETAIL_COLUMNS as DT, DRIVER_COLUMNS as DC, riskSheetLayout, type RiskSheetLayout, type SummaryRow } from "./riskSheetLayout";
import { SheetRows } from "./sheetRows";
import type { CellPlan, DriverCells, Language, NamePlan, SheetPlan } from "./WorkbookPlan";

type Text = { readonly en: string; readonly zh: string };

export { riskNames };

/** A formula string literal. */
const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;
/** 12345.6 → "12,346" (no locale tables needed). */
const grouped = (x: number): string => Math.round(x).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const pathCol = (i: number): number => 1 + i;
/** The column of the summary's confidence levels, right of the paths. */
const LEVEL_COL = pathCol(PATHS.length);
/** Beside the driver table: the distribution definitions the detail formulas use (label, value). */
const DEFINITION_COL = 9;
const DEFINITIONS = [
  ["pertWeight", 4],
  ["pertDivisor", 6],
  ["triangularMean", 3],
  ["triangularVariance", 18],
] as const;
type Definition = (typeof DEFINITIONS)[number][0];
const money = (formula: string, style: CellPlan["style"] = "calc"): CellPlan => ({ formula, style, numberFormat: FORMAT.money });

/** What every block of the sheet shares. */
interface RiskBlockContext {
  readonly sheet: SheetRows;
  readonly language: Language;
  readonly drivers: readonly RiskDriver[];
  readonly layout: RiskSheetLayout;
  readonly budget: BudgetSheetLayout;
  t(x: Text): string;
  driverCell(i: number, col: number): string;
  driverCol(col: number): string;
  detailCol(pathIndex: number, col: number): string;
  summaryCell(key: SummaryRow, col: string): string;
  definition(key: Definition): string;
}

function contextFor(language: Language, drivers: readonly RiskDriver[]): RiskBlockContext {
  const budget = budgetSheetLayout();
  const layout = riskSheetLayout(drivers.length, budget);
  const D = drivers.length;
  return {
    sheet: new SheetRows(Math.max(DEFINITION_COL + 2, D + 1)),
    language,
    drivers,
    layout,
    budget,
    t: (x) => tr(x, language),
    driverCell: (i, col) => a1(layout.firstDriverRow + i, col, true),
    driverCol: (col) => rangeA1(layout.firstDriverRow, col, layout.lastDriverRow, col, true),
    detailCol: (pi, col) => rangeA1(layout.detailRow(pi) + 2, col, layout.detailRow(pi) + 1 + D, col, true),
    summaryCell: (key, col) => `${col}${layout.summary[key] + 1}`,
    definition: (key) => a1(layout.firstDriverRow + DEFINITIONS.findIndex(([k]) => k === key), DEFINITION_COL + 1, true),
  };
}

const headerRow = (c: RiskBlockContext, headers: { en: readonly string[]; zh: readonly string[] }): CellPlan[] =>
  (c.language === "zh-CN" ? headers.zh : headers.en).map((h): CellPlan => ({ value: h, style: "header" }));

function actsOn(c: RiskBlockContext, d: RiskDriver): string {
  const parts = [...d.inputs.map((k) => (k === "fxUsdToCny" ? `Input_${k} → ${c.t(T.fx)}` : `Input_${k}`)), ...d.rates.map((k) => `Rate_${k}`)];
  if (d.share) parts.push(`${c.t(T.share)} (Input_${d.share.key})`);
  return parts.join(", ");
}

/** The editable three-point ranges, with their validation; returns where each driver's cells are. */
function driversBlock(c: RiskBlockContext): Record<string, DriverCells> {
  const { sheet, drivers, layout } = c;
  sheet.push([{ value: c.t(T.drivers), style: "subtitle" }]);
  const header = sheet.push(headerRow(c, T.driverHeaders));
  sheet.rows[header][DEFINITION_COL] = { value: c.t(T.definitions), style: "header" };
  sheet.expectAt(layout.firstDriverRow, "Risk sheet drivers");
  for (const d of drivers) {
    sheet.push([
      { value: d.id, style: "label" },
      { value: c.t(d.label), style: "label" },
      { value: actsOn(c, d), style: "note" },
      { value: d.effect === "scale" ? c.t(T.scale) : c.t(T.shift), style: "note" },
      { value: d.low, style: "input", numberFormat: FORMAT.factor },
      { value: d.mode, style: "input", numberFormat: FORMAT.factor },
      { value: d.high, style: "input", numberFormat: FORMAT.factor },
      { value: d.distribution, style: "input" },
      { value: c.t(d.source), style: "note" },
    ]);
  }
  DEFINITIONS.forEach(([key, value], i) => {
    const row = sheet.rows[layout.firstDriverRow + i];
    row[DEFINITION_COL] = { value: c.t(T[key]), style: "note" };
    row[DEFINITION_COL + 1] = { value, style: "note", numberFormat: FORMAT.integer };
  });
  const zh = c.language === "zh-CN";
  sheet.validations.push({ range: rangeA1(layout.firstDriverRow, DC.low, layout.lastDriverRow, DC.high), rule: { type: "decimal", min: -10, max: 10 }, message: zh ? "驱动因素取值：-10 到 10 之间的数" : "driver value: a number from -10 to 10" });
  sheet.validations.push({ range: rangeA1(layout.firstDriverRow, DC.distribution, layout.lastDriverRow, DC.distribution), rule: { type: "list", values: ["pert", "triangular"] }, message: "pert or triangular" });
  sheet.push();
  const cell = c.driverCell;
  return Object.fromEntries(drivers.map((d, i): [string, DriverCells] => [d.id, { sheet: "risk", id: cell(i, DC.id), low: cell(i, DC.low), mode: cell(i, DC.mode), high: cell(i, DC.high), distribution: cell(i, DC.distribution) }]));
}

/** Flat vs risk-based contingency per path, as live formulas over the budget sheets and the detail blocks. */
function summaryBlock(c: RiskBlockContext): void {
  const { sheet, budget: L } = c;
  const budget = (p: PathId, row: number) => sheetRef(sheetName(p, c.language), a1(row, BUDGET_COLUMNS.total, true));
  const cell = c.summaryCell;
  sheet.expectAt(c.layout.summaryTitleRow, "Risk sheet summary");
  sheet.push([{ value: c.t(T.summary), style: "subtitle" }]);
  sheet.push([{ value: c.t(T.measure), style: "header" }, ...PATHS.map((p): CellPlan => ({ value: c.t(p.label), style: "header" })), { value: c.t(T.level), style: "header" }]);
  const row = (label: Text, style: CellPlan["style"], f: (p: PathId, col: string, pi: number) => CellPlan, level?: CellPlan): number =>
    sheet.push([{ value: c.t(label), style: style === "total" ? "total" : "label" }, ...PATHS.map((p, pi) => f(p.id, columnName(pathCol(pi)), pi)), ...(level ? [level] : [])]);
  // The P-levels sit in labelled cells beside their rows (no constant inside the formulas).
  const levelOf = (key: SummaryRow) => a1(c.layout.summary[key], LEVEL_COL, true);
  const level = (value: number): CellPlan => ({ value, style: "note", numberFormat: FORMAT.percent });
  const share = (part: SummaryRow) => (_p: PathId, col: string): CellPlan => ({ formula: `=IF(${cell("base", col)}=0,0,${cell(part, col)}/${cell("base", col)})`, style: "calc", numberFormat: FORMAT.percent });
  row(T.base, "calc", (p) => money(`=${budget(p, L.baseRow)}+${budget(p, L.hiddenRow)}`));
  // The flat figure whichever method the totals use: the rates times their bases (budget sheet memo rows).
  row(T.flat, "calc", (p) => money(`=Input_contingencyRate*${budget(p, L.bearingMeteredRow)}+Input_developmentContingencyRate*${budget(p, L.bearingLabourRow)}`));
  row(T.flatTotal, "calc", (_p, col) => money(`=${cell("base", col)}+${cell("flat", col)}`));
  row(T.flatShare, "calc", share("flat"));
  row(T.mean, "calc", (_p, col, pi) => money(`=${cell("base", col)}+SUM(${c.detailCol(pi, DT.mean)})`));
  row(T.sigma, "calc", (_p, _col, pi) => money(`=SQRT(SUM(${c.detailCol(pi, DT.variance)}))`));
  row(T.p50, "calc", (_p, col) => money(`=${cell("mean", col)}`));
  row(T.p80, "calc", (_p, col) => money(`=${cell("mean", col)}+NORMSINV(${levelOf("p80")})*${cell("sigma", col)}`), level(0.8));
  row(T.p90, "calc", (_p, col) => money(`=${cell("mean", col)}+NORMSINV(${levelOf("p90")})*${cell("sigma", col)}`), level(0.9));
  row(T.risk, "total", (_p, col) => money(`=MAX(0,${cell("mean", col)}+NORMSINV(${levelOf("risk")})*${cell("sigma", col)}-${cell("base", col)})`, "total"), { formula: "=Input_contingencyConfidence", style: "note", numberFormat: FORMAT.percent });
  row(T.riskShare, "calc", share("risk"));
  const S = c.layout.summary;
  PATHS.forEach((p, pi) => {
    const n = riskNames(p.id);
    const at = (r: number): NamePlan => ({ name: "", sheet: "risk", address: a1(r, pathCol(pi), true) });
    sheet.names.push({ ...at(S.base), name: n.base }, { ...at(S.flat), name: n.flat }, { ...at(S.p80), name: n.p80 }, { ...at(S.risk), name: n.contingency });
  });
}

function monteCarloNote(c: RiskBlockContext, mc: MonteCarloResult | null, computedOn: string): string {
  if (!mc) return c.t(T.mcNone);
  return c.language === "zh-CN"
    ? `蒙特卡洛（数值，非实时）：由 IMCOST ${ENGINE_VERSION} 于 ${computedOn} 计算，种子 ${mc.seed}，${mc.trials} 次试验，按生成时的驱动因素区间。修改上方区间后请在任务窗格或命令行中重新运行。`
    : `Monte Carlo (values, not live): computed by IMCOST ${ENGINE_VERSION} on ${computedOn}, seed ${mc.seed}, ${grouped(mc.trials)} trials, with the driver ranges as generated. Re-run from the pane or CLI after editing the ranges.`;
}

/** The Monte Carlo percentiles as values, labelled with the run they come from. */
function monteCarloBlock(c: RiskBlockContext, mc: MonteCarloResult | null, computedOn: string): void {
  const { sheet } = c;
  sheet.push([{ value: monteCarloNote(c, mc, computedOn), style: "note" }]);
  const rows: readonly [Text, (p: PathId) => number, string?][] = mc
    ? [
        [T.mcP50, (p) => mc.paths[p].tco.p50],
        [T.mcP80, (p) => mc.paths[p].tco.p80],
        [T.mcP90, (p) => mc.paths[p].tco.p90],
        [T.mcMean, (p) => mc.paths[p].tco.mean],
        [T.mcRisk, (p) => mc.paths[p].riskContingency],
        [T.mcConfidence, (p) => mc.paths[p].flatConfidence, FORMAT.percent],
        [T.mcY1p50, (p) => mc.paths[p].y1.p50],
        [T.mcY1p80, (p) => mc.paths[p].y1.p80],
        [T.mcY1p90, (p) => mc.paths[p].y1.p90],
      ]
    : [T.mcP50, T.mcP80, T.mcP90, T.mcMean, T.mcRisk, T.mcConfidence, T.mcY1p50, T.mcY1p80, T.mcY1p90].map((label): [Text, (p: PathId) => number] => [label, () => 0]);
  for (const [label, f, numberFormat] of rows) {
    const value = (p: PathId): CellPlan => (mc ? { value: f(p), style: "calc", numberFormat: numberFormat ?? FORMAT.money } : { value: "–", style: "note" });
    sheet.push([{ value: c.t(label), style: "label" }, ...PATHS.map((p) => value(p.id))]);
  }
  sheet.push();
}

/** A live tornado per path, sorted by the analytic swing, with its chart data and a bar chart. */
function tornadoBlock(c: RiskBlockContext): void {
  const { sheet, drivers, layout } = c;
  const D = drivers.length;
  sheet.expectAt(layout.tornadoStart, "Risk sheet tornado");
  PATHS.forEach((p, pi) => {
    sheet.push([{ value: `${c.t(T.tornado)} — ${c.t(p.label)}`, style: "subtitle" }]);
    sheet.push(headerRow(c, T.tornadoHeaders));
    const firstSorted = sheet.rows.length;
    for (let k = 1; k <= D; k++) {
      // The rank is the row's own first cell.
      const at = `MATCH(${a1(sheet.rows.length, 0)},${c.detailCol(pi, DT.rank)},0)`;
      sheet.push([
        { value: k, style: "note", numberFormat: FORMAT.integer },
        { formula: `=INDEX(${c.driverCol(DC.label)},${at})`, style: "label" },
        money(`=INDEX(${c.detailCol(pi, DT.low)},${at})`),
        money(`=INDEX(${c.detailCol(pi, DT.high)},${at})`),
        money(`=INDEX(${c.detailCol(pi, DT.swing)},${at})`),
      ]);
    }
    sheet.push();
    // Chart data: categories in the first row, one series per row (low, high), as ChartPlan expects.
    const chartTop = sheet.rows.length;
    const sortedCell = (k: number, col: number) => a1(firstSorted + k, col);
    const chartRow = (label: CellPlan, f: (k: number) => CellPlan) => sheet.push([label, ...Array.from({ length: D }, (_, k) => f(k))]);
    chartRow({ value: c.t(p.label), style: "note" }, (k) => ({ formula: `=${sortedCell(k, 1)}`, style: "note" }));
    chartRow({ value: c.t(T.low), style: "note" }, (k) => money(`=${sortedCell(k, 2)}`, "note"));
    chartRow({ value: c.t(T.high), style: "note" }, (k) => money(`=${sortedCell(k, 3)}`, "note"));
    sheet.push();
    sheet.charts.push({ title: `${c.t(T.chart)}: ${c.t(p.label)}`, type: "barClustered", dataRange: rangeA1(chartTop, 0, chartTop + 2, D), topLeft: a1(layout.tornadoRow(pi), 6), bottomRight: a1(layout.tornadoRow(pi) + layout.tornadoHeight - 1, 9) });
  });
}

/** One driver's analytic row: exposure, swings, PERT or triangular mean and variance, swing and rank. */
function detailRow(c: RiskBlockContext, pi: number, i: number): CellPlan[] {
  const { layout, drivers } = c;
  const d = drivers[i];
  const r = layout.detailRow(pi) + 2 + i;
  const wTop = layout.weightsRow(pi) + 1; // first line row of this path's weights block
  const lineTotals = sheetRef(sheetName(PATHS[pi].id, c.language), rangeA1(c.budget.firstLineRow, BUDGET_COLUMNS.total, c.budget.lastLineRow, BUDGET_COLUMNS.total, true));
  const weightsRange = rangeA1(wTop, 1 + i, wTop + layout.lineRowCount - 1, 1 + i, true);
  const zeroBase = a1(wTop + layout.lineRowCount, 1 + i, true);
  const baseCell = a1(layout.summary.base, pathCol(pi), true);
  const x = (col: number) => a1(r, col);
  const minus = neutralValue(d) === 0 ? "" : `-${neutralValue(d)}`;
  const value = (col: number) => (minus ? `(${c.driverCell(i, col)}${minus})` : c.driverCell(i, col));
  const [sl, sm, sh] = [x(DT.low), x(DT.mode), x(DT.high)];
  const dist = c.driverCell(i, DC.distribution);
  const def = c.definition;
  const swingsAbove = i === 0 ? "0" : `COUNTIF(${a1(layout.detailRow(pi) + 2, DT.swing, true)}:${a1(r - 1, DT.swing)},${x(DT.swing)})`;
  return [
    { formula: `=${c.driverCell(i, DC.label)}`, style: "label" },
    { formula: `=SUMPRODUCT(${lineTotals},${weightsRange})+${baseCell}*${zeroBase}`, style: "calc", numberFormat: FORMAT.money },
    money(`=${x(DT.exposure)}*${value(DC.low)}`),
    money(`=${x(DT.exposure)}*${value(DC.mode)}`),
    money(`=${x(DT.exposure)}*${value(DC.high)}`),
    money(`=IF(${dist}="triangular",(${sl}+${sm}+${sh})/${def("triangularMean")},(${sl}+${def("pertWeight")}*${sm}+${sh})/${def("pertDivisor")})`),
    { formula: `=IF(${dist}="triangular",(SUMSQ(${sl},${sm},${sh})-${sl}*${sm}-${sl}*${sh}-${sm}*${sh})/${def("triangularVariance")},SUMSQ((${sh}-${sl})/${def("pertDivisor")}))`, style: "calc", numberFormat: "0.000E+00" },
    money(`=ABS(${sh}-${sl})`),
    { formula: `=RANK(${x(DT.swing)},${c.detailCol(pi, DT.swing)})+${swingsAbove}`, style: "note", numberFormat: FORMAT.integer },
  ];
}

function detailBlock(c: RiskBlockContext): void {
  c.sheet.expectAt(c.layout.detailStart, "Risk sheet detail");
  PATHS.forEach((p, pi) => {
    c.sheet.push([{ value: `${c.t(T.detail)} — ${c.t(p.label)}`, style: "subtitle" }]);
    c.sheet.push(headerRow(c, T.detailHeaders));
    c.drivers.forEach((_d, i) => c.sheet.push(detailRow(c, pi, i)));
    c.sheet.push();
  });
}

/** The exposure weights, as values computed at generation, laid out beside the budget sheets' line rows. */
function weightsBlock(c: RiskBlockContext, weights: PlanRiskRun["weights"]): void {
  const { sheet, budget: L, drivers } = c;
  sheet.expectAt(c.layout.weightsStart, "Risk sheet weights");
  sheet.push([{ value: c.t(T.weights), style: "note" }]);
  const lineAtRow = new Map(COST_LINES.map((l, i) => [L.lineRow[l.id], i]));
  const share = (value: number): CellPlan => ({ value, style: "note", numberFormat: "0.000000" });
  PATHS.forEach((p, pi) => {
    sheet.expectAt(c.layout.weightsRow(pi), "Risk sheet weights block");
    sheet.push([{ value: c.t(p.label), style: "header" }, ...drivers.map((d): CellPlan => ({ value: d.id, style: "header" }))]);
    const w = weights[p.id];
    for (let r = L.firstLineRow; r <= L.lastLineRow; r++) {
      const li = lineAtRow.get(r);
      sheet.push(li === undefined ? [{ value: "", style: "note" }] : [{ value: c.t(COST_LINES[li].label), style: "note" }, ...drivers.map((_, di) => share(w.lineShares[di][li]))]);
    }
    sheet.push([{ value: c.t(T.zeroBase), style: "note" }, ...drivers.map((_, di) => share(w.baseShare[di]))]);
    sheet.push();
  });
}

/**
 * The Risk sheet: the drivers table (editable three-point ranges), the analytic PERT approximation as live
 * formulas over the budget sheets, risk-based vs flat contingency, a live tornado per path with a bar chart,
 * and the Monte Carlo percentiles as values labelled with date, seed and trials. The run itself is made
 * before (planRiskRun); this only lays it out.
 */
export function buildRiskSheet(run: PlanRiskRun, language: Language, computedOn: string): { sheet: SheetPlan; names: NamePlan[]; driverCells: Record<string, DriverCells> } {
  const c = contextFor(language, run.drivers);
  c.sheet.push([{ value: c.t(T.title), style: "title" }]);
  const bannerRow = c.sheet.push(); // written once the run inputs' status cell is known
  c.sheet.push([{ value: c.t(T.note), style: "note" }]);
  c.sheet.push([{ value: c.t(T.method), style: "note" }]);
  c.sheet.push();
  const driverCells = driversBlock(c);
  summaryBlock(c);
  monteCarloBlock(c, run.monteCarlo, computedOn);
  tornadoBlock(c);
  detailBlock(c);
  weightsBlock(c, run.weights);
  c.sheet.push();
  for (const row of riskAllowanceRows(language, c.budget)) c.sheet.push(row);
  const stale = riskRunBlock(c.sheet, language, run.record, run.monteCarlo, driverCells);
  c.sheet.rows[bannerRow][0] = { formula: `=IF(${stale.statusCell},${quoted(c.t(T.bannerCurrent))},${quoted(c.t(T.bannerStale))})`, style: "subtitle" };
  const banner = rangeA1(bannerRow, 0, bannerRow, DC.source); // amber under the whole text, not one cell
  return {
    sheet: {
      key: "risk",
      name: sheetName("risk", language),
      tabColor: "#CA5010",
      blocks: [{ row: 0, column: 0, cells: c.sheet.rows }],
      columnWidths: [46, 34, 40, 16, 14, 14, 14, 14, 60, ...Array.from({ length: c.sheet.width - 9 }, () => 14)],
      frozen: { rows: 2, columns: 0 }, // the title and the stale-run banner stay in view
      validations: c.sheet.validations,
      conditionalFormats: [{ range: banner, formula: `=${stale.statusCell}=FALSE`, style: "warn" }, ...stale.conditionalFormats],
      charts: c.sheet.charts,
      protect: true,
      print: { landscape: true, fitToWidth: true },
    },
    names: c.sheet.names,
    driverCells,
  };
}
