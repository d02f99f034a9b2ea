import type { ContingencyClass } from "../budget/BudgetResult";

type Text = { readonly en: string; readonly zh: string };

/**
 * One place in the model where a risk is budgeted: a contingency row over the lines of one contingency class, or
 * a line of its own. `covers` names the lines whose risk it carries; no line may be covered twice.
 */
export interface RiskAllowance {
  readonly id: string;
  readonly label: Text;
  /** The risk, in a finance reader's words. */
  readonly risk: Text;
  readonly budgetedAs: { readonly kind: "contingency"; readonly class: Exclude<ContingencyClass, "none"> } | { readonly kind: "line"; readonly line: string };
  /** Lines whose cost risk it carries, besides those of its contingency class. Empty: a risk with no base line. */
  readonly covers: readonly string[];
}

export const RISK_ALLOWANCES: readonly RiskAllowance[] = [
  {
    id: "contingencyMetered",
    label: { en: "Contingency on metered infrastructure and licensing", zh: "预备费：基础设施与许可" },
    risk: { en: "Usage and unit prices above plan; none in the months a standing quote fixes every price of a line", zh: "用量和单价超出计划；报价有效期内、单价全部锁定的费用项不计" },
    budgetedAs: { kind: "contingency", class: "metered" },
    covers: [],
  },
  {
    id: "contingencyLabour",
    label: { en: "Contingency on own development labour", zh: "预备费：自有开发人力" },
    risk: { en: "Build effort above estimate (development, client apps, features, POC, project management, domestic-tech adaptation)", zh: "建设工作量超出估算（开发、客户端、功能、POC、项目管理、信创适配）" },
    budgetedAs: { kind: "contingency", class: "labour" },
    covers: [],
  },
  {
    id: "integrationOverrun",
    label: { en: "Integration overrun", zh: "集成超支" },
    risk: { en: "Integration, SSO and migration turn out harder than scoped; these lines carry no other contingency", zh: "集成、单点登录和迁移比预期复杂；这些费用项不再另计预备费" },
    budgetedAs: { kind: "line", line: "integrationOverrun" },
    covers: ["systemIntegration", "ssoDirectory", "dataMigration"],
  },
  {
    id: "technicalDebt",
    label: { en: "Technical debt", zh: "技术债务" },
    risk: { en: "Own code costs more to keep running than the maintenance team planned; the team carries no other contingency", zh: "自有代码的维护超出维护团队计划；维护团队不再另计预备费" },
    budgetedAs: { kind: "line", line: "technicalDebt" },
    covers: ["maintenanceTeam"],
  },
  {
    id: "complianceChange",
    label: { en: "Compliance change", zh: "合规变化" },
    risk: { en: "Rules tighten and compliance work grows", zh: "合规要求趋严、合规工作增加" },
    budgetedAs: { kind: "line", line: "complianceChange" },
    covers: ["mlpsBeforeGoLive", "mlpsAssessments", "certification", "certificationSurveillance", "securityTooling"],
  },
  {
    id: "scaleOut",
    label: { en: "Scale-out step", zh: "扩容改造" },
    risk: { en: "Growth crosses the designed capacity: re-architecture, migration and load tests", zh: "用户增长超出设计容量：架构调整、迁移和压测" },
    budgetedAs: { kind: "line", line: "scaleOut" },
    covers: [],
  },
  {
    id: "exitReserve",
    label: { en: "Exit / lock-in reserve", zh: "退出/锁定风险储备" },
    risk: { en: "Leaving the vendor later: migration and double running at the end of the contract", zh: "将来更换厂商：合同期末的迁移和并行运行" },
    budgetedAs: { kind: "line", line: "exitReserve" },
    covers: [],
  },
];
