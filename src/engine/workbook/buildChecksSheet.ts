import { CATEGORIES } from "../budget/categories";
import { PATHS } from "../budget/paths";
import type { RequirementSpec } from "../requirements/RequirementSpec";
import { REQUIREMENT_SPECS } from "../requirements/requirementSpecs";
import { BUDGET_COLUMNS, budgetSheetLayout } from "./budgetSheetLayout";
import { RATE_COLUMNS, RATE_FIRST_ROW } from "./buildRateCardSheet";
import { a1, columnName, sheetRef } from "./excelAddress";
import { YEAR_COUNT, sheetName, tr } from "./layout";
import type { CellPlan, Language, NamePlan, SheetPlan } from "./WorkbookPlan";

type Text = { en: string; zh: string };

/** One workbook check: a formula that is TRUE when the check passes. */
interface CheckRow {
  readonly id: string;
  readonly label: Text;
  readonly formula: string;
}

function inputCheck(spec: RequirementSpec): string {
  const n = `Input_${spec.key}`;
  switch (spec.kind) {
    case "number":
      return `AND(ISNUMBER(${n}),${n}>=${spec.min},${n}<=${spec.max}${spec.integer ? `,${n}=INT(${n})` : ""})`;
    case "override":
      return `OR(${n}="auto",AND(ISNUMBER(${n}),${n}>=${spec.min},${n}<=${spec.max}))`;
    case "boolean":
      return `ISLOGICAL(${n})`;
    case "choice":
      return `OR(${spec.choices.map((c) => (typeof c === "number" ? `${n}=${c}` : `${n}="${c}"`)).join(",")})`;
  }
}

const POC_ITEMS: readonly Text[] = [
  { en: "Latency meets the target between all sites (p95)", zh: "各站点间延迟达标（p95）" },
  { en: "Concurrency under load: the event peak online at once", zh: "负载下的并发：活动峰值人数同时在线" },
  { en: "Message ordering and delivery under reconnects", zh: "断线重连下的消息顺序与送达" },
  { en: "Media quality: voice and video at the chosen resolution on weak networks", zh: "音视频质量：弱网下所选分辨率的通话" },
  { en: "Integration with the directory (SSO) and one business system", zh: "与通讯录（单点登录）及一个业务系统的集成" },
];

export function buildChecksSheet(entryCount: number, language: Language): { sheet: SheetPlan; names: NamePlan[] } {
  const L = budgetSheetLayout();
  const rateSheet = sheetName("rateCard", language);
  const rateCol = (col: number) => sheetRef(rateSheet, `$${columnName(col)}$${RATE_FIRST_ROW + 1}:$${columnName(col)}$${RATE_FIRST_ROW + entryCount}`);
  const checks: CheckRow[] = [
    { id: "inputsValid", label: { en: "Every input is within its allowed range", zh: "所有输入均在允许范围内" }, formula: `AND(${REQUIREMENT_SPECS.map((s) => inputCheck(s as RequirementSpec)).join(",")})` },
    { id: "ratesSourced", label: { en: "Every rate has a source, a date and a status", zh: "每个单价都有来源、日期和证据等级" }, formula: `AND(COUNTBLANK(${rateCol(RATE_COLUMNS.source)})=0,COUNTBLANK(${rateCol(RATE_COLUMNS.date)})=0,COUNTBLANK(${rateCol(RATE_COLUMNS.status)})=0)` },
    { id: "ratesNonNegative", label: { en: "No negative list values or discounts outside 0–100%", zh: "没有负标价，折扣在 0–100% 之间" }, formula: `AND(MIN(${rateCol(RATE_COLUMNS.list)})>=0,MIN(${rateCol(RATE_COLUMNS.discount)})>=0,MAX(${rateCol(RATE_COLUMNS.discount)})<=1)` },
  ];
  for (const p of PATHS) {
    const s = sheetName(p.id, language);
    const cell = (row: number, col: number) => sheetRef(s, a1(row, col, true));
    const lineBlock = sheetRef(s, `$${columnName(BUDGET_COLUMNS.firstYear)}$${L.firstLineRow + 1}:$${columnName(BUDGET_COLUMNS.firstYear + YEAR_COUNT - 1)}$${L.lastLineRow + 1}`);
    const parts = [...CATEGORIES.map((c) => cell(L.subtotalRow[c.id], BUDGET_COLUMNS.total)), cell(L.contingencyMeteredRow, BUDGET_COLUMNS.total), cell(L.contingencyLabourRow, BUDGET_COLUMNS.total)];
    checks.push({ id: `sum_${p.id}`, label: { en: `${p.label.en}: categories and contingency add up to the total`, zh: `${p.label.zh}：各类别与弹性预算之和等于合计` }, formula: `ABS(${parts.join("+")}-${cell(L.totalRow, BUDGET_COLUMNS.total)})<0.005` });
    checks.push({ id: `nonNegative_${p.id}`, label: { en: `${p.label.en}: no negative cost in any line or year`, zh: `${p.label.zh}：任何费用项和年份都没有负数` }, formula: `MIN(${lineBlock})>=-0.005` });
  }

  const zh = language === "zh-CN";
  const rows: CellPlan[][] = [
    [{ value: zh ? "预算检查" : "Budget checks", style: "title" }, { value: "" }, { value: "" }],
    [{ value: zh ? "检查项" : "check", style: "header" }, { value: zh ? "通过" : "passes", style: "header" }, { value: "id", style: "header" }],
  ];
  const firstCheckRow = rows.length;
  for (const c of checks) rows.push([{ value: tr(c.label, language), style: "label" }, { formula: `=${c.formula}`, style: "check" }, { value: c.id, style: "note" }]);
  const lastCheckRow = rows.length - 1;
  const allRow = rows.length;
  rows.push([{ value: zh ? "全部检查通过（Check_All）" : "All checks pass (Check_All)", style: "total" }, { formula: `=AND(${a1(firstCheckRow, 1)}:${a1(lastCheckRow, 1)})`, style: "check" }, { value: "all", style: "note" }]);
  rows.push([{ value: "" }, { value: "" }, { value: "" }]);
  rows.push([{ value: zh ? "POC 验证清单（先验证，再投入）" : "POC checklist (prove the design before committing)", style: "subtitle" }, { value: zh ? "状态" : "status", style: "header" }, { value: "" }]);
  for (const item of POC_ITEMS) rows.push([{ value: tr(item, language), style: "label" }, { value: "", style: "input" }, { value: "" }]);

  return {
    sheet: {
      key: "checks",
      name: sheetName("checks", language),
      tabColor: "#D13438",
      blocks: [{ row: 0, column: 0, cells: rows }],
      columnWidths: [64, 12, 22],
      frozen: { rows: 2, columns: 0 },
      validations: [],
      conditionalFormats: [
        { range: `B${firstCheckRow + 1}:B${allRow + 1}`, formula: `=B${firstCheckRow + 1}=TRUE`, style: "good" },
        { range: `B${firstCheckRow + 1}:B${allRow + 1}`, formula: `=B${firstCheckRow + 1}=FALSE`, style: "bad" },
      ],
      charts: [],
      protect: true,
      print: { landscape: false, fitToWidth: true },
    },
    names: [{ name: "Check_All", sheet: "checks", address: a1(allRow, 1, true) }],
  };
}
