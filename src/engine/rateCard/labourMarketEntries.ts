import type { Currency, EvidenceStatus, RateCardEntry } from "./RateCardEntry";

/**
 * Salaries by labour market, each in the market's own currency; the employer load per market; and the
 * dated exchange rates that bring EUR, SGD and INR to USD (USD to CNY is the user's input fxUsdToCny).
 * China tier 1 keeps the original keys (salary_developer …) so saved rate changes still apply to it.
 */

/** The markets of the `labourMarket` input, and the suffix of their rate-card keys ("" = the original keys). */
export const LABOUR_MARKETS = [
  { id: "cnTier1", suffix: "", currency: "CNY" },
  { id: "cnTier2", suffix: "_cn2", currency: "CNY" },
  { id: "us", suffix: "_us", currency: "USD" },
  { id: "westernEurope", suffix: "_eu", currency: "EUR" },
  { id: "singapore", suffix: "_sg", currency: "SGD" },
  { id: "india", suffix: "_in", currency: "INR" },
] as const;

export type LabourMarketId = (typeof LABOUR_MARKETS)[number]["id"];

/** The salary roles the cost lines use; the cnTier1 figure of each is the original rate-card entry. */
export const SALARY_ROLES = ["salary_developer", "salary_rtc", "salary_sre", "salary_security", "salary_support", "salary_pm"] as const;
export type SalaryRole = (typeof SALARY_ROLES)[number];

export const salaryKey = (role: SalaryRole, market: LabourMarketId): string => `${role}${LABOUR_MARKETS.find((m) => m.id === market)!.suffix}`;
/** The employer-load parameter of a market: employer_load_cn1, employer_load_cn2, employer_load_us … */
export const loadKey = (market: LabourMarketId): string => `employer_load${LABOUR_MARKETS.find((m) => m.id === market)!.suffix || "_cn1"}`;

/** Rate-card parameters: units of each currency per US dollar. */
export const FX_PER_USD_KEYS: Readonly<Record<"EUR" | "SGD" | "INR", string>> = { EUR: "fx_usd_eur", SGD: "fx_usd_sgd", INR: "fx_usd_inr" };

const ROLE_LABELS: Readonly<Record<SalaryRole, { en: string; zh: string }>> = {
  salary_developer: { en: "Developer (backend, client), gross", zh: "开发工程师（后端/客户端）年薪" },
  salary_rtc: { en: "RTC / media engineer, gross", zh: "音视频工程师年薪" },
  salary_sre: { en: "SRE / operations engineer, gross", zh: "运维工程师年薪" },
  salary_security: { en: "Security engineer, gross", zh: "安全工程师年薪" },
  salary_support: { en: "Helpdesk / L1 support, gross", zh: "客服/一线支持年薪" },
  salary_pm: { en: "Project / product manager, gross", zh: "项目/产品经理年薪" },
};
const MARKET_LABELS: Readonly<Record<Exclude<LabourMarketId, "cnTier1">, { en: string; zh: string }>> = {
  cnTier2: { en: "China tier 2", zh: "中国二线城市" },
  us: { en: "United States", zh: "美国" },
  westernEurope: { en: "Western Europe (Germany)", zh: "西欧（德国）" },
  singapore: { en: "Singapore", zh: "新加坡" },
  india: { en: "India", zh: "印度" },
};

type Figure = readonly [list: string, source: string, date: string, status: EvidenceStatus];

function salary(role: SalaryRole, market: Exclude<LabourMarketId, "cnTier1">, currency: Currency, [list, source, date, status]: Figure): RateCardEntry {
  const l = ROLE_LABELS[role];
  const m = MARKET_LABELS[market];
  return {
    key: salaryKey(role, market), kind: "price", label: { en: `${l.en} — ${m.en}`, zh: `${l.zh}（${m.zh}）` }, unit: "per FTE-year", currency, region: "any",
    list, discount: 0, vatRate: 0, listIncludesVat: false, source, date, status,
  };
}

