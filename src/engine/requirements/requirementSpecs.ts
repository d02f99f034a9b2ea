import type { RequirementSpec } from "./RequirementSpec";

const PEOPLE = { en: "people", zh: "人" };
const SHARE = { en: "share", zh: "比例" };
const PER_YEAR = { en: "per year", zh: "每年" };
const FLAG = { en: "TRUE/FALSE", zh: "TRUE/FALSE" };
const MONTHS = { en: "months", zh: "月" };
const FTE = { en: "FTE", zh: "人年" };
const NONE = { en: "", zh: "" };
const AUTO_NOTE = { en: '"auto" uses the sourced staffing rule; a number overrides it', zh: "填 auto 使用内置人员测算规则；填数字则覆盖" };

/**
 * Every requirement and assumption the engine reads, with its default and allowed range. The order is the
 * order of the Inputs sheet and the pane's form.
 */
export const REQUIREMENT_SPECS = [
  // 1. Scale (step 1 of the method: DAU and headcount)
  { key: "headcount", group: "scale", kind: "number", default: 5000, min: 1, max: 1000000, integer: true, label: { en: "Staff with an account", zh: "开通账号的员工数" }, unit: PEOPLE },
  { key: "dauRatio", group: "scale", kind: "number", default: 0.85, min: 0.01, max: 1, percent: true, label: { en: "Daily active share of staff", zh: "日活跃用户占比" }, unit: SHARE },
  { key: "peakConcurrencyRatio", group: "scale", kind: "number", default: 0.6, min: 0.01, max: 1, percent: true, label: { en: "Share of DAU online at the busiest moment", zh: "峰值在线占日活比例" }, unit: SHARE },
  { key: "userGrowthRate", group: "scale", kind: "number", default: 0.05, min: -0.5, max: 2, percent: true, label: { en: "Yearly headcount growth", zh: "员工数年增长率" }, unit: PER_YEAR },
  // 2. Peaks and events (e.g. the annual meeting with thousands online at once)
  { key: "eventPeakAttendees", group: "peaks", kind: "number", default: 3000, min: 0, max: 1000000, integer: true, label: { en: "Largest all-hands event", zh: "最大全员活动参与人数" }, unit: PEOPLE },
  { key: "eventsPerYear", group: "peaks", kind: "number", default: 4, min: 0, max: 365, integer: true, label: { en: "Large events per year", zh: "每年大型活动次数" }, unit: { en: "events", zh: "次" } },
  { key: "eventHours", group: "peaks", kind: "number", default: 2, min: 0, max: 24, label: { en: "Hours per event", zh: "每次活动时长" }, unit: { en: "hours", zh: "小时" } },
  // 3. Communication: text, voice, video
  { key: "messagesPerUserDay", group: "communication", kind: "number", default: 80, min: 0, max: 10000, label: { en: "Messages per active user per working day", zh: "每人每工作日消息数" }, unit: { en: "messages", zh: "条" } },
  { key: "attachmentMBPerUserMonth", group: "communication", kind: "number", default: 15, min: 0, max: 100000, label: { en: "Attachments per user per month", zh: "每人每月附件量" }, unit: { en: "MB", zh: "MB" } },
  { key: "retentionDays", group: "communication", kind: "number", default: 365, min: 1, max: 36500, integer: true, label: { en: "Days messages and files are kept", zh: "消息与文件保留天数" }, unit: { en: "days", zh: "天" } },
  { key: "storageReplication", group: "communication", kind: "number", default: 2, min: 1, max: 10, integer: true, label: { en: "Stored copies", zh: "存储副本数" }, unit: { en: "copies", zh: "份" } },
  { key: "voiceMinutesPerUserDay", group: "communication", kind: "number", default: 18, min: 0, max: 1440, label: { en: "Voice-call minutes per active user per working day", zh: "每人每工作日语音通话分钟" }, unit: { en: "minutes", zh: "分钟" } },
  { key: "videoMinutesPerUserDay", group: "communication", kind: "number", default: 12, min: 0, max: 1440, label: { en: "Video-call minutes per active user per working day", zh: "每人每工作日视频通话分钟" }, unit: { en: "minutes", zh: "分钟" } },
  { key: "videoResolution", group: "communication", kind: "choice", default: "720p", choices: ["360p", "720p", "1080p"], label: { en: "Video resolution", zh: "视频分辨率" }, unit: NONE },
  { key: "avgMeetingSize", group: "communication", kind: "number", default: 4, min: 2, max: 1000, integer: true, label: { en: "Participants in a typical call", zh: "平均每场通话人数" }, unit: PEOPLE },
  { key: "workingDaysPerYear", group: "communication", kind: "number", default: 250, min: 1, max: 366, integer: true, label: { en: "Working days per year", zh: "每年工作日" }, unit: { en: "days", zh: "天" } },
  // 4. Regions and latency
  { key: "deploymentRegion", group: "regions", kind: "choice", default: "cn", choices: ["cn", "international"], label: { en: "Deployment region (picks price lists)", zh: "部署区域（决定价目表）" }, unit: NONE },
  { key: "labourMarket", group: "regions", kind: "choice", default: "cnTier1", choices: ["cnTier1", "cnTier2", "us", "westernEurope", "singapore", "india"], label: { en: "Labour market (picks salaries and employer load)", zh: "人力市场（决定薪资与用人成本系数）" }, unit: NONE, note: { en: "Where the team is employed, independent of where servers run; salaries are in the market's currency, converted at the rate card's dated rates", zh: "团队受雇所在地，与服务器部署区域无关；薪资按当地币种计，按单价表中注明日期的汇率折算" } },
  { key: "regions", group: "regions", kind: "number", default: 1, min: 1, max: 50, integer: true, label: { en: "Sites / regions served", zh: "部署站点数" }, unit: { en: "sites", zh: "个" } },
  { key: "latencyTargetMs", group: "regions", kind: "number", default: 200, min: 20, max: 2000, integer: true, label: { en: "Latency target", zh: "延迟目标" }, unit: { en: "ms", zh: "毫秒" }, note: { en: "Below 150 ms every site needs its own pair of media nodes", zh: "低于150毫秒时每个站点需部署两台媒体节点" } },
  // 5. Special features
  { key: "moderation", group: "features", kind: "boolean", default: true, label: { en: "Content moderation", zh: "内容审核" }, unit: FLAG },
  { key: "messageRecall", group: "features", kind: "boolean", default: true, label: { en: "Message recall", zh: "消息撤回" }, unit: FLAG },
  { key: "burnAfterReading", group: "features", kind: "boolean", default: false, label: { en: "Burn after reading", zh: "阅后即焚" }, unit: FLAG },
  { key: "recording", group: "features", kind: "boolean", default: false, label: { en: "Call recording", zh: "通话录制" }, unit: FLAG },
  { key: "translation", group: "features", kind: "boolean", default: false, label: { en: "Message translation", zh: "消息翻译" }, unit: FLAG },
  // 6. Integration and migration
  { key: "integrations", group: "integration", kind: "number", default: 3, min: 0, max: 100, integer: true, label: { en: "Systems to connect (CRM, OA, ERP …)", zh: "需对接的系统数（CRM、OA、ERP等）" }, unit: { en: "systems", zh: "个" } },
  { key: "migrateHistory", group: "integration", kind: "boolean", default: true, label: { en: "Migrate the old chat history", zh: "迁移历史聊天记录" }, unit: FLAG },
  { key: "legacyAnnualCost", group: "integration", kind: "number", default: 0, min: 0, max: 1e10, label: { en: "Current system's yearly cost, paid until go-live", zh: "现有系统年成本（上线前继续支付）" }, unit: { en: "budget currency", zh: "预算币种" } },
  // 7. Compliance
  { key: "industry", group: "compliance", kind: "choice", default: "general", choices: ["general", "finance", "healthcare", "government"], label: { en: "Industry", zh: "行业" }, unit: NONE },
  { key: "mlpsLevel", group: "compliance", kind: "choice", default: 2, choices: [0, 2, 3], label: { en: "China MLPS (等保) level", zh: "等保级别" }, unit: NONE, note: { en: "0 = not required", zh: "0 表示不需要" } },
  { key: "domesticTech", group: "compliance", kind: "boolean", default: false, label: { en: "Domestic-tech (信创) adaptation", zh: "信创适配" }, unit: FLAG },
  // 8. Path
  { key: "commercialModel", group: "path", kind: "choice", default: "saas", choices: ["saas", "private"], label: { en: "Commercial product: SaaS or private deployment", zh: "商业方案：SaaS 或私有化部署" }, unit: NONE },
  { key: "hosting", group: "path", kind: "choice", default: "cloud", choices: ["cloud", "onPremise"], label: { en: "Own servers: cloud VMs or bought hardware", zh: "自有服务器：云主机或自购硬件" }, unit: NONE, note: { en: "onPremise buys servers as capex and refreshes them after their depreciation life", zh: "自购硬件计入资本支出，折旧期满后更新" } },
  { key: "goLiveMonthsSelfBuild", group: "path", kind: "number", default: 12, min: 0, max: 60, integer: true, label: { en: "Months to go live: self-build", zh: "上线周期：自建" }, unit: MONTHS },
  { key: "goLiveMonthsCommercial", group: "path", kind: "number", default: 2, min: 0, max: 60, integer: true, label: { en: "Months to go live: commercial", zh: "上线周期：商业" }, unit: MONTHS },
  { key: "goLiveMonthsHybrid", group: "path", kind: "number", default: 6, min: 0, max: 60, integer: true, label: { en: "Months to go live: hybrid", zh: "上线周期：混合" }, unit: MONTHS },
  // 9. Staffing overrides (derived from scale by default)
  { key: "buildFteSelfBuild", group: "staffing", kind: "override", default: "auto", min: 0, max: 500, label: { en: "Build team: self-build", zh: "建设团队：自建" }, unit: FTE, note: AUTO_NOTE },
  { key: "buildFteHybrid", group: "staffing", kind: "override", default: "auto", min: 0, max: 500, label: { en: "Build team: hybrid", zh: "建设团队：混合" }, unit: FTE, note: AUTO_NOTE },
  { key: "clientFte", group: "staffing", kind: "override", default: "auto", min: 0, max: 500, label: { en: "Client app developers (self-build and hybrid)", zh: "客户端开发（自建与混合）" }, unit: FTE, note: AUTO_NOTE },
  { key: "maintenanceFteSelfBuild", group: "staffing", kind: "override", default: "auto", min: 0, max: 500, label: { en: "Maintenance developers: self-build", zh: "维护开发：自建" }, unit: FTE, note: AUTO_NOTE },
  { key: "maintenanceFteHybrid", group: "staffing", kind: "override", default: "auto", min: 0, max: 500, label: { en: "Maintenance developers: hybrid", zh: "维护开发：混合" }, unit: FTE, note: AUTO_NOTE },
  { key: "sreFteSelfBuild", group: "staffing", kind: "override", default: "auto", min: 0, max: 500, label: { en: "SRE on-call: self-build", zh: "运维值班：自建" }, unit: FTE, note: AUTO_NOTE },
  { key: "sreFteHybrid", group: "staffing", kind: "override", default: "auto", min: 0, max: 500, label: { en: "SRE on-call: hybrid", zh: "运维值班：混合" }, unit: FTE, note: AUTO_NOTE },
  { key: "sreFteCommercial", group: "staffing", kind: "override", default: "auto", min: 0, max: 500, label: { en: "SRE on-call: commercial private deployment", zh: "运维值班：商业私有化" }, unit: FTE, note: AUTO_NOTE },
  { key: "supportFte", group: "staffing", kind: "override", default: "auto", min: 0, max: 1000, label: { en: "Helpdesk staff (all paths)", zh: "客服支持人员（各方案）" }, unit: FTE, note: AUTO_NOTE },
  { key: "securityFte", group: "staffing", kind: "override", default: "auto", min: 0, max: 100, label: { en: "Security staff for own systems", zh: "安全人员（自有系统）" }, unit: FTE, note: AUTO_NOTE },
  // 10. Finance assumptions
  { key: "projectStart", group: "finance", kind: "month", default: "2027-01", label: { en: "Project start", zh: "项目开始月份" }, unit: { en: "month", zh: "年-月" }, note: { en: "Month 1 of the budget window; the build starts here", zh: "预算窗口的第 1 个月；建设从此开始" } },
  { key: "fiscalYearStartMonth", group: "finance", kind: "number", default: 1, min: 1, max: 12, integer: true, label: { en: "First month of the fiscal year", zh: "财年起始月份" }, unit: { en: "month (1–12)", zh: "月（1–12）" }, note: { en: "1 calendar year (China); 4 Japan, India, UK; 7 Australia; 10 US federal", zh: "1 为自然年（中国）；4 日本、印度、英国；7 澳大利亚；10 美国联邦" } },
  { key: "fiscalYearLabel", group: "finance", kind: "choice", default: "span", choices: ["span", "end", "start"], label: { en: "Fiscal year named by", zh: "财年命名方式" }, unit: NONE, note: { en: "span FY2026/27; end: its end year (US federal, Australia); start: its start year (Japan)", zh: "span 为 FY2026/27；end 按结束年份（美国联邦、澳大利亚）；start 按开始年份（日本）" } },
  { key: "horizonYears", group: "finance", kind: "number", default: 5, min: 1, max: 10, integer: true, label: { en: "Budget horizon", zh: "预算年限" }, unit: { en: "years", zh: "年" } },
  { key: "currency", group: "finance", kind: "choice", default: "CNY", choices: ["CNY", "USD"], label: { en: "Budget currency", zh: "预算币种" }, unit: NONE },
  { key: "fxUsdToCny", group: "finance", kind: "number", default: 7.2, min: 0.01, max: 100, label: { en: "Exchange rate", zh: "汇率" }, unit: { en: "CNY per USD", zh: "人民币/美元" } },
  { key: "discountRate", group: "finance", kind: "number", default: 0.08, min: 0, max: 1, percent: true, label: { en: "Discount rate (nominal)", zh: "折现率（名义）" }, unit: PER_YEAR },
  { key: "discountTiming", group: "finance", kind: "number", default: 0.5, min: 0, max: 1, label: { en: "Cash timing within the month for NPV", zh: "净现值的月内现金流时点" }, unit: { en: "0 month end, 0.5 mid-month, 1 month start", zh: "0 月末，0.5 月中，1 月初" } },
  { key: "inflationRate", group: "finance", kind: "number", default: 0.02, min: -0.1, max: 1, percent: true, label: { en: "Inflation (CPI)", zh: "通胀率" }, unit: PER_YEAR },
  { key: "salaryGrowthRate", group: "finance", kind: "number", default: 0.05, min: -0.5, max: 1, percent: true, label: { en: "Salary growth", zh: "薪资年增长率" }, unit: PER_YEAR },
  { key: "priceEscalationRate", group: "finance", kind: "number", default: 0, min: -0.5, max: 1, percent: true, label: { en: "Vendor and cloud price escalation", zh: "厂商与云价格年涨幅" }, unit: PER_YEAR },
  { key: "contingencyRate", group: "finance", kind: "number", default: 0.25, min: 0, max: 1, percent: true, label: { en: "Contingency on metered infrastructure and licensing", zh: "基础设施与许可预备费（基本预备费）比例" }, unit: SHARE, note: { en: "20–30% is the usual advice (budget trap: no elasticity plan)", zh: "通常建议 20%–30%（预算陷阱：缺乏弹性计划）" } },
  { key: "developmentContingencyRate", group: "finance", kind: "number", default: 0.3, min: 0, max: 1, percent: true, label: { en: "Contingency on own development labour", zh: "自有开发人力预备费比例" }, unit: SHARE, note: { en: "Integration carries its overrun line and maintenance its technical-debt line instead, so no risk is budgeted twice", zh: "集成由集成超支、运维由技术债务单独覆盖，同一风险不重复预留" } },
  { key: "contingencyMethod", group: "finance", kind: "choice", default: "flat", choices: ["flat", "riskBased"], label: { en: "Contingency method", zh: "预备费计算方法" }, unit: NONE, note: { en: "flat: the two rates above; riskBased: the Risk sheet's analytic P at the confidence level − base, phased like the flat bases", zh: "flat：按上面两个比例；riskBased：风险表解析 P（置信水平）− 基础成本，按固定比例的计提基数分摊" } },
  { key: "contingencyConfidence", group: "finance", kind: "number", default: 0.8, min: 0.5, max: 0.99, percent: true, label: { en: "Confidence level of the risk-based contingency", zh: "基于风险的预备费置信水平" }, unit: SHARE },
  { key: "loadFactor", group: "finance", kind: "override", default: "auto", min: 1, max: 3, label: { en: "Employer cost per unit of salary", zh: "用人成本系数（五险一金等）" }, unit: { en: "×", zh: "倍" }, note: { en: '"auto" uses the labour market\'s sourced employer load; a number overrides it', zh: "填 auto 使用所选人力市场的用人成本系数；填数字则覆盖" } },
  { key: "vatRecoverable", group: "finance", kind: "boolean", default: true, label: { en: "Input VAT is reclaimable", zh: "进项增值税可抵扣" }, unit: FLAG },
  // Accounting policy (CAS / IFRS common practice by default; set to your own). The key depreciationYears is kept
  // so saved inputs and workbooks carry over; it is the servers' useful life and their refresh cycle.
  { key: "capitaliseDevelopment", group: "finance", kind: "boolean", default: false, label: { en: "Own development meets the CAS 6 / IAS 38.57 criteria", zh: "自有开发满足《企业会计准则第6号》/ IAS 38.57 资本化条件" }, unit: FLAG, note: { en: "TRUE capitalises development after the POC until go-live (team, client apps, features, own-code integration and SSO, domestic-tech adaptation); the POC, training, migration, recruiting, project management and SaaS configuration stay expensed", zh: "TRUE 时，POC 之后至上线前的开发（团队、客户端、功能、自研集成与 SSO、信创适配）资本化；POC、培训、迁移、招聘、项目管理与 SaaS 配置始终费用化" } },
  { key: "depreciationYears", group: "finance", kind: "number", default: 4, min: 1, max: 20, integer: true, label: { en: "Servers and network: useful life (also their refresh cycle)", zh: "服务器与网络设备：使用年限（亦为更新周期）" }, unit: { en: "years", zh: "年" }, note: { en: "Fixed assets depreciate straight-line from the month after they enter service", zh: "固定资产自投入使用次月起按直线法计提折旧" } },
  { key: "serverResidualRate", group: "finance", kind: "number", default: 0.05, min: 0, max: 0.5, percent: true, label: { en: "Servers and network: residual value", zh: "服务器与网络设备：预计净残值率" }, unit: SHARE, note: { en: "Share of cost left at the end of the life; 3–5% is common practice in China", zh: "使用年限结束时剩余的成本比例；国内常用 3%–5%" } },
  { key: "licenceLifeYears", group: "finance", kind: "number", default: 5, min: 1, max: 20, integer: true, label: { en: "Perpetual licences: useful life", zh: "永久许可：摊销年限" }, unit: { en: "years", zh: "年" }, note: { en: "Intangibles amortise straight-line from go-live (or purchase, if later)", zh: "无形资产自上线月（或更晚的购置月）起按直线法摊销" } },
  { key: "licenceResidualRate", group: "finance", kind: "number", default: 0, min: 0, max: 0.5, percent: true, label: { en: "Perpetual licences: residual value", zh: "永久许可：预计残值率" }, unit: SHARE, note: { en: "Usually nil for intangibles (IAS 38.100)", zh: "无形资产通常为零（IAS 38.100）" } },
  { key: "developmentLifeYears", group: "finance", kind: "number", default: 5, min: 1, max: 20, integer: true, label: { en: "Capitalised development: useful life", zh: "资本化开发支出：摊销年限" }, unit: { en: "years", zh: "年" }, note: { en: "Amortised straight-line from go-live; software is commonly 3–5 years", zh: "自上线月起按直线法摊销；软件通常 3–5 年" } },
  { key: "developmentResidualRate", group: "finance", kind: "number", default: 0, min: 0, max: 0.5, percent: true, label: { en: "Capitalised development: residual value", zh: "资本化开发支出：预计残值率" }, unit: SHARE, note: { en: "Usually nil for intangibles (IAS 38.100)", zh: "无形资产通常为零（IAS 38.100）" } },
] as const satisfies readonly RequirementSpec[];

export type RequirementKey = (typeof REQUIREMENT_SPECS)[number]["key"];
