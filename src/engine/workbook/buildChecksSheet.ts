import { CATEGORIES } from "../budget/categories";
import type { PathId } from "../budget/paths";
import { CHECKS, SEVERITIES, THRESHOLDS, TRAPS, type CheckDefinition, type CheckExcelRefs, type ThresholdId } from "../checks/checkDefinitions";
import { YEAR_WATCHES } from "../checks/yearWatches";
import { compileExcel } from "../expression/compileExcel";
import { BUDGET_COLUMNS, budgetSheetLayout } from "./budgetSheetLayout";
import { totalNames } from "./buildBudgetSheet";
import { inputValidColumn } from "./buildInputsSheet";
import { RATE_COLUMNS, RATE_FIRST_ROW } from "./buildRateCardSheet";
import { riskNames } from "./buildRiskSheet";
import { RISK_RUN_CURRENT } from "./buildRiskRunBlock";
import { sizingCellFrom, sizingYearCellFrom } from "./buildSizingSheet";
import { pathPhasingRows, phasingMonths } from "./phasingLayout";
import { a1, columnName, rangeA1, sheetRef } from "./excelAddress";
import { FORMAT, MAX_FISCAL_YEARS, MAX_MONTHS, MAX_YEARS, sheetName, tr } from "./layout";
import type { CellPlan, Language, NamePlan, SheetPlan } from "./WorkbookPlan";

type Text = { en: string; zh: string };

/** A sheet's used range (every block's cells), absolute, on that sheet. */
function usedRange(sheet: SheetPlan): string {
  const bottom = Math.max(...sheet.blocks.map((b) => b.row + b.cells.length));
  const right = Math.max(...sheet.blocks.map((b) => b.column + (b.cells[0]?.length ?? 0)));
  return sheetRef(sheet.name, rangeA1(0, 0, bottom - 1, right - 1, true));
}

const POC_ITEMS: readonly Text[] = [
  { en: "Latency meets the target between all sites (p95)", zh: "各站点间延迟达标（p95）" },
  { en: "Concurrency under load: the event peak online at once", zh: "负载下的并发：活动峰值人数同时在线" },
  { en: "Message ordering and delivery under reconnects", zh: "断线重连下的消息顺序与送达" },
  { en: "Media quality: voice and video at the chosen resolution on weak networks", zh: "音视频质量：弱网下所选分辨率的通话" },
  { en: "Integration with the directory (SSO) and one business system", zh: "与通讯录（单点登录）及一个业务系统的集成" },
];

/** Columns of the Checks sheet: the verdict table, then (further down) the year-watch helper rows. */
export const CHECK_COLUMNS = { label: 0, passes: 1, id: 2, trap: 3, severity: 4, year: 5, jump: 6, rule: 7, firstYear: 8 } as const;
const WIDTH = CHECK_COLUMNS.firstYear + MAX_YEARS + 3; // calendar years, then count, first year, jump

/**
 * The Checks sheet: one row per check of CHECKS (the four traps, the evidence behind the prices, the model's
 * integrity) with a live formula compiled from the same definition the engine evaluates, its severity, the first
 * year and jump of price steps; Check_All (every integrity check passes) and Warning_Count (failing warnings);
 * the POC checklist; and the per-year helper rows the lure and on-call checks read.
 */