function param(key: string, label: { en: string; zh: string }, unit: string, [list, source, date, status]: Figure): RateCardEntry {
  return { key, kind: "parameter", label, unit, currency: null, region: "any", list, discount: 0, vatRate: 0, listIncludesVat: false, source, date, status };
}

const TIER2 = "Tier-1 figure × 0.72, the middle of the research's tier-2 multiplier 0.65–0.8 (domain-costs §9.2)";
const OEWS = "BLS OEWS May 2024 national median (as republished from bls.gov OOH/OEWS)";
const ROLE_MIX = (share: string) => `EST: developer figure × ${share}; no survey row for this role found`;
const KUNUNU = "kununu: Softwareentwickler Germany average 56,900 EUR gross (46,022 reports)";
const MOM = "MOM Occupational Wages: software, web and multimedia developer median gross 5,300 SGD/month (Scholarship Guide 2020-08 reprint) × 13 months (AWS)";
const INDIA = "GeeksforGeeks 'Software Engineer Salary in India 2024': average 7–8 lakh INR; Payscale 2024 ₹696k";

const CN2 = (list: string): Figure => [list, TIER2, "2025-05", "DERIVED"];

/** Salary figures by market, per role. */
const SALARIES: Readonly<Record<Exclude<LabourMarketId, "cnTier1">, Readonly<Record<SalaryRole, Figure>>>> = {
  cnTier2: {
    salary_developer: CN2("216000"),
    salary_rtc: CN2("302400"),
    salary_sre: CN2("230400"),
    salary_security: CN2("252000"),
    salary_support: CN2("79200"),
    salary_pm: CN2("252000"),
  },
  us: {
    salary_developer: ["133080", `${OEWS}: software developers (15-1252); mean 144,570`, "2024-05", "SEEN-2nd"],
    salary_rtc: ["153000", "EST: software developers' median 133,080 + 15% for media/RTC specialism; no OEWS row for RTC engineers", "2024-05", "EST"],
    salary_sre: ["96800", `${OEWS}: network and computer systems administrators (15-1244)`, "2024-05", "SEEN-2nd"],
    salary_security: ["124910", `${OEWS}: information security analysts (15-1212)`, "2024-05", "SEEN-2nd"],
    salary_support: ["60340", `${OEWS}: computer user support specialists (15-1232)`, "2024-05", "SEEN-2nd"],
    salary_pm: ["100750", `${OEWS}: project management specialists (13-1082)`, "2024-05", "SEEN-2nd"],
  },
  westernEurope: {
    salary_developer: ["56900", KUNUNU, "2025-06", "SEEN-2nd"],
    salary_rtc: ["65400", ROLE_MIX("1.15 (media specialism)"), "2025-06", "EST"],
    salary_sre: ["57000", ROLE_MIX("1.0 (DevOps pays about as developers)"), "2025-06", "EST"],
    salary_security: ["62600", ROLE_MIX("1.1"), "2025-06", "EST"],
    salary_support: ["42000", ROLE_MIX("0.74 (IT support)"), "2025-06", "EST"],
    salary_pm: ["65400", ROLE_MIX("1.15"), "2025-06", "EST"],
  },
  singapore: {
    salary_developer: ["68900", MOM, "2019-06", "DERIVED"],
    salary_rtc: ["79200", ROLE_MIX("1.15 (media specialism)"), "2019-06", "EST"],
    salary_sre: ["68900", ROLE_MIX("1.0"), "2019-06", "EST"],
    salary_security: ["75800", ROLE_MIX("1.1"), "2019-06", "EST"],
    salary_support: ["37900", ROLE_MIX("0.55 (helpdesk)"), "2019-06", "EST"],
    salary_pm: ["79200", ROLE_MIX("1.15"), "2019-06", "EST"],
  },
  india: {
    salary_developer: ["800000", INDIA, "2024-02", "SEEN-2nd"],
    salary_rtc: ["920000", ROLE_MIX("1.15 (media specialism)"), "2024-02", "EST"],
    salary_sre: ["800000", ROLE_MIX("1.0"), "2024-02", "EST"],
    salary_security: ["880000", ROLE_MIX("1.1"), "2024-02", "EST"],
    salary_support: ["360000", ROLE_MIX("0.45 (helpdesk)"), "2024-02", "EST"],
    salary_pm: ["920000", ROLE_MIX("1.15"), "2024-02", "EST"],
  },
};

