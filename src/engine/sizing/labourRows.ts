import type { Expr } from "../expression/Expr";
import { cmp, iff, input, override, rate, sizing, text } from "../expression/build";
import { LABOUR_MARKETS, SALARY_ROLES, loadKey, salaryKey, type LabourMarketId, type SalaryRole } from "../rateCard/labourMarketEntries";
import type { SizingRow } from "./sizingRows";

/** The rate of the chosen labour market: one IF per market after the first, China tier 1 when none matches. */
function byMarket(keyOf: (market: LabourMarketId) => string): Expr {
  const [first, ...others] = LABOUR_MARKETS;
  return others.reduceRight<Expr>((otherwise, m) => iff(cmp("=", input("labourMarket"), text(m.id)), rate(keyOf(m.id)), otherwise), rate(keyOf(first.id)));
}

const SALARY_ROWS: Readonly<Record<SalaryRole, { key: string; en: string; zh: string }>> = {
  salary_developer: { key: "salaryDeveloper", en: "Developer salary (labour market)", zh: "开发工程师年薪（人力市场）" },
  salary_rtc: { key: "salaryRtc", en: "RTC / media engineer salary (labour market)", zh: "音视频工程师年薪（人力市场）" },
  salary_sre: { key: "salarySre", en: "SRE salary (labour market)", zh: "运维工程师年薪（人力市场）" },
  salary_security: { key: "salarySecurity", en: "Security engineer salary (labour market)", zh: "安全工程师年薪（人力市场）" },
  salary_support: { key: "salarySupport", en: "Helpdesk salary (labour market)", zh: "客服年薪（人力市场）" },
  salary_pm: { key: "salaryPm", en: "Project manager salary (labour market)", zh: "项目经理年薪（人力市场）" },
};

/** A role's gross salary in the budget currency for the chosen labour market (a Sizing sheet row). */
export const salaryOf = (role: SalaryRole): Expr => sizing(SALARY_ROWS[role].key);
/** Employer cost per unit of salary: the user's number, or the chosen market's sourced load when "auto". */
export const employerLoad: Expr = sizing("employerLoad");

/** Every salary rate of every market, for the salary risk driver (only the chosen market's are read). */
export const ALL_SALARY_KEYS: readonly string[] = LABOUR_MARKETS.flatMap((m) => SALARY_ROLES.map((role) => salaryKey(role, m.id)));

/** The Sizing rows that pick salaries and the employer load by `labourMarket`. */
export const LABOUR_ROWS: readonly SizingRow[] = [
  { key: "employerLoad", label: { en: "Employer cost per unit of salary (labour market, unless overridden)", zh: "用人成本系数（人力市场，可覆盖）" }, unit: "×", expr: override("loadFactor", byMarket(loadKey)) },
  ...SALARY_ROLES.map((role): SizingRow => ({ key: SALARY_ROWS[role].key, label: { en: SALARY_ROWS[role].en, zh: SALARY_ROWS[role].zh }, unit: "currency", expr: byMarket((m) => salaryKey(role, m)) })),
];
