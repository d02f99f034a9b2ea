import type { TimingProfile } from "../calendar/timingProfile";

type Text = { readonly en: string; readonly zh: string };

/** The budget sheets' words, in both languages. */
export const BUDGET_TEXT = {
  note: {
    en: "Money falls in the month it is incurred (right-hand block) and adds up by fiscal year. Each line's timing rule is beside it; its yearly amounts are before escalation. Every figure is a formula over Inputs, RateCard and Sizing.",
    zh: "费用计入发生的月份（右侧区域），按财年汇总。每个费用项旁注明其时间规则；按窗口年的金额为未调价金额。所有数字均为引用需求、单价表和容量测算的公式。",
  },
  headers: {
    en: ["Category", "Line", "Budget consideration", "Capex/opex", "When it is incurred"],
    zh: ["类别", "费用项", "预算考量因素", "资本/经营", "发生时间"],
  },
  tail: {
    en: ["Total", "Contingency class", "Rests on estimate", "Line id", "Quoted from month", "Quoted until month (excl.)", "From month", "To month", "Every (months)", "Divided by"],
    zh: ["合计", "预备费类别", "依赖估算单价", "费用项键", "报价覆盖起始月", "报价覆盖截止月（不含）", "起始月", "截止月", "间隔（月）", "除数"],
  },
  windowYear: { en: "Year", zh: "第几年" },
  monthHeader: { en: "Month", zh: "月" },
  months: { en: '0" months"', zh: '0"个月"' },
  subtotal: { en: "Subtotal", zh: "小计" },
  base: { en: "Base cost (six categories)", zh: "基础成本（六大类）" },
  hidden: { en: "Hidden costs", zh: "隐性成本" },
  contMetered: { en: "Contingency on metered infrastructure and licensing", zh: "预备费：基础设施与许可" },
  contLabour: { en: "Contingency on own development labour", zh: "预备费：自有开发人力" },
  bearingMetered: { en: "Contingency base: metered lines outside their quoted months (share applied beside Total)", zh: "预备费计提基数：计量类费用（报价覆盖月份除外；合计列右侧为计提比例）" },
  bearingLabour: { en: "Contingency base: own development labour (share applied beside Total)", zh: "预备费计提基数：自有开发人力（合计列右侧为计提比例）" },
  total: { en: "Total as incurred (TCO)", zh: "按发生合计（总拥有成本）" },
  views: { en: "The four views: cash (as paid), capex, opex (as paid), P&L (opex as incurred + depreciation and amortisation)", zh: "四种视角：现金（按支付）、资本支出、经营支出（按支付）、损益（按发生的经营支出 + 折旧摊销）" },
  billed: { en: "Memo: billed annually in advance", zh: "备忘：按年预付账单" },
  cash: { en: "Cash (TCO): capex + opex as paid", zh: "现金（总拥有成本）：资本支出 + 按支付的经营支出" },
  capexOf: { en: "Capex", zh: "资本支出" },
  capex: { en: "Capex, all asset classes (contingency on them included)", zh: "资本支出合计（含其预备费）" },
  opex: { en: "Opex as paid (cash − capex)", zh: "按支付的经营支出（现金 − 资本支出）" },
  daOf: { en: "Depreciation and amortisation (life in months and share a month beside Total)", zh: "折旧与摊销（合计列右侧为年限月数与月摊销率）" },
  da: { en: "Depreciation and amortisation, all classes", zh: "折旧与摊销合计" },
  pnl: { en: "P&L: opex as incurred + depreciation and amortisation", zh: "损益：按发生的经营支出 + 折旧摊销" },
  nbvOf: { en: "Closing net book value", zh: "期末账面净值" },
  nbv: { en: "Closing net book value, all classes", zh: "期末账面净值合计" },
  prepaid: { en: "Closing prepaid balance (fees billed in advance)", zh: "期末预付余额（预付费用）" },
  cumulative: { en: "Cumulative cash", zh: "累计现金支出" },
  reconciliation: { en: "Reconciliation: cumulative cash − (cumulative P&L + net book value + prepaid), 0 when it reconciles", zh: "勾稽：累计现金 −（累计损益 + 账面净值 + 预付余额），相符时为 0" },
  pv: { en: "Present value of cash, pre-tax (monthly discounting; NPV in Total)", zh: "现金现值（税前，按月折现；合计列为净现值）" },
  inService: { en: "Memo: a purchase in this month enters service in month", zh: "备忘：本月购置资产的投入使用月" },
  fiscalEnd: { en: "Memo: last month of the fiscal year in the window", zh: "备忘：财年在窗口内的最后一个月" },
  devSpan: { en: "capitalised in months (from, to)", zh: "资本化月份（起，止）" },
  serviceMonths: { en: "Months in service, by window year", zh: "各窗口年的运行月数" },
  cpu: { en: "Cost per user per month in service", zh: "运行期每用户每月成本" },
  estimate: { en: "Share of TCO resting on estimated or second-hand prices", zh: "依赖估算或二手价格的成本占比" },
  budget: { en: "budget", zh: "预算" },
} satisfies Record<string, unknown>;

const RULE: Readonly<Record<TimingProfile["kind"], Text>> = {
  build: { en: "Each build month until go-live: yearly rate ÷ 12", zh: "上线前建设期每月：年费率 ÷ 12" },
  running: { en: "Each month in service from go-live: yearly rate ÷ 12", zh: "上线后运行期每月：年费率 ÷ 12" },
  untilGoLive: { en: "Each month until go-live: yearly cost ÷ 12", zh: "上线前每月：年费用 ÷ 12" },
  buildEffort: { en: "Total spread evenly over the build months", zh: "总额在建设期内平均分摊" },
  startOfBuild: { en: "Total spread over the opening months of the build (Rate_poc_share_of_build)", zh: "总额分摊在建设期开头几个月（Rate_poc_share_of_build）" },
  endOfBuild: { en: "Total spread over the last build months (Rate_migration_months)", zh: "总额分摊在上线前最后几个月（Rate_migration_months）" },
  beforeGoLive: { en: "Total in the last build month, before go-live", zh: "总额计入上线前最后一个建设月" },
  projectStart: { en: "Total in the project's first month", zh: "总额计入项目第一个月" },
  afterGoLive: { en: "Total spread over the months right after go-live", zh: "总额分摊在上线后的几个月" },
  anniversary: { en: "Total every few years after it is first bought or from go-live", zh: "自首次采购或上线起每隔数年计一次" },
  windowYearStart: { en: "Total at the start of each year of the window in which it falls due", zh: "在应发生的窗口年年初计入" },
};

export function timingRule(profile: TimingProfile): Text {
  return RULE[profile.kind];
}