/** Employer cost per unit of gross salary, by market. */
const LOADS: Readonly<Record<LabourMarketId, Figure>> = {
  cnTier1: ["1.4", "EST within 五险一金 30–40% on gross in tier-1 cities (research §9.2); the former loadFactor default", "2025-05", "EST"],
  cnTier2: ["1.3", "EST within 五险一金 25–35% on gross in tier-2 cities (research §9.2)", "2025-05", "EST"],
  us: ["1.42", "BLS ECEC June 2025 (USDL-25-1358): private industry total compensation 45.65 ÷ wages 32.07 USD/hour = 1.423", "2025-06", "DERIVED"],
  westernEurope: ["1.22", "EST: German employer social contributions 2025 (pension 9.3%, health 7.3% + half the add-on, care 1.8%, unemployment 1.3%, accident ~1.2%) ≈ 21–22%", "2025-01", "EST"],
  singapore: ["1.2", "EST: employer CPF 17% (age ≤ 55, under the ordinary-wage ceiling) + skills levy 0.25% + medical benefits ≈ 3%", "2025-01", "EST"],
  india: ["1.1", "EST: employer EPF 12% and gratuity 4.81% of basic pay (about half of gross) + group health cover ≈ 2%", "2025-01", "EST"],
};

const MARKET_LOAD_LABEL = (m: LabourMarketId): { en: string; zh: string } => {
  const name = m === "cnTier1" ? { en: "China tier 1", zh: "中国一线城市" } : MARKET_LABELS[m];
  return { en: `Employer cost per unit of salary — ${name.en}`, zh: `用人成本系数（${name.zh}）` };
};

/** New rate-card entries: salaries of the five other markets, the six loads and three exchange rates. */
export const LABOUR_MARKET_ENTRIES: readonly RateCardEntry[] = [
  ...LABOUR_MARKETS.filter((m) => m.id !== "cnTier1").flatMap((m) => {
    const market = m.id as Exclude<LabourMarketId, "cnTier1">;
    return SALARY_ROLES.map((role) => salary(role, market, m.currency, SALARIES[market][role]));
  }),
  ...LABOUR_MARKETS.map((m) => param(loadKey(m.id), MARKET_LOAD_LABEL(m.id), "×", LOADS[m.id])),
  param("fx_usd_eur", { en: "Euros per US dollar", zh: "欧元/美元汇率" }, "EUR per USD", ["0.9184", "ECB euro reference rate 14 Mar 2025: 1 EUR = 1.0889 USD (reprinted by euro2.net); 1 ÷ 1.0889", "2025-03-14", "DERIVED"]),
  param("fx_usd_sgd", { en: "Singapore dollars per US dollar", zh: "新加坡元/美元汇率" }, "SGD per USD", ["1.3342", "CFETS central parity 25 Feb 2025 (Xinhua): 100 USD = 717.26 CNY, 100 SGD = 537.59 CNY; 717.26 ÷ 537.59", "2025-02-25", "DERIVED"]),
  param("fx_usd_inr", { en: "Indian rupees per US dollar", zh: "印度卢比/美元汇率" }, "INR per USD", ["86", "EST: RBI reference rate was about 85–88 INR per USD through 2025; no dated table found in the sources searched", "2025-06", "EST"]),
];
