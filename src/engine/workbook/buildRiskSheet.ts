import { PATHS, type PathId } from "../budget/paths";
import { COST_LINES } from "../lines/costLines";
import type { RateOverrides } from "../rateCard/rateCard";
import { runMonteCarlo, type MonteCarloResult } from "../risk/monteCarlo";
import { neutralValue, type RiskDriver, type RiskDriverOverrides } from "../risk/riskDrivers";
import { exposureWeights } from "../risk/sensitivity";
import { EngineError } from "../EngineError";
import { ENGINE_VERSION } from "../version";
import { BUDGET_COLUMNS, budgetSheetLayout } from "./budgetSheetLayout";
import { a1, columnName, rangeA1, sheetRef } from "./excelAddress";
import { FORMAT, sheetName, tr } from "./layout";
import type { CellPlan, ChartPlan, DriverCells, Language, NamePlan, SheetPlan, ValidationPlan } from "./WorkbookPlan";

/** Monte Carlo settings for the plan: a result computed elsewhere (the pane's worker), settings, or none. */
export type PlanMonteCarlo = MonteCarloResult | { readonly trials?: number; readonly seed?: number } | false;

export interface RiskSheetInput {
  readonly raw: Readonly<Record<string, unknown>>;
  readonly language: Language;
  readonly rateOverrides?: RateOverrides;
  readonly drivers?: RiskDriverOverrides;
  readonly monteCarlo?: PlanMonteCarlo;
  /** The date written beside the Monte Carlo values (YYYY-MM-DD). */
  readonly computedOn: string;
}

/** Names the Risk sheet exports (the Checks sheet's contingency check reads them). */
export function riskNames(path: PathId): { contingency: string; flat: string; p80: string; base: string } {
  const excel = PATHS.find((p) => p.id === path)!.excelName;
  return { contingency: `Risk_Contingency_${excel}`, flat: `Risk_FlatContingency_${excel}`, p80: `Risk_P80_${excel}`, base: `Risk_Base_${excel}` };
}

