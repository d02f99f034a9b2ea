/**
 * Every UI string of the task pane, one table per language. Field labels, units and notes are NOT here: they
 * come from the engine's REQUIREMENT_SPECS (label/unit/note in en and zh), path and category names from
 * PATHS / CATEGORIES. Templates use {name} placeholders, filled by `fill()`.
 */
import type { RequirementGroup } from "../../engine";
export type Lang = "zh-CN" | "en-US";

export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

/** Form sections in the article's order; each lists the spec groups it shows. */
export type SectionId = Exclude<RequirementGroup, "staffing" | "finance"> | "advanced";

export type PresetId = "small" | "medium" | "large";
export type PathView = "all" | "selfBuild" | "commercial" | "hybrid";

export interface UiStrings {
  readonly appTitle: string;
  readonly appSubtitle: string;
  readonly languageLabel: string;
  readonly languageNames: Readonly<Record<Lang, string>>;
  readonly presetsLabel: string;
  readonly presetNames: Readonly<Record<PresetId, string>>;
  readonly presetHint: string;
  readonly formTitle: string;
  readonly sections: Readonly<Record<SectionId, { readonly title: string; readonly hint: string }>>;
  readonly advancedFinance: string;
  readonly advancedStaffing: string;
  readonly sectionErrors: string;
  readonly errorSummary: string;
  readonly unitLabel: string;
  readonly rangeLabel: string;
  /** Between a label and its value ("Unit: people" / "单位：人"). */
  readonly colon: string;
  readonly allowed: {
    readonly number: string;
    readonly integer: string;
    readonly percent: string;
    readonly override: string;
    readonly boolean: string;
    readonly choice: string;
  };
  readonly errors: {
    readonly notANumber: string;
    readonly notAnInteger: string;
    readonly outOfRange: string;
    readonly unknownOption: string;
    readonly other: string;
  };
  readonly autoPlaceholder: string;
  readonly pathView: { readonly label: string; readonly hint: string; readonly all: string };
  readonly choices: Readonly<Record<string, string>>;
  readonly preview: {
    readonly title: string;
    readonly stale: string;
    readonly y1: string;
    readonly tco: string;
    readonly npv: string;
    readonly perUserMonth: string;
    readonly lowestTco: string;
    readonly chartTitle: string;
    readonly chartDesc: string;
    readonly chartTableCaption: string;
    readonly yearShort: string;
    readonly year: string;
    readonly breakEvenTitle: string;
    readonly breakEven: string;
    readonly noBreakEven: string;
    readonly breakEvenMark: string;
    readonly computeFailed: string;
  };
  readonly risk: {
    readonly title: string;
    readonly intro: string;
    readonly computing: string;
    readonly computedIn: string;
    readonly failed: string;
    readonly stale: string;
    readonly p50: string;
    readonly p80: string;
    readonly p90: string;
    readonly percentilesLabel: string;
    readonly base: string;
    readonly flat: string;
    readonly riskBased: string;
    readonly confidence: string;
    readonly flatAbove: string;
    readonly flatBelow: string;
    readonly tornadoTitle: string;
    readonly tornadoPath: string;
    readonly tornadoDesc: string;
    readonly tornadoTop: string;
    readonly tornadoLow: string;
    readonly tornadoHigh: string;
    readonly tornadoZero: string;
    readonly tornadoTableCaption: string;
    readonly driver: string;
    readonly lowCol: string;
    readonly highCol: string;
    readonly swing: string;
    readonly barTitle: string;
  };
  readonly checks: {
    readonly title: string;
    readonly intro: string;
    readonly allTitle: string;
    readonly groupOk: string;
    readonly groupWarn: string;
    readonly ok: string;
    readonly warn: string;
    readonly fromYear: string;
    readonly fromYearJump: string;
    readonly failed: string;
  };
  readonly workbook: {
    readonly title: string;
    readonly generate: string;
    readonly generating: string;
    readonly load: string;
    readonly loading: string;
    readonly fixFirst: string;
    readonly changedSinceLoad: string;
    readonly changedHere: string;
    readonly noChanges: string;
    readonly progressLabel: string;
    readonly steps: Readonly<Record<string, string>>;
    readonly success: string;
    readonly successCreated: string;
    readonly successRewritten: string;
    readonly compareOpened: string;
    readonly failed: string;
    readonly kept: Readonly<Record<"nothing" | "rolledBack" | "cleanupFailed", string>>;
    readonly loaded: string;
    readonly loadFailed: string;
  };
}