export function buildChecksSheet(entryCount: number, language: Language, calculating: readonly SheetPlan[], checks: readonly CheckDefinition[] = CHECKS): { sheet: SheetPlan; names: NamePlan[] } {
  const zh = language === "zh-CN";
  const L = budgetSheetLayout();
  const blankRow = (): CellPlan[] => Array.from({ length: WIDTH }, (): CellPlan => ({ value: "" }));
  const rows: CellPlan[][] = [];
  const push = (cells: CellPlan[]): number => {
    const row = blankRow();
    cells.forEach((c, i) => (row[i] = c));
    rows.push(row);
    return rows.length - 1;
  };

  // Positions of the helper block, decided first so that the checks can refer to it.
  const firstCheckRow = 2;
  const allRow = firstCheckRow + checks.length;
  const warningRow = allRow + 1;
  const pocTitleRow = warningRow + 2;
  const helperTitleRow = pocTitleRow + 1 + POC_ITEMS.length + 1;
  const watchLevelRow = (i: number) => helperTitleRow + 2 + i * 2;
  const watchTripRow = (i: number) => watchLevelRow(i) + 1;
  const watchIndex = new Map(YEAR_WATCHES.map((w, i) => [w.id, i]));
  // The thresholds the check formulas read, in labelled cells below the helper rows.
  const thresholdsTitleRow = watchTripRow(YEAR_WATCHES.length - 1) + 2;
  const thresholdCell = (id: ThresholdId) => {
    const i = THRESHOLDS.findIndex((t) => t.id === id);
    if (i < 0) throw new Error(`Model error: unknown threshold "${id}"`);
    return a1(thresholdsTitleRow + 1 + i, CHECK_COLUMNS.passes, true);
  };
  const W = { count: CHECK_COLUMNS.firstYear + MAX_YEARS, year: CHECK_COLUMNS.firstYear + MAX_YEARS + 1, jump: CHECK_COLUMNS.firstYear + MAX_YEARS + 2 };
  const watchCell = (id: string, col: number) => {
    const i = watchIndex.get(id);
    if (i === undefined) throw new Error(`Model error: unknown year watch "${id}"`);
    return a1(watchTripRow(i), col, true);
  };

  const rateSheet = sheetName("rateCard", language);
  const rateCol = (col: number) => sheetRef(rateSheet, `$${columnName(col)}$${RATE_FIRST_ROW + 1}:$${columnName(col)}$${RATE_FIRST_ROW + entryCount}`);
  const pathCell = (p: PathId, row: number, col: number) => sheetRef(sheetName(p, language), a1(row, col, true));
  const refs: CheckExcelRefs = {
    input: (key) => `Input_${key}`,
    inputValidColumn: () => inputValidColumn(language),
    rate: (key) => `Rate_${key}`,
    sizingY1: (key) => sizingCellFrom(language, key, 1),
    rateColumn: (c) => rateCol(RATE_COLUMNS[c]),
    categoryTotals: (p) => [...CATEGORIES.map((c) => pathCell(p, L.subtotalRow[c.id], BUDGET_COLUMNS.total)), pathCell(p, L.contingencyMeteredRow, BUDGET_COLUMNS.total), pathCell(p, L.contingencyLabourRow, BUDGET_COLUMNS.total)],
    pathTotal: (p) => pathCell(p, L.totalRow, BUDGET_COLUMNS.total),
    lineBlock: (p) => sheetRef(sheetName(p, language), rangeA1(L.firstLineRow, BUDGET_COLUMNS.firstMonth, L.lastLineRow, BUDGET_COLUMNS.firstMonth + MAX_MONTHS - 1, true)),
    monthsTotal: (p) => `SUM(${phasingMonths(language, pathPhasingRows(p).total)})`,
    fiscalTotal: (p) => `SUM(${sheetRef(sheetName(p, language), rangeA1(L.totalRow, BUDGET_COLUMNS.firstFiscal, L.totalRow, BUDGET_COLUMNS.firstFiscal + MAX_FISCAL_YEARS - 1, true))})`,
    estimateShare: (p) => totalNames(p).estimateShare,
    reconciliationGap: (p) => sheetRef(sheetName(p, language), rangeA1(L.reconciliationRow, BUDGET_COLUMNS.firstFiscal, L.reconciliationRow, BUDGET_COLUMNS.firstFiscal + MAX_FISCAL_YEARS - 1, true)),
    flatContingency: (p) => riskNames(p).flat,
    riskContingency: (p) => riskNames(p).contingency,
    watchCount: (id) => watchCell(id, W.count),
    threshold: thresholdCell,
    calculationRanges: () => calculating.map(usedRange),
    riskRunCurrent: () => RISK_RUN_CURRENT,
  };

  const headers = zh ? ["检查项", "通过", "键", "陷阱", "级别", "年份", "跳升", "规则与依据"] : ["check", "passes", "id", "trap", "severity", "year", "jump", "rule and source"];
  push([{ value: zh ? "预算检查" : "Budget checks", style: "title" }]);
  push(headers.map((h): CellPlan => ({ value: h, style: "header" })));
  for (const c of checks) {
    const watch = c.watch ? YEAR_WATCHES.find((w) => w.id === c.watch) : undefined;
    push([
      { value: tr(c.label, language), style: "label" },
      { formula: `=IFERROR(${c.excel(refs)},FALSE)`, style: "check" }, // an error (e.g. text pasted into a number input) fails the check
      { value: c.id, style: "note" },
      { value: tr(TRAPS[c.trap], language), style: "note" },
      { value: tr(SEVERITIES[c.severity], language), style: "note" },
      watch ? { formula: `=${watchCell(watch.id, W.year)}`, style: "calc", numberFormat: FORMAT.general } : { value: "" },
      watch?.jumpLine ? { formula: `=${watchCell(watch.id, W.jump)}`, style: "calc", numberFormat: FORMAT.money } : { value: "" },
      { value: tr(c.rule, language), style: "note" },
    ]);
  }
  // Counted by the severity column, so the verdict follows each row's own severity wherever the row sits.
  const passes = `${a1(firstCheckRow, CHECK_COLUMNS.passes)}:${a1(allRow - 1, CHECK_COLUMNS.passes)}`;
  const severities = `${a1(firstCheckRow, CHECK_COLUMNS.severity)}:${a1(allRow - 1, CHECK_COLUMNS.severity)}`;
  const failing = (severity: keyof typeof SEVERITIES) => `COUNTIFS(${severities},"${tr(SEVERITIES[severity], language)}",${passes},FALSE)`;
  push([
    { value: zh ? "模型完整性：所有完整性检查通过（Check_All）" : "Model integrity: every integrity check passes (Check_All)", style: "total" },
    { formula: `=${failing("integrity")}=0`, style: "check" },
    { value: "all", style: "note" },
  ]);
  push([
    { value: zh ? "待审阅的警告（Warning_Count）" : "Warnings to review (Warning_Count)", style: "total" },
    { formula: `=${failing("warning")}`, style: "calc", numberFormat: FORMAT.integer },
    { value: "warnings", style: "note" },
  ]);
  push([]);
  push([{ value: zh ? "POC 验证清单（先验证，再投入）" : "POC checklist (prove the design before committing)", style: "subtitle" }, { value: zh ? "状态" : "status", style: "header" }]);
  for (const item of POC_ITEMS) push([{ value: tr(item, language), style: "label" }, { value: "", style: "input" }]);
  push([]);

  // ── Year-watch helper rows ──
  if (rows.length !== helperTitleRow) throw new Error(`Plan error: Checks helper starts at ${rows.length}, expected ${helperTitleRow}`);
  push([{ value: zh ? "辅助行：按年观察的数量（阶梯、免费额度、最低承诺、值班缺口）" : "Helper: quantities watched by year (steps, free tiers, minimums, on-call shortfall)", style: "subtitle" }]);
  const yearHeaders: CellPlan[] = Array.from({ length: MAX_YEARS }, (_, i): CellPlan => ({ value: zh ? `第 ${i + 1} 年` : `Year ${i + 1}`, style: "header" }));
  const helperHeader = blankRow();
  helperHeader[0] = { value: zh ? "观察项" : "watch", style: "header" };
  helperHeader[CHECK_COLUMNS.id] = { value: "id", style: "header" };
  yearHeaders.forEach((h, t) => (helperHeader[CHECK_COLUMNS.firstYear + t] = h));
  helperHeader[W.count] = { value: zh ? "触发年数" : "years tripped", style: "header" };
  helperHeader[W.year] = { value: zh ? "首次年份" : "first year", style: "header" };
  helperHeader[W.jump] = { value: zh ? "跳升" : "jump", style: "header" };
  rows.push(helperHeader);
  const yc = (w: number) => columnName(CHECK_COLUMNS.firstYear + w - 1);
  YEAR_WATCHES.forEach((w, i) => {
    const level = blankRow();
    const levelRow = watchLevelRow(i);
    const tripRow = watchTripRow(i);
    level[0] = { value: tr(w.label, language), style: "label" };
    level[CHECK_COLUMNS.id] = { value: w.id, style: "note" };
    level[CHECK_COLUMNS.trap] = { value: zh ? "水平" : "level", style: "note" };
    for (let t = 1; t <= MAX_YEARS; t++) {
      const formula = compileExcel(w.level, {
        input: (key) => `Input_${key}`,
        rate: (key) => `Rate_${key}`,
        sizing: (key, lag) => sizingCellFrom(language, key, Math.max(1, t - lag)),
        line: () => {
          throw new Error("Model error: a year watch cannot refer to a line");
        },
        year: () => sizingYearCellFrom(language, t),
      });
      // ×1: a comparison gives TRUE/FALSE, and Excel ranks any logical above any number (TRUE > 5), so levels stay numbers.
      level[CHECK_COLUMNS.firstYear + t - 1] = { formula: `=(${formula})*1`, style: "calc", numberFormat: FORMAT.number };
    }
    if (rows.length !== levelRow) throw new Error("Plan error: Checks helper row out of place");
    rows.push(level);
    const trip = blankRow();
    trip[0] = { value: zh ? `　触发（${w.rule === "rise" ? "较上年上升，第 2 年起" : "大于 0，第 1 年起"}，预算窗口内）` : `  trips (${w.rule === "rise" ? "above the year before, from year 2" : "above 0, from year 1"}, within the window)`, style: "note" };
    trip[CHECK_COLUMNS.trap] = { value: zh ? "触发" : "trips", style: "note" };
    const from = w.rule === "rise" ? 2 : 1;
    for (let t = 1; t <= MAX_YEARS; t++) {
      const here = `${yc(t)}${levelRow + 1}`;
      const formula = t < from ? "=0" : `=IF(AND(${sizingYearCellFrom(language, t)}<=Input_horizonYears,${here}>${w.rule === "rise" ? `${yc(t - 1)}${levelRow + 1}` : "0"}),1,0)`;
      trip[CHECK_COLUMNS.firstYear + t - 1] = { formula, style: "note", numberFormat: FORMAT.integer };
    }
    const trips = `${yc(1)}${tripRow + 1}:${yc(MAX_YEARS)}${tripRow + 1}`;
    trip[W.count] = { formula: `=COUNTIF(${trips},1)`, style: "calc", numberFormat: FORMAT.integer };
    trip[W.year] = { formula: `=IFERROR(MATCH(1,${trips},0),"")`, style: "calc", numberFormat: FORMAT.general };
    if (w.jumpLine) {
      const budget = (address: string) => sheetRef(sheetName(w.jumpLine!.path, language), address);
      const r = L.lineRow[w.jumpLine.line];
      const months = budget(rangeA1(r, BUDGET_COLUMNS.firstMonth, r, BUDGET_COLUMNS.firstMonth + MAX_MONTHS - 1, true));
      const windowYears = budget(rangeA1(L.windowYearRow, BUDGET_COLUMNS.firstMonth, L.windowYearRow, BUDGET_COLUMNS.firstMonth + MAX_MONTHS - 1, true));
      const year = a1(tripRow, W.year);
      trip[W.jump] = { formula: `=IF(ISNUMBER(${year}),SUMIF(${windowYears},${year},${months})-SUMIF(${windowYears},${year}-1,${months}),"")`, style: "calc", numberFormat: FORMAT.money };
    }
    rows.push(trip);
  });

  push([]);
  if (rows.length !== thresholdsTitleRow) throw new Error(`Plan error: Checks thresholds start at ${rows.length}, expected ${thresholdsTitleRow}`);
  push([{ value: zh ? "检查阈值（各检查公式读取这些单元格）" : "Check thresholds (the check formulas read these cells)", style: "subtitle" }, { value: zh ? "取值" : "value", style: "header" }, { value: "id", style: "header" }]);
  for (const t of THRESHOLDS) push([{ value: tr(t.label, language), style: "label" }, { value: t.value, style: "note", numberFormat: t.percent ? FORMAT.percent : Number.isInteger(t.value) ? FORMAT.integer : "0.000" }, { value: t.id, style: "note" }]);

  const severityColumn = columnName(CHECK_COLUMNS.severity);
  const warningText = tr(SEVERITIES.warning, language);
  return {
    sheet: {
      key: "checks",
      name: sheetName("checks", language),
      tabColor: "#D13438",
      blocks: [{ row: 0, column: 0, cells: rows }],
      columnWidths: [64, 12, 24, 26, 12, 8, 14, 70, ...Array.from({ length: MAX_YEARS + 3 }, () => 10)],
      frozen: { rows: 2, columns: 0 },
      validations: [],
      conditionalFormats: [
        { range: `B${firstCheckRow + 1}:B${allRow + 1}`, formula: `=B${firstCheckRow + 1}=TRUE`, style: "good" },
        // A failing integrity check is red; a failing warning amber (a finding to review, the model is still sound).
        { range: `B${firstCheckRow + 1}:B${allRow + 1}`, formula: `=AND(B${firstCheckRow + 1}=FALSE,$${severityColumn}${firstCheckRow + 1}<>"${warningText}")`, style: "bad" },
        { range: `B${firstCheckRow + 1}:B${allRow + 1}`, formula: `=AND(B${firstCheckRow + 1}=FALSE,$${severityColumn}${firstCheckRow + 1}="${warningText}")`, style: "warn" },
      ],
      charts: [],
      protect: true,
      print: { landscape: true, fitToWidth: true },
    },
    names: [
      { name: "Check_All", sheet: "checks", address: a1(allRow, CHECK_COLUMNS.passes, true) },
      { name: "Warning_Count", sheet: "checks", address: a1(warningRow, CHECK_COLUMNS.passes, true) },
    ],
  };
}
