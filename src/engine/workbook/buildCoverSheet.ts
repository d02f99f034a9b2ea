import { PATHS } from "../budget/paths";
import { RATE_CARD_AS_OF } from "../rateCard/rateCardEntries";
import { ENGINE_VERSION } from "../version";
import { totalNames } from "./buildBudgetSheet";
import { rangeA1 } from "./excelAddress";
import { FORMAT, sheetName, tr } from "./layout";
import type { CellPlan, Language, SheetPlan } from "./WorkbookPlan";

const TEXT = {
  title: { en: "Enterprise instant messaging: deployment budget", zh: "企业即时通讯部署成本预算" },
  subtitle: { en: "Self-build, commercial and hybrid paths compared over the budget horizon", zh: "自建、商业与混合方案在预算期内的对比" },
  asOf: { en: "Prices as of", zh: "价格截至" },
  version: { en: "IMCOST engine version", zh: "IMCOST 引擎版本" },
  currency: { en: "Budget currency", zh: "预算币种" },
  horizon: { en: "Horizon (years)", zh: "预算年限（年）" },
  scope: { en: "Scope", zh: "范围" },
  scopeText: {
    en: "Text, voice and video messaging for all staff: infrastructure, licensing, people, integration, security & compliance, operations, hidden costs and contingency.",
    zh: "面向全体员工的文字、语音和视频通讯：基础设施、技术许可、人力、集成、安全合规、运营、隐性成本与预备费（基本预备费）。",
  },
  excludes: { en: "Totals exclude", zh: "合计不含" },
  excludesText: {
    en: "Depreciation (a P&L memo on its own sheet), end-user devices, office space, financing costs, and VAT that is reclaimable.",
    zh: "折旧（单独工作表的损益备忘）、终端设备、办公场地、融资成本以及可抵扣的增值税。",
  },
  results: { en: "Results", zh: "结果" },
  path: { en: "Path", zh: "方案" },
  tco: { en: "TCO", zh: "总拥有成本" },
  npv: { en: "NPV", zh: "净现值" },
  est: { en: "Share of TCO resting on estimated or second-hand prices", zh: "依赖估算或二手价格的成本占比" },
  integrity: { en: "Model integrity", zh: "模型完整性" },
  integrityOk: { en: "OK", zh: "通过" },
  integrityFailed: { en: "NOT OK: see Checks", zh: "未通过：见检查表" },
  warnings: { en: "Warnings to review", zh: "待审阅的警告" },
  warningsText: { en: " warnings to review (Checks)", zh: " 项警告待审阅（见检查表）" },
  signOff: { en: "Sign-off", zh: "审批签字" },
  technical: { en: "Technical reviewer", zh: "技术审核人" },
  business: { en: "Business reviewer", zh: "业务审核人" },
  name: { en: "Name", zh: "姓名" },
  date: { en: "Date", zh: "日期" },
  chart: { en: "TCO by path", zh: "各方案总拥有成本" },
};

/** The results table: its header row, then one row per path (0-based rows of the Cover). */
const RESULTS_HEADER_ROW = 11;

export function buildCoverSheet(language: Language): SheetPlan {
  const L = (t: { en: string; zh: string }): CellPlan => ({ value: tr(t, language), style: "label" });
  const blank: CellPlan = { value: "" };
  const checks = `#'${sheetName("checks", language)}'!A1`;
  const rows: CellPlan[][] = [
    [{ value: tr(TEXT.title, language), style: "title" }, blank, blank, blank],
    [{ value: tr(TEXT.subtitle, language), style: "subtitle" }, blank, blank, blank],
    [blank, blank, blank, blank],
    [L(TEXT.asOf), { value: RATE_CARD_AS_OF, style: "calc", numberFormat: FORMAT.text }, blank, blank],
    [L(TEXT.version), { value: ENGINE_VERSION, style: "calc", numberFormat: FORMAT.text }, blank, blank],
    [L(TEXT.currency), { formula: "=Input_currency", style: "calc" }, blank, blank],
    [L(TEXT.horizon), { formula: "=Input_horizonYears", style: "calc" }, blank, blank],
    [L(TEXT.scope), { value: tr(TEXT.scopeText, language), style: "note" }, blank, blank],
    [L(TEXT.excludes), { value: tr(TEXT.excludesText, language), style: "note" }, blank, blank],
    [blank, blank, blank, blank],
    [{ value: tr(TEXT.results, language), style: "subtitle" }, blank, blank, blank],
    [{ value: tr(TEXT.path, language), style: "header" }, { value: tr(TEXT.tco, language), style: "header" }, { value: tr(TEXT.npv, language), style: "header" }, { value: tr(TEXT.est, language), style: "header" }],
    ...PATHS.map((p): CellPlan[] => {
      const n = totalNames(p.id);
      return [
        { value: tr(p.label, language), style: "label" },
        { formula: `=${n.tco}`, style: "total", numberFormat: FORMAT.money },
        { formula: `=${n.npv}`, style: "total", numberFormat: FORMAT.money },
        { formula: `=${n.estimateShare}`, style: "calc", numberFormat: FORMAT.percent },
      ];
    }),
    // Links to the Checks sheet; the verdicts are the named cells Check_All (integrity) and Warning_Count.
    [L(TEXT.integrity), { formula: `=HYPERLINK("${checks}",IF(Check_All,"${tr(TEXT.integrityOk, language)}","${tr(TEXT.integrityFailed, language)}"))`, style: "total" }, blank, blank],
    [L(TEXT.warnings), { formula: `=HYPERLINK("${checks}",Warning_Count&"${tr(TEXT.warningsText, language)}")`, style: "calc" }, blank, blank],
    [blank, blank, blank, blank],
    [{ value: tr(TEXT.signOff, language), style: "subtitle" }, { value: tr(TEXT.name, language), style: "header" }, { value: tr(TEXT.date, language), style: "header" }, blank],
    [L(TEXT.technical), { value: "", style: "input" }, { value: "", style: "input" }, blank],
    [L(TEXT.business), { value: "", style: "input" }, { value: "", style: "input" }, blank],
  ];
  if (rows[RESULTS_HEADER_ROW][0].value !== tr(TEXT.path, language)) throw new Error("Plan error: the Cover's results table moved; update RESULTS_HEADER_ROW");
  return {
    key: "cover",
    name: sheetName("cover", language),
    tabColor: "#0F6CBD",
    blocks: [{ row: 0, column: 0, cells: rows }],
    columnWidths: [34, 22, 22, 30],
    validations: [],
    conditionalFormats: [],
    // The Office writer draws it beside the table; exceljs cannot write charts, so a CLI file shows the table.
    charts: [{ title: tr(TEXT.chart, language), type: "columnClustered", dataRange: rangeA1(RESULTS_HEADER_ROW, 0, RESULTS_HEADER_ROW + PATHS.length, 1), topLeft: "F2", bottomRight: "L20" }],
    protect: true,
    print: { landscape: true, fitToWidth: true },
  };
}