const zh: UiStrings = {
  appTitle: "即时通讯成本预算",
  appSubtitle: "按需求测算自建、商业、混合三种方案的 {years} 年预算",
  languageLabel: "界面语言",
  languageNames: { "zh-CN": "中文", "en-US": "English" },
  presetsLabel: "规模预设",
  presetNames: { small: "小型（500 人）", medium: "中型（5,000 人）", large: "大型（50,000 人）" },
  presetHint: "预设会把所有字段重置为该规模的典型值",
  formTitle: "需求与假设",
  sections: {
    scale: { title: "规模", hint: "员工数、日活占比、峰值在线与增长" },
    communication: { title: "沟通方式", hint: "文字、语音、视频的用量与质量" },
    regions: { title: "区域与延迟", hint: "部署区域、站点数与延迟目标" },
    peaks: { title: "峰值与活动", hint: "年会等大型活动的同时在线人数" },
    features: { title: "特殊功能", hint: "审核、撤回、阅后即焚、录制、翻译" },
    integration: { title: "集成与迁移", hint: "对接系统、历史数据迁移、旧系统成本" },
    compliance: { title: "合规", hint: "行业、等保级别、信创适配" },
    path: { title: "技术路径", hint: "自建、商业（SaaS 或私有化）、混合，或全部对比" },
    advanced: { title: "高级：财务假设与人员", hint: "年限、币种、汇率、折现率、通胀、薪资增长、弹性预算、增值税、人员覆盖" },
  },
  advancedFinance: "财务假设",
  advancedStaffing: "人员覆盖（留空或填 auto 使用内置规则）",
  sectionErrors: "{n} 处错误",
  errorSummary: "有 {n} 个字段需要修改，预览暂停在上次的有效结果：",
  unitLabel: "单位",
  rangeLabel: "允许",
  colon: "：",
  allowed: {
    number: "{min} 至 {max} 之间的数",
    integer: "{min} 至 {max} 之间的整数",
    percent: "{min}% 至 {max}% 之间的百分比",
    override: "auto 或 {min} 至 {max} 之间的数",
    boolean: "是或否",
    choice: "下列选项之一：{choices}",
  },
  errors: {
    notANumber: "请输入数字：{allowed}",
    notAnInteger: "请输入整数：{allowed}",
    outOfRange: "超出范围：应为{allowed}（当前 {received}）",
    unknownOption: "请选择{allowed}",
    other: "输入无效：{allowed}",
  },
  autoPlaceholder: "auto",
  pathView: { label: "预览显示的方案", hint: "生成的工作簿始终包含三种方案", all: "全部对比" },
  choices: {
    "videoResolution.360p": "360p（标清）",
    "videoResolution.720p": "720p（高清）",
    "videoResolution.1080p": "1080p（全高清）",
    "deploymentRegion.cn": "中国大陆",
    "deploymentRegion.international": "海外",
    "industry.general": "通用",
    "industry.finance": "金融",
    "industry.healthcare": "医疗",
    "industry.government": "政府",
    "mlpsLevel.0": "不需要",
    "mlpsLevel.2": "二级",
    "mlpsLevel.3": "三级",
    "commercialModel.saas": "SaaS（按席位订阅）",
    "commercialModel.private": "私有化部署（许可 + 维保）",
    "hosting.cloud": "云主机",
    "hosting.onPremise": "自购硬件",
    "currency.CNY": "人民币 CNY",
    "currency.USD": "美元 USD",
  },
  preview: {
    title: "实时预览",
    stale: "预览未更新：请先修正标出的字段",
    y1: "第 1 年预算",
    tco: "{n} 年总拥有成本",
    npv: "成本现值（{rate}）",
    perUserMonth: "每用户每月",
    lowestTco: "TCO 最低",
    chartTitle: "累计成本（按年）",
    chartDesc: "各方案从第 0 年到第 {n} 年的累计成本，圆圈标出盈亏平衡年。",
    chartTableCaption: "累计成本数据",
    yearShort: "Y{t}",
    year: "年份",
    breakEvenTitle: "盈亏平衡",
    breakEven: "{a}自第 {t} 年起累计成本不高于{b}",
    noBreakEven: "{n} 年内各方案累计成本没有交叉",
    breakEvenMark: "第 {t} 年{a}追平{b}",
    computeFailed: "无法计算预览：{message}",
  },
  risk: {
    title: "风险与应急储备",
    intro: "蒙特卡洛模拟：{trials} 次试验（种子 {seed}），各方案共享同一组成本驱动因素；数值为不含应急储备的 {n} 年 TCO。",
    computing: "正在计算…",
    computedIn: "{trials} 次试验，用时 {ms} 毫秒",
    failed: "风险分析失败：{message}",
    stale: "风险结果对应上次的有效输入",
    p50: "P50（中位数）",
    p80: "P80",
    p90: "P90",
    percentilesLabel: "{n} 年 TCO 分位数（不含应急储备）",
    base: "基准（不含应急储备）",
    flat: "固定比例应急储备",
    riskBased: "基于风险的应急储备（P80 − 基准）",
    confidence: "落在基准 + 固定储备以内的试验",
    flatAbove: "固定比例储备比 P80 所需多 {amount}",
    flatBelow: "固定比例储备比 P80 所需少 {amount}",
    tornadoTitle: "对 TCO 影响最大的因素",
    tornadoPath: "方案",
    tornadoDesc: "{path}：单个驱动因素取低值或高值、其余取最可能值时，{n} 年 TCO（不含应急储备）的变化。",
    tornadoTop: "共 {total} 个驱动因素，显示影响最大的 {k} 个",
    tornadoLow: "取低值（乐观）",
    tornadoHigh: "取高值（悲观）",
    tornadoZero: "0 = 各因素均取最可能值",
    tornadoTableCaption: "{path} TCO 敏感性数据",
    driver: "驱动因素",
    lowCol: "低值时",
    highCol: "高值时",
    swing: "摆幅",
    barTitle: "{driver}：低值时 {low}，高值时 {high}",
  },
  checks: {
    title: "预算检查",
    intro: "文章中的四个预算陷阱，以及模型完整性与证据检查，按当前输入计算（与工作簿“检查”表一致）。",
    allTitle: "总检查 Check_All：",
    groupOk: "{n} 项全部通过",
    groupWarn: "{k}/{n} 项需关注",
    ok: "通过",
    warn: "需关注",
    fromYear: "自第 {t} 年起",
    fromYearJump: "自第 {t} 年起：较上年 {jump}",
    failed: "无法完成检查：{message}",
  },
  workbook: {
    title: "预算工作簿",
    generate: "生成预算模板",
    generating: "正在生成…",
    load: "从工作簿读取",
    loading: "正在读取…",
    fixFirst: "请先修正标出的字段再生成。",
    changedSinceLoad: "自上次读取后在窗格中修改了 {n} 个字段，生成时以窗格为准；其余输入保留工作簿中的值。",
    changedHere: "在窗格中修改了 {n} 个字段。若工作簿中已有预算，生成时这些字段以窗格为准，其余输入保留工作簿中的值。",
    noChanges: "生成时会保留工作簿中已编辑的输入。",
    progressLabel: "生成进度",
    steps: {
      plan: "生成工作簿方案",
      inspect: "检查工作簿",
      readKept: "读取已编辑的输入与单价",
      write: "写入工作表、公式、格式与名称",
      rollback: "出错，正在撤销本次改动",
      done: "写入完成",
      activate: "打开“方案对比”表",
    },
    success: "预算模板已生成。",
    successCreated: "新建了 {created} 张工作表。",
    successRewritten: "重写了 {rewritten} 张工作表（新建 {created} 张），保留了工作簿中已编辑的 {keptInputs} 个输入和 {keptRates} 个单价。",
    compareOpened: "已打开“{sheet}”表。",
    failed: "生成失败：{message}",
    kept: {
      nothing: "未写入任何内容，工作簿保持原样。",
      rolledBack: "本次新建的工作表已删除，原有工作表、输入和单价已恢复原状。",
      cleanupFailed: "撤销也未完成：请检查是否有写了一半的 IMCOST 工作表。",
    },
    loaded: "已从工作簿读取 {n} 个输入。",
    loadFailed: "读取失败：{message}",
  },
};

