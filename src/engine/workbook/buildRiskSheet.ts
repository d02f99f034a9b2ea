import { sheetName } from "./layout";
import type { Language, SheetPlan } from "./WorkbookPlan";

/** Placeholder until risk-based contingency lands: says what will be here and what the flat rates are. */
export function buildRiskSheet(language: Language): SheetPlan {
  const zh = language === "zh-CN";
  return {
    key: "risk",
    name: sheetName("risk", language),
    tabColor: "#CA5010",
    blocks: [
      {
        row: 0,
        column: 0,
        cells: [
          [{ value: zh ? "风险与弹性" : "Risk and contingency", style: "title" }, { value: "" }],
          [{ value: zh ? "当前使用固定比例的弹性预算（见需求与假设）。基于风险的弹性预算（三点估算、P50/P80/P90、敏感性分析）将在后续版本加入。" : "Contingency currently uses flat rates (see Inputs). Risk-based contingency (three-point ranges, P50/P80/P90, sensitivity) arrives in a later version.", style: "note" }, { value: "" }],
          [{ value: zh ? "基础设施与许可弹性比例" : "Contingency rate on metered infrastructure and licensing", style: "label" }, { formula: "=Input_contingencyRate", style: "calc", numberFormat: "0.0%" }],
          [{ value: zh ? "自有开发与集成人力弹性比例" : "Contingency rate on own development and integration labour", style: "label" }, { formula: "=Input_developmentContingencyRate", style: "calc", numberFormat: "0.0%" }],
        ],
      },
    ],
    columnWidths: [70, 14],
    validations: [],
    conditionalFormats: [],
    charts: [],
    protect: true,
    print: { landscape: false, fitToWidth: true },
  };
}