const T = {
  title: { en: "Risk and contingency", zh: "风险与预备费" },
  note: {
    en: "Uncertainty sits on shared drivers, not on single lines: one driver moves every line that depends on it, in every path. Edit a driver's low / most likely / high (yellow); the analytic figures below recalculate. Correlation assumption: drivers are independent of each other; within a driver, all its lines move together (fully correlated).",
    zh: "不确定性放在共享驱动因素上，而不是单个费用项：一个驱动因素会同时影响所有相关费用项和所有方案。可编辑驱动因素的低值/最可能值/高值（黄色单元格），下方解析结果会自动重算。相关性假设：各驱动因素相互独立；同一驱动因素下的费用项完全相关、同向变动。",
  },
  method: {
    en: "Analytic approximation (live formulas): each driver's swing = exposure × (value − neutral), exposure = the line totals it moves (weights at the bottom) per unit of the driver; E = base + Σ mean (PERT (l + 4m + h)/6, triangular (l + m + h)/3); σ = √Σ variance (PERT ((h − l)/6)²); P80 = E + NORMSINV(0.8)·σ, P90 = E + NORMSINV(0.9)·σ (normal approximation). Risk-based contingency = P80 − base.",
    zh: "解析近似（实时公式）：每个驱动因素的摆幅 = 敞口 × (取值 − 中性值)，敞口为其影响的费用项合计（权重见页末）每单位驱动因素的变化；E = 基础成本 + Σ 均值（PERT (低+4×最可能+高)/6，三角分布 (低+最可能+高)/3）；σ = √Σ 方差（PERT ((高−低)/6)²）；P80 = E + NORMSINV(0.8)·σ，P90 = E + NORMSINV(0.9)·σ（正态近似）。基于风险的预备费 = P80 − 基础成本。",
  },
  drivers: { en: "Uncertain drivers (three-point ranges)", zh: "不确定驱动因素（三点估算）" },
  driverHeaders: {
    en: ["id", "driver", "acts on", "effect", "low (optimistic)", "most likely", "high (pessimistic)", "distribution", "source of the width"],
    zh: ["键", "驱动因素", "作用对象", "方式", "低值（乐观）", "最可能值", "高值（悲观）", "分布", "区间依据"],
  },
  scale: { en: "scale ×", zh: "乘数 ×" },
  shift: { en: "shift +", zh: "加减 +" },
  share: { en: "video share of call minutes", zh: "通话分钟中的视频占比" },
  fx: { en: "every foreign-currency price", zh: "所有外币价格" },
  summary: { en: "Contingency: flat rate vs risk-based", zh: "预备费（应急储备）：固定比例与基于风险" },
  measure: { en: "measure", zh: "指标" },
  base: { en: "Base: TCO before contingency (six categories + hidden costs)", zh: "基础成本：不含预备费的总拥有成本（六大类 + 隐性成本）" },
  flat: { en: "Flat-rate contingency (rates on Inputs)", zh: "固定比例预备费（需求与假设中的比例）" },
  flatTotal: { en: "Base + flat contingency (= Total TCO)", zh: "基础成本 + 固定比例预备费（= 总拥有成本）" },
  flatShare: { en: "Flat contingency as a share of base", zh: "固定比例预备费占基础成本比例" },
  mean: { en: "Analytic mean E", zh: "解析均值 E" },
  sigma: { en: "Analytic σ (drivers independent)", zh: "解析标准差 σ（驱动因素独立）" },
  p50: { en: "Analytic P50 (≈ E, normal approximation)", zh: "解析 P50（≈ E，正态近似）" },
  p80: { en: "Analytic P80 = E + NORMSINV(0.8)·σ", zh: "解析 P80 = E + NORMSINV(0.8)·σ" },
  p90: { en: "Analytic P90 = E + NORMSINV(0.9)·σ", zh: "解析 P90 = E + NORMSINV(0.9)·σ" },
  risk: { en: "Risk-based contingency (analytic P80 − base)", zh: "基于风险的预备费（解析 P80 − 基础成本）" },
  riskShare: { en: "Risk-based contingency as a share of base", zh: "基于风险的预备费占基础成本比例" },
  mcNone: { en: "Monte Carlo: not computed for this workbook (run it from the IMCOST pane or CLI).", zh: "蒙特卡洛：本工作簿未计算（可在 IMCOST 任务窗格或命令行中运行）。" },
  mcP50: { en: "Monte Carlo P50 of TCO before contingency", zh: "蒙特卡洛 P50（不含预备费的总拥有成本）" },
  mcP80: { en: "Monte Carlo P80", zh: "蒙特卡洛 P80" },
  mcP90: { en: "Monte Carlo P90", zh: "蒙特卡洛 P90" },
  mcMean: { en: "Monte Carlo mean", zh: "蒙特卡洛均值" },
  mcRisk: { en: "Monte Carlo risk-based contingency (P80 − base)", zh: "蒙特卡洛基于风险的预备费（P80 − 基础成本）" },
  mcConfidence: { en: "Share of trials within base + flat contingency", zh: "落在基础成本 + 固定比例预备费以内的试验比例" },
  mcY1p50: { en: "Monte Carlo Y1 before contingency: P50", zh: "蒙特卡洛 Y1（不含预备费）：P50" },
  mcY1p80: { en: "Monte Carlo Y1 before contingency: P80", zh: "蒙特卡洛 Y1（不含预备费）：P80" },
  mcY1p90: { en: "Monte Carlo Y1 before contingency: P90", zh: "蒙特卡洛 Y1（不含预备费）：P90" },
  tornado: { en: "Tornado (live): swing of TCO with each driver at its low and high value, largest first", zh: "龙卷风图（实时）：各驱动因素取低值和高值时总拥有成本的摆幅，从大到小" },
  tornadoHeaders: { en: ["rank", "driver", "swing at low", "swing at high", "swing"], zh: ["排名", "驱动因素", "低值摆幅", "高值摆幅", "摆幅"] },
  low: { en: "at low", zh: "低值" },
  high: { en: "at high", zh: "高值" },
  detail: { en: "Analytic detail", zh: "解析明细" },
  detailHeaders: {
    en: ["driver", "exposure per unit", "swing at low", "swing at most likely", "swing at high", "mean", "variance", "swing", "rank"],
    zh: ["驱动因素", "每单位敞口", "低值摆幅", "最可能值摆幅", "高值摆幅", "均值", "方差", "摆幅", "排名"],
  },
  weights: {
    en: "Exposure weights (computed by IMCOST at generation; values): share of each line's total that moves per unit of each driver (secant between the driver's low and high value). Re-generate after structural changes (region, hosting, commercial model).",
    zh: "敞口权重（由 IMCOST 在生成时计算；数值）：每单位驱动因素变化时各费用项合计变动的比例（驱动因素低值与高值之间的割线）。结构性变化（区域、部署方式、商业模式）后请重新生成。",
  },
  zeroBase: { en: "Lines that are 0 at base (× path base)", zh: "基础情形下为 0 的费用项（× 方案基础成本）" },
  chart: { en: "Tornado", zh: "龙卷风图" },
};