const en: UiStrings = {
  appTitle: "IM cost budget",
  appSubtitle: "A {years}-year budget for self-build, commercial and hybrid, from your requirements",
  languageLabel: "Language",
  languageNames: { "zh-CN": "中文", "en-US": "English" },
  presetsLabel: "Size preset",
  presetNames: { small: "Small (500 staff)", medium: "Medium (5,000)", large: "Large (50,000)" },
  presetHint: "A preset resets every field to typical values for that size",
  formTitle: "Requirements and assumptions",
  sections: {
    scale: { title: "Scale", hint: "Headcount, daily active share, peak online share, growth" },
    communication: { title: "Communication", hint: "Text, voice and video usage and quality" },
    regions: { title: "Regions and latency", hint: "Deployment region, sites, latency target" },
    peaks: { title: "Event peaks", hint: "Annual meetings and other all-hands events" },
    features: { title: "Special features", hint: "Moderation, recall, burn-after-reading, recording, translation" },
    integration: { title: "Integrations and migration", hint: "Systems to connect, history migration, legacy cost" },
    compliance: { title: "Compliance", hint: "Industry, MLPS level, domestic-tech adaptation" },
    path: { title: "Technology path", hint: "Self-build, commercial (SaaS or private), hybrid, or compare all" },
    advanced: { title: "Advanced: finance and staffing", hint: "Horizon, currency, FX, discount rate, inflation, salary growth, contingency, VAT, staffing overrides" },
  },
  advancedFinance: "Finance assumptions",
  advancedStaffing: "Staffing overrides (blank or auto = built-in rule)",
  sectionErrors: "{n} to fix",
  errorSummary: "{n} fields need a fix; the preview shows the last valid result:",
  unitLabel: "Unit",
  rangeLabel: "Allowed",
  colon: ": ",
  allowed: {
    number: "a number from {min} to {max}",
    integer: "a whole number from {min} to {max}",
    percent: "a percentage from {min}% to {max}%",
    override: '"auto" or a number from {min} to {max}',
    boolean: "yes or no",
    choice: "one of {choices}",
  },
  errors: {
    notANumber: "Not a number: enter {allowed}",
    notAnInteger: "Must be {allowed}",
    outOfRange: "Must be {allowed} (got {received})",
    unknownOption: "Choose {allowed}",
    other: "Invalid: must be {allowed}",
  },
  autoPlaceholder: "auto",
  pathView: { label: "Paths shown in the preview", hint: "The workbook always holds all three paths", all: "Compare all" },
  choices: {
    "videoResolution.360p": "360p (SD)",
    "videoResolution.720p": "720p (HD)",
    "videoResolution.1080p": "1080p (Full HD)",
    "deploymentRegion.cn": "Mainland China",
    "deploymentRegion.international": "International",
    "industry.general": "General",
    "industry.finance": "Finance",
    "industry.healthcare": "Healthcare",
    "industry.government": "Government",
    "mlpsLevel.0": "Not required",
    "mlpsLevel.2": "Level 2",
    "mlpsLevel.3": "Level 3",
    "commercialModel.saas": "SaaS (per seat)",
    "commercialModel.private": "Private (licence + maintenance)",
    "hosting.cloud": "Cloud VMs",
    "hosting.onPremise": "Bought hardware",
    "currency.CNY": "CNY (yuan)",
    "currency.USD": "USD (dollar)",
  },
  preview: {
    title: "Live preview",
    stale: "Preview paused: fix the marked fields first",
    y1: "Year 1 budget",
    tco: "{n}-year TCO",
    npv: "NPV of cost ({rate})",
    perUserMonth: "Per user per month",
    lowestTco: "Lowest TCO",
    chartTitle: "Cumulative cost by year",
    chartDesc: "Cumulative cost of each path from year 0 to year {n}; rings mark break-even years.",
    chartTableCaption: "Cumulative cost data",
    yearShort: "Y{t}",
    year: "Year",
    breakEvenTitle: "Break-even",
    breakEven: "{a} costs no more than {b} in total from year {t}",
    noBreakEven: "No path overtakes another within {n} years",
    breakEvenMark: "Year {t}: {a} catches up with {b}",
    computeFailed: "Could not compute the preview: {message}",
  },
  risk: {
    title: "Risk and contingency",
    intro: "Monte Carlo: {trials} trials (seed {seed}) over cost drivers shared by all paths; {n}-year TCO before contingency.",
    computing: "Computing…",
    computedIn: "{trials} trials in {ms} ms",
    failed: "Risk analysis failed: {message}",
    stale: "Risk figures belong to the last valid inputs",
    p50: "P50 (median)",
    p80: "P80",
    p90: "P90",
    percentilesLabel: "{n}-year TCO percentiles before contingency",
    base: "Base (before contingency)",
    flat: "Flat-rate contingency",
    riskBased: "Risk-based contingency (P80 − base)",
    confidence: "Trials within base + flat contingency",
    flatAbove: "The flat rate holds {amount} more than P80 needs",
    flatBelow: "The flat rate holds {amount} less than P80 needs",
    tornadoTitle: "What moves the TCO most",
    tornadoPath: "Path",
    tornadoDesc: "{path}: change in the {n}-year TCO before contingency when one driver moves to its low or high value, the others at most likely.",
    tornadoTop: "Top {k} of {total} drivers",
    tornadoLow: "Driver at low (optimistic)",
    tornadoHigh: "Driver at high (pessimistic)",
    tornadoZero: "0 = every driver at most likely",
    tornadoTableCaption: "{path} TCO sensitivity",
    driver: "Driver",
    lowCol: "At low",
    highCol: "At high",
    swing: "Swing",
    barTitle: "{driver}: {low} at low, {high} at high",
  },
  checks: {
    title: "Budget checks",
    intro: "The article's four budget traps plus the model's integrity and evidence, for the current inputs (as on the workbook's Checks sheet).",
    allTitle: "Check_All:",
    groupOk: "All {n} pass",
    groupWarn: "{k} of {n} to review",
    ok: "Passes",
    warn: "Review",
    fromYear: "From year {t}",
    fromYearJump: "From year {t}: {jump} on the year before",
    failed: "Could not run the checks: {message}",
  },
  workbook: {
    title: "Budget workbook",
    generate: "Generate budget template",
    generating: "Generating…",
    load: "Load from workbook",
    loading: "Loading…",
    fixFirst: "Fix the marked fields before generating.",
    changedSinceLoad: "{n} fields changed here since the last load; the pane's values win for them, other inputs keep the workbook's values.",
    changedHere: "{n} fields changed here. If the workbook already has a budget, the pane's values win for them and other inputs keep the workbook's values.",
    noChanges: "Inputs already edited in the workbook are kept when you regenerate.",
    progressLabel: "Generation progress",
    steps: {
      plan: "Building the workbook plan",
      inspect: "Inspecting the workbook",
      readKept: "Reading inputs and rates edited in the workbook",
      write: "Writing sheets, formulas, formats and names",
      rollback: "Something failed: undoing this run's changes",
      done: "Written",
      activate: "Opening the Compare sheet",
    },
    success: "Budget template generated.",
    successCreated: "{created} sheets created.",
    successRewritten: "{rewritten} sheets rewritten ({created} created); kept {keptInputs} inputs and {keptRates} rates from the workbook.",
    compareOpened: "The “{sheet}” sheet is open.",
    failed: "Generation failed: {message}",
    kept: {
      nothing: "Nothing was written; the workbook is as it was.",
      rolledBack: "Sheets created in this run were removed; existing sheets, inputs and rates were put back as they were.",
      cleanupFailed: "Undoing did not finish either: check for half-written IMCOST sheets.",
    },
    loaded: "Loaded {n} inputs from the workbook.",
    loadFailed: "Could not load: {message}",
  },
};

export const STRINGS: Readonly<Record<Lang, UiStrings>> = { "zh-CN": zh, "en-US": en };

/** Replaces {name} placeholders; unknown names stay as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

/** zh-* → zh-CN, anything else → en-US. */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  return /^zh\b/i.test(displayLanguage ?? "") ? "zh-CN" : "en-US";
}

/** "en" or "zh": the key into the specs' label/unit/note objects. */
export function specLang(lang: Lang): "en" | "zh" {
  return lang === "zh-CN" ? "zh" : "en";
}
