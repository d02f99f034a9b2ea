/**
 * The accounting policy's asset classes, as data: which inputs give each class's useful life and residual
 * value, and when its write-off starts. Fixed assets (CAS 4 / IAS 16) depreciate from the month after they enter
 * service; intangibles (CAS 6 / IAS 38) amortise from the month they are available for use. An asset enters
 * service in the later of its purchase month and the path's first month in service.
 */
export type AssetClass = "servers" | "licences" | "development";

export interface AssetClassSpec {
  readonly id: AssetClass;
  readonly label: { readonly en: string; readonly zh: string };
  readonly kind: "fixed" | "intangible";
  readonly lifeInput: "depreciationYears" | "licenceLifeYears" | "developmentLifeYears";
  readonly residualInput: "serverResidualRate" | "licenceResidualRate" | "developmentResidualRate";
  /** Months after entering service before the first charge: 1 for fixed assets, 0 for intangibles. */
  readonly startLag: number;
  /** Which contingency row covers the class's lines, so its contingency is capitalised with it. */
  readonly contingency: "metered" | "labour";
}

export const ASSET_CLASSES: readonly AssetClassSpec[] = [
  { id: "servers", label: { en: "Servers and network", zh: "服务器与网络设备" }, kind: "fixed", lifeInput: "depreciationYears", residualInput: "serverResidualRate", startLag: 1, contingency: "metered" },
  { id: "licences", label: { en: "Perpetual licences", zh: "永久许可" }, kind: "intangible", lifeInput: "licenceLifeYears", residualInput: "licenceResidualRate", startLag: 0, contingency: "metered" },
  { id: "development", label: { en: "Capitalised development", zh: "资本化开发支出" }, kind: "intangible", lifeInput: "developmentLifeYears", residualInput: "developmentResidualRate", startLag: 0, contingency: "labour" },
];

export const ASSET_CLASS_IDS: readonly AssetClass[] = ASSET_CLASSES.map((a) => a.id);