const today = (): string => new Date().toISOString().slice(0, 10);
/** 12345.6 → "12,346" (no locale tables needed). */
const grouped = (x: number): string => Math.round(x).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
export const todayIso = today;

function isMonteCarloResult(m: PlanMonteCarlo | undefined): m is MonteCarloResult {
  return typeof m === "object" && m !== null && "paths" in m;
}

/**
 * The Risk sheet: the drivers table (editable three-point ranges), the analytic PERT approximation as live
 * formulas over the budget sheets, risk-based vs flat contingency, a live tornado per path with a bar chart,
 * and the Monte Carlo percentiles as values labelled with date, seed and trials.
 */
export function buildRiskSheet(input: RiskSheetInput): { sheet: SheetPlan; names: NamePlan[]; driverCells: Record<string, DriverCells> } {
  const { language } = input;
  const zh = language === "zh-CN";
  const t = (x: { en: string; zh: string }) => tr(x, language);
  const L = budgetSheetLayout();
  const { setup, weights } = exposureWeights(input.raw, { rateOverrides: input.rateOverrides, drivers: input.drivers });
  const drivers = setup.drivers;
  const D = drivers.length;
  const mc = input.monteCarlo === false ? null : isMonteCarloResult(input.monteCarlo) ? input.monteCarlo : runMonteCarlo(input.raw, { rateOverrides: input.rateOverrides, drivers: input.drivers, ...(input.monteCarlo ?? {}) });
  if (mc) {
    const same = mc.drivers.length === D && mc.drivers.every((m, i) => m.id === drivers[i].id && m.low === drivers[i].low && m.mode === drivers[i].mode && m.high === drivers[i].high && m.distribution === drivers[i].distribution);
    if (!same) throw new EngineError({ code: "wrongShape", field: "monteCarlo", allowed: "a Monte Carlo result computed with the same risk drivers as the plan" });
  }

  const WIDTH = Math.max(10, D + 1);
  const rows: CellPlan[][] = [];
  const blankRow = (): CellPlan[] => Array.from({ length: WIDTH }, (): CellPlan => ({ value: "" }));
  const push = (cells: CellPlan[]): number => {
    const row = blankRow();
    cells.forEach((c, i) => (row[i] = c));
    rows.push(row);
    return rows.length - 1;
  };
  const validations: ValidationPlan[] = [];
  const names: NamePlan[] = [];
  const charts: ChartPlan[] = [];

  push([{ value: t(T.title), style: "title" }]);
  push([{ value: t(T.note), style: "note" }]);
  push([{ value: t(T.method), style: "note" }]);
  push([]);

  // ── Drivers ──
  push([{ value: t(T.drivers), style: "subtitle" }]);
  push((zh ? T.driverHeaders.zh : T.driverHeaders.en).map((h): CellPlan => ({ value: h, style: "header" })));
  const firstDriverRow = rows.length;
  const DC = { id: 0, label: 1, actsOn: 2, effect: 3, low: 4, mode: 5, high: 6, distribution: 7, source: 8 } as const;
  const actsOn = (d: RiskDriver): string => {
    const parts = [...d.inputs.map((k) => (k === "fxUsdToCny" ? `Input_${k} → ${t(T.fx)}` : `Input_${k}`)), ...d.rates.map((k) => `Rate_${k}`)];
    if (d.share) parts.push(`${t(T.share)} (Input_${d.share.key})`);
    return parts.join(", ");
  };
  for (const d of drivers) {
    push([
      { value: d.id, style: "label" },
      { value: t(d.label), style: "label" },
      { value: actsOn(d), style: "note" },
      { value: d.effect === "scale" ? t(T.scale) : t(T.shift), style: "note" },
      { value: d.low, style: "input", numberFormat: FORMAT.factor },
      { value: d.mode, style: "input", numberFormat: FORMAT.factor },
      { value: d.high, style: "input", numberFormat: FORMAT.factor },
      { value: d.distribution, style: "input" },
      { value: t(d.source), style: "note" },
    ]);
  }
  const lastDriverRow = rows.length - 1;
  const driverCell = (i: number, col: number) => a1(firstDriverRow + i, col, true);
  const driverCol = (col: number) => rangeA1(firstDriverRow, col, lastDriverRow, col, true);
  const driverCells: Record<string, DriverCells> = Object.fromEntries(
    drivers.map((d, i): [string, DriverCells] => [
      d.id,
      { sheet: "risk", id: driverCell(i, DC.id), low: driverCell(i, DC.low), mode: driverCell(i, DC.mode), high: driverCell(i, DC.high), distribution: driverCell(i, DC.distribution) },
    ]),
  );
  validations.push({ range: rangeA1(firstDriverRow, DC.low, lastDriverRow, DC.high), rule: { type: "decimal", min: -10, max: 10 }, message: zh ? "驱动因素取值：-10 到 10 之间的数" : "driver value: a number from -10 to 10" });
  validations.push({ range: rangeA1(firstDriverRow, DC.distribution, lastDriverRow, DC.distribution), rule: { type: "list", values: ["pert", "triangular"] }, message: "pert or triangular" });
  push([]);

  // Row positions decided up front so that summary formulas can refer to the detail blocks below.
  const pathCol = (i: number) => 1 + i;
  const summaryTitleRow = rows.length;
  const S = {
    base: summaryTitleRow + 2,
    flat: summaryTitleRow + 3,
    flatTotal: summaryTitleRow + 4,
    flatShare: summaryTitleRow + 5,
    mean: summaryTitleRow + 6,
    sigma: summaryTitleRow + 7,
    p50: summaryTitleRow + 8,
    p80: summaryTitleRow + 9,
    p90: summaryTitleRow + 10,
    risk: summaryTitleRow + 11,
    riskShare: summaryTitleRow + 12,
    mcNote: summaryTitleRow + 13,
    mcP50: summaryTitleRow + 14,
    mcP80: summaryTitleRow + 15,
    mcP90: summaryTitleRow + 16,
    mcMean: summaryTitleRow + 17,
    mcRisk: summaryTitleRow + 18,
    mcConfidence: summaryTitleRow + 19,
    mcY1p50: summaryTitleRow + 20,
    mcY1p80: summaryTitleRow + 21,
    mcY1p90: summaryTitleRow + 22,
  };
  const summaryEnd = S.mcY1p90 + 1; // a blank row after
  const tornadoStart = summaryEnd + 1;
  const tornadoHeight = 1 + 1 + D + 1 + 3 + 1; // title, header, D rows, blank, chart data (3), blank
  const tornadoRow = (pi: number) => tornadoStart + pi * tornadoHeight;
  const detailStart = tornadoStart + PATHS.length * tornadoHeight;
  const detailHeight = 1 + 1 + D + 1; // title, header, D rows, blank
  const detailRow = (pi: number) => detailStart + pi * detailHeight;
  const weightsStart = detailStart + PATHS.length * detailHeight;
  const lineRowCount = L.lastLineRow - L.firstLineRow + 1;
  const weightsHeight = 1 + lineRowCount + 1 + 1; // header, line rows, zero-base row, blank
  const weightsRow = (pi: number) => weightsStart + 1 + pi * weightsHeight; // +1: the explanation row
  const DT = { label: 0, exposure: 1, low: 2, mode: 3, high: 4, mean: 5, variance: 6, swing: 7, rank: 8 } as const;
  const detailCol = (pi: number, col: number) => rangeA1(detailRow(pi) + 2, col, detailRow(pi) + 1 + D, col, true);

  // ── Summary ──
  const budget = (p: PathId, row: number) => sheetRef(sheetName(p, language), a1(row, BUDGET_COLUMNS.total, true));
  push([{ value: t(T.summary), style: "subtitle" }]);
  push([{ value: t(T.measure), style: "header" }, ...PATHS.map((p): CellPlan => ({ value: t(p.label), style: "header" }))]);
  const summaryRow = (label: { en: string; zh: string }, style: CellPlan["style"], f: (p: PathId, col: string, pi: number) => CellPlan): number =>
    push([{ value: t(label), style: style === "total" ? "total" : "label" }, ...PATHS.map((p, pi) => f(p.id, columnName(pathCol(pi)), pi))]);
  const money = (formula: string, style: CellPlan["style"] = "calc"): CellPlan => ({ formula, style, numberFormat: FORMAT.money });
  const cell = (key: keyof typeof S, col: string) => `${col}${S[key] + 1}`;
  summaryRow(T.base, "calc", (p) => money(`=${budget(p, L.baseRow)}+${budget(p, L.hiddenRow)}`));
  summaryRow(T.flat, "calc", (p) => money(`=${budget(p, L.contingencyMeteredRow)}+${budget(p, L.contingencyLabourRow)}`));
  summaryRow(T.flatTotal, "calc", (_p, c) => money(`=${cell("base", c)}+${cell("flat", c)}`));
  summaryRow(T.flatShare, "calc", (_p, c) => ({ formula: `=IF(${cell("base", c)}=0,0,${cell("flat", c)}/${cell("base", c)})`, style: "calc", numberFormat: FORMAT.percent }));
  summaryRow(T.mean, "calc", (_p, c, pi) => money(`=${cell("base", c)}+SUM(${detailCol(pi, DT.mean)})`));
  summaryRow(T.sigma, "calc", (_p, _c, pi) => money(`=SQRT(SUM(${detailCol(pi, DT.variance)}))`));
  summaryRow(T.p50, "calc", (_p, c) => money(`=${cell("mean", c)}`));
  summaryRow(T.p80, "calc", (_p, c) => money(`=${cell("mean", c)}+NORMSINV(0.8)*${cell("sigma", c)}`));
  summaryRow(T.p90, "calc", (_p, c) => money(`=${cell("mean", c)}+NORMSINV(0.9)*${cell("sigma", c)}`));
  summaryRow(T.risk, "total", (_p, c) => money(`=${cell("p80", c)}-${cell("base", c)}`, "total"));
  summaryRow(T.riskShare, "calc", (_p, c) => ({ formula: `=IF(${cell("base", c)}=0,0,${cell("risk", c)}/${cell("base", c)})`, style: "calc", numberFormat: FORMAT.percent }));
  PATHS.forEach((p, pi) => {
    const n = riskNames(p.id);
    names.push({ name: n.base, sheet: "risk", address: a1(S.base, pathCol(pi), true) });
    names.push({ name: n.flat, sheet: "risk", address: a1(S.flat, pathCol(pi), true) });
    names.push({ name: n.p80, sheet: "risk", address: a1(S.p80, pathCol(pi), true) });
    names.push({ name: n.contingency, sheet: "risk", address: a1(S.risk, pathCol(pi), true) });
  });
  const mcNote = mc
    ? zh
      ? `蒙特卡洛（数值，非实时）：由 IMCOST ${ENGINE_VERSION} 于 ${input.computedOn} 计算，种子 ${mc.seed}，${mc.trials} 次试验，按生成时的驱动因素区间。修改上方区间后请在任务窗格或命令行中重新运行。`
      : `Monte Carlo (values, not live): computed by IMCOST ${ENGINE_VERSION} on ${input.computedOn}, seed ${mc.seed}, ${grouped(mc.trials)} trials, with the driver ranges as generated. Re-run from the pane or CLI after editing the ranges.`
    : t(T.mcNone);
  push([{ value: mcNote, style: "note" }]);
  const mcValue = (f: (p: PathId) => number, numberFormat: string = FORMAT.money): ((p: PathId) => CellPlan) => (p) => (mc ? { value: f(p), style: "calc", numberFormat } : { value: "–", style: "note" });
  const mcRow = (label: { en: string; zh: string }, f: (p: PathId) => CellPlan) => push([{ value: t(label), style: "label" }, ...PATHS.map((p) => f(p.id))]);
  mcRow(T.mcP50, mcValue((p) => mc!.paths[p].tco.p50));
  mcRow(T.mcP80, mcValue((p) => mc!.paths[p].tco.p80));
  mcRow(T.mcP90, mcValue((p) => mc!.paths[p].tco.p90));
  mcRow(T.mcMean, mcValue((p) => mc!.paths[p].tco.mean));
  mcRow(T.mcRisk, mcValue((p) => mc!.paths[p].riskContingency));
  mcRow(T.mcConfidence, mcValue((p) => mc!.paths[p].flatConfidence, FORMAT.percent));
  mcRow(T.mcY1p50, mcValue((p) => mc!.paths[p].y1.p50));
  mcRow(T.mcY1p80, mcValue((p) => mc!.paths[p].y1.p80));
  mcRow(T.mcY1p90, mcValue((p) => mc!.paths[p].y1.p90));
  push([]);
  if (rows.length !== tornadoStart) throw new Error(`Plan error: Risk sheet tornado starts at ${rows.length}, expected ${tornadoStart}`);

  // ── Tornado per path (live, sorted by the analytic swing) ──
  PATHS.forEach((p, pi) => {
    push([{ value: `${t(T.tornado)} — ${t(p.label)}`, style: "subtitle" }]);
    push((zh ? T.tornadoHeaders.zh : T.tornadoHeaders.en).map((h): CellPlan => ({ value: h, style: "header" })));
    const firstSorted = rows.length;
    for (let k = 1; k <= D; k++) {
      const at = `MATCH(${k},${detailCol(pi, DT.rank)},0)`;
      push([
        { value: k, style: "note", numberFormat: FORMAT.integer },
        { formula: `=INDEX(${driverCol(DC.label)},${at})`, style: "label" },
        money(`=INDEX(${detailCol(pi, DT.low)},${at})`),
        money(`=INDEX(${detailCol(pi, DT.high)},${at})`),
        money(`=INDEX(${detailCol(pi, DT.swing)},${at})`),
      ]);
    }
    push([]);
    // Chart data: categories in the first row, one series per row (low, high), as ChartPlan expects.
    const chartTop = rows.length;
    const sortedCell = (k: number, col: number) => a1(firstSorted + k, col);
    const chartRow = (label: CellPlan, f: (k: number) => CellPlan) => {
      const row = blankRow();
      row[0] = label;
      for (let k = 0; k < D; k++) row[1 + k] = f(k);
      rows.push(row);
    };
    chartRow({ value: t(p.label), style: "note" }, (k) => ({ formula: `=${sortedCell(k, 1)}`, style: "note" }));
    chartRow({ value: t(T.low), style: "note" }, (k) => money(`=${sortedCell(k, 2)}`, "note"));
    chartRow({ value: t(T.high), style: "note" }, (k) => money(`=${sortedCell(k, 3)}`, "note"));
    push([]);
    charts.push({ title: `${t(T.chart)}: ${t(p.label)}`, type: "barClustered", dataRange: rangeA1(chartTop, 0, chartTop + 2, D), topLeft: a1(tornadoRow(pi), 6), bottomRight: a1(tornadoRow(pi) + tornadoHeight - 1, 9) });
  });
  if (rows.length !== detailStart) throw new Error(`Plan error: Risk sheet detail starts at ${rows.length}, expected ${detailStart}`);

  // ── Analytic detail per path ──
  PATHS.forEach((p, pi) => {
    push([{ value: `${t(T.detail)} — ${t(p.label)}`, style: "subtitle" }]);
    push((zh ? T.detailHeaders.zh : T.detailHeaders.en).map((h): CellPlan => ({ value: h, style: "header" })));
    const wTop = weightsRow(pi) + 1; // first line row of this path's weights block
    const lineTotals = sheetRef(sheetName(p.id, language), rangeA1(L.firstLineRow, BUDGET_COLUMNS.total, L.lastLineRow, BUDGET_COLUMNS.total, true));
    drivers.forEach((d, i) => {
      const r = detailRow(pi) + 2 + i;
      const wCol = 1 + i;
      const weightsRange = rangeA1(wTop, wCol, wTop + lineRowCount - 1, wCol, true);
      const zeroBase = a1(wTop + lineRowCount, wCol, true);
      const baseCell = a1(S.base, pathCol(pi), true);
      const x = (col: number) => a1(r, col);
      const minus = neutralValue(d) === 0 ? "" : `-${neutralValue(d)}`;
      const value = (col: number) => (minus ? `(${driverCell(i, col)}${minus})` : driverCell(i, col));
      const [sl, sm, sh] = [x(DT.low), x(DT.mode), x(DT.high)];
      const dist = driverCell(i, DC.distribution);
      const swingsAbove = i === 0 ? "0" : `COUNTIF(${a1(detailRow(pi) + 2, DT.swing, true)}:${a1(r - 1, DT.swing)},${x(DT.swing)})`;
      push([
        { formula: `=${driverCell(i, DC.label)}`, style: "label" },
        { formula: `=SUMPRODUCT(${lineTotals},${weightsRange})+${baseCell}*${zeroBase}`, style: "calc", numberFormat: FORMAT.money },
        money(`=${x(DT.exposure)}*${value(DC.low)}`),
        money(`=${x(DT.exposure)}*${value(DC.mode)}`),
        money(`=${x(DT.exposure)}*${value(DC.high)}`),
        money(`=IF(${dist}="triangular",(${sl}+${sm}+${sh})/3,(${sl}+4*${sm}+${sh})/6)`),
        { formula: `=IF(${dist}="triangular",(${sl}^2+${sm}^2+${sh}^2-${sl}*${sm}-${sl}*${sh}-${sm}*${sh})/18,((${sh}-${sl})/6)^2)`, style: "calc", numberFormat: "0.000E+00" },
        money(`=ABS(${sh}-${sl})`),
        { formula: `=RANK(${x(DT.swing)},${detailCol(pi, DT.swing)})+${swingsAbove}`, style: "note", numberFormat: FORMAT.integer },
      ]);
    });
    push([]);
  });
  if (rows.length !== weightsStart) throw new Error(`Plan error: Risk sheet weights start at ${rows.length}, expected ${weightsStart}`);

  // ── Exposure weights (values) ──
  push([{ value: t(T.weights), style: "note" }]);
  const lineAtRow = new Map(COST_LINES.map((l, i) => [L.lineRow[l.id], i]));
  PATHS.forEach((p, pi) => {
    if (rows.length !== weightsRow(pi)) throw new Error("Plan error: Risk sheet weights block out of place");
    push([{ value: t(p.label), style: "header" }, ...drivers.map((d): CellPlan => ({ value: d.id, style: "header" }))]);
    const w = weights[p.id];
    for (let r = L.firstLineRow; r <= L.lastLineRow; r++) {
      const li = lineAtRow.get(r);
      if (li === undefined) {
        push([{ value: "", style: "note" }]);
        continue;
      }
      push([{ value: t(COST_LINES[li].label), style: "note" }, ...drivers.map((_, di): CellPlan => ({ value: w.lineShares[di][li], style: "note", numberFormat: "0.000000" }))]);
    }
    push([{ value: t(T.zeroBase), style: "note" }, ...drivers.map((_, di): CellPlan => ({ value: w.baseShare[di], style: "note", numberFormat: "0.000000" }))]);
    push([]);
  });

  return {
    sheet: {
      key: "risk",
      name: sheetName("risk", language),
      tabColor: "#CA5010",
      blocks: [{ row: 0, column: 0, cells: rows }],
      columnWidths: [46, 34, 40, 16, 14, 14, 14, 14, 60, ...Array.from({ length: WIDTH - 9 }, () => 14)],
      frozen: { rows: 1, columns: 0 },
      validations,
      conditionalFormats: [],
      charts,
      protect: true,
      print: { landscape: true, fitToWidth: true },
    },
    names,
    driverCells,
  };
}
