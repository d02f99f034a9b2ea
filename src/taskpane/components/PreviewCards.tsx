/**
 * The preview numbers per path: the first 12 months' budget (one-off costs and contingency included), TCO, NPV of
 * cost, cost per user per month in service — the engine's values, formatted (data-value carries the exact
 * decimal). Also a compact sticky strip with the TCOs.
 */
import * as React from "react";
import { Badge, Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { PATH_CARD_STYLES, STALE_CARDS } from "./sharedStyles";
import { PATHS, monthLabel, type BudgetResult, type Decimal, type PathId } from "../../engine";
import { formatMoney, formatPercent } from "../i18n/format";
import { fill, specLang, STRINGS, type Lang } from "../i18n/strings";
import { PATH_STYLE } from "./pathStyle";

export type Metric = "first12" | "tco" | "npv" | "perUserMonth";
export const METRICS: readonly Metric[] = ["first12", "tco", "npv", "perUserMonth"];

/** The engine value behind each metric, as a Decimal. */
export function metricValue(result: BudgetResult, path: PathId, metric: Metric): Decimal {
  const p = result.paths[path];
  switch (metric) {
    case "first12":
      return p.first12Months;
    case "tco":
      return p.tco;
    case "npv":
      return p.npv;
    case "perUserMonth":
      return p.costPerUserMonth;
  }
}

/** The displayed text of a metric (formatting only). */
export function formatMetric(result: BudgetResult, path: PathId, metric: Metric, lang: Lang): string {
  return formatMoney(metricValue(result, path, metric), result.currency, lang, metric === "perUserMonth" ? 2 : 0);
}

/**
 * The fiscal year(s) the first 12 months fall in, e.g. "FY2027", or "FY2026/27–FY2027/28" when the project does
 * not start on the first month of a fiscal year.
 */
export function first12FiscalLabel(result: BudgetResult, lang: Lang): string {
  const { calendar } = result;
  const last = Math.min(12, calendar.months);
  const first = calendar.fiscalYears[calendar.fiscalOf[1]].label[specLang(lang)];
  const end = calendar.fiscalYears[calendar.fiscalOf[last]].label[specLang(lang)];
  return first === end ? first : `${first}–${end}`;
}

/** "2027-01 – 2027-12": the months the first-12-month figure covers. */
export function first12Months(result: BudgetResult): string {
  return `${monthLabel(result.calendar, 1)} – ${monthLabel(result.calendar, Math.min(12, result.calendar.months))}`;
}

export function lowestTcoPath(result: BudgetResult, paths: readonly PathId[]): PathId | null {
  let best: PathId | null = null;
  for (const p of paths) if (best === null || result.paths[p].tco.lessThan(result.paths[best].tco)) best = p;
  return best;
}

const useStyles = makeStyles({
  ...PATH_CARD_STYLES,
  cardHead: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalXS },
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  strip: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    // One column per path at every width (320–500 px): three short lines, never a sideways scroll.
    display: "grid",
    gridAutoFlow: "column",
    gridAutoColumns: "minmax(0, 1fr)",
    gridTemplateRows: "auto auto",
    columnGap: tokens.spacingHorizontalS,
    padding: `2px ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontVariantNumeric: "tabular-nums",
  },
  stripHead: { gridColumn: "1 / -1", gridRow: 1, display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, minWidth: 0 },
  stripItem: { gridRow: 2, display: "flex", flexDirection: "column", minWidth: 0 },
  stripName: { display: "flex", alignItems: "center", gap: "4px", minWidth: 0 },
  stripLabel: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase200 },
  stripValue: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, whiteSpace: "nowrap" },
  stale: STALE_CARDS,
});

export interface PreviewCardsProps {
  readonly result: BudgetResult;
  readonly paths: readonly PathId[];
  readonly lang: Lang;
  readonly stale: boolean;
}

export function PreviewCards({ result, paths, lang, stale }: PreviewCardsProps): React.ReactElement {
  const styles = useStyles();
  const t = STRINGS[lang].preview;
  const lowest = paths.length > 1 ? lowestTcoPath(result, paths) : null;
  const rate = formatPercent(Number(result.requirements.discountRate), lang);
  const labels: Record<Metric, string> = {
    first12: fill(t.first12, { fy: first12FiscalLabel(result, lang) }),
    tco: fill(t.tco, { n: result.horizonYears }),
    npv: fill(t.npv, { rate }),
    perUserMonth: t.perUserMonth,
  };
  return (
    <div className={mergeClasses(styles.cards, stale && styles.stale)} data-testid="preview-cards">
      {paths.map((id) => {
        const info = PATHS.find((p) => p.id === id)!;
        const name = info.label[specLang(lang)];
        return (
          <div role="group" key={id} className={styles.card} aria-label={name} data-path={id}>
            <div className={styles.cardHead}>
              <span className={styles.swatch} style={{ backgroundColor: PATH_STYLE[id].color }} aria-hidden="true" />
              <h3 className={styles.pathName} style={{ margin: 0 }}>
                {name}
              </h3>
              {lowest === id && (
                <Badge appearance="tint" color="success" size="small">
                  {t.lowestTco}
                </Badge>
              )}
            </div>
            <dl className={styles.grid}>
              {METRICS.map((m) => (
                <div key={m}>
                  <dt className={styles.term} title={m === "first12" ? first12Months(result) : m === "npv" ? fill(t.npvTitle, { rate }) : undefined}>
                    {labels[m]}
                  </dt>
                  <dd className={styles.value} data-testid={`metric-${id}-${m}`} data-value={metricValue(result, id, m).toString()}>
                    {formatMetric(result, id, m, lang)}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </div>
  );
}

export interface PreviewStripProps {
  readonly result: BudgetResult | null;
  readonly paths: readonly PathId[];
  readonly lang: Lang;
  readonly status: string;
}

/** A one-line sticky summary (TCO per path) that stays visible while the user scrolls through the form. */
export function PreviewStrip({ result, paths, lang, status }: PreviewStripProps): React.ReactElement {
  const styles = useStyles();
  const t = STRINGS[lang].preview;
  return (
    <aside className={styles.strip} data-testid="preview-strip" aria-label={t.title}>
      <span className={styles.stripHead}>
        {result && <Caption1 className={styles.stripLabel}>{fill(t.tco, { n: result.horizonYears })}</Caption1>}
        <Caption1 role="status" aria-live="polite" className={styles.stripLabel}>
          {status}
        </Caption1>
      </span>
      {result &&
        paths.map((id) => {
          const info = PATHS.find((p) => p.id === id)!;
          return (
            <span key={id} className={styles.stripItem}>
              <span className={styles.stripName}>
                <span className={styles.swatch} style={{ backgroundColor: PATH_STYLE[id].color, width: 8, height: 8 }} aria-hidden="true" />
                <span className={styles.stripLabel}>{info.label[specLang(lang)]}</span>
              </span>
              <Text className={styles.stripValue}>{formatMetric(result, id, "tco", lang)}</Text>
            </span>
          );
        })}
    </aside>
  );
}
