/**
 * The "Risk" section: per path the Monte Carlo percentiles of TCO before contingency (P50 / P80 / P90), the
 * base, the flat-rate contingency against the risk-based one (P at the contingency confidence level − base) and the share of trials the flat
 * rate covers; then a tornado of the top drivers for a chosen path. Numbers come from the risk worker
 * (useRiskAnalysis) and are formatted as the preview formats money.
 */
import * as React from "react";
import { Caption1, Field, Select, Spinner, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { PATH_CARD_STYLES, STALE_CARDS } from "./sharedStyles";
import { PATHS, type PathId, type PathRisk } from "../../engine";
import type { RiskAnalysis } from "../hooks/useRiskAnalysis";
import { formatInteger, formatMoney, formatPercent } from "../i18n/format";
import { fill, specLang, STRINGS, type Lang } from "../i18n/strings";
import { RISK_SEED, RISK_TRIALS } from "../risk/riskProtocol";
import { PATH_STYLE } from "./pathStyle";
import { TornadoChart } from "./TornadoChart";
import { Notice } from "./Notice";

type Currency = "CNY" | "USD";

export type RiskMetric = "p50" | "p80" | "p90" | "base" | "flatContingency" | "riskContingency" | "flatConfidence";
export const PERCENTILE_METRICS = ["p50", "p80", "p90"] as const;
export const CONTINGENCY_METRICS = ["base", "flatContingency", "riskContingency", "flatConfidence"] as const;

/** The engine number behind a risk metric. */
export function riskValue(path: PathRisk, metric: RiskMetric): number {
  switch (metric) {
    case "p50":
    case "p80":
    case "p90":
      return path.tco[metric];
    default:
      return path[metric];
  }
}

/** The displayed text: money in whole units (as the preview), the confidence as a percentage (0.1 %). */
export function formatRiskMetric(path: PathRisk, metric: RiskMetric, currency: Currency, lang: Lang): string {
  const v = riskValue(path, metric);
  return metric === "flatConfidence" ? formatPercent(Math.round(v * 1000) / 1000, lang) : formatMoney(v, currency, lang);
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", alignItems: "baseline", justifyContent: "space-between", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: "2px" },
  status: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, minHeight: "20px" },
  hint: { color: tokens.colorNeutralForeground3 },
  ...PATH_CARD_STYLES,
  card: {
    ...PATH_CARD_STYLES.card,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  cardHead: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  percentiles: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(92px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  pct: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  rows: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalM, rowGap: "2px", margin: 0, alignItems: "baseline" },
  rowTerm: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  rowValue: { margin: 0, textAlign: "right", fontSize: tokens.fontSizeBase300, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  verdict: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  tornado: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  picker: { maxWidth: "220px" },
  placeholder: { minHeight: "120px", display: "flex", alignItems: "center", justifyContent: "center" },
  stale: STALE_CARDS,
});

export interface RiskSectionProps {
  readonly analysis: RiskAnalysis;
  readonly paths: readonly PathId[];
  readonly lang: Lang;
  /** The current inputs are invalid: the figures belong to earlier inputs. */
  readonly stale: boolean;
  /** Horizon of the inputs behind the figures (for labels). */
  readonly horizonYears: number;
}

export function RiskSection({ analysis, paths, lang, stale, horizonYears }: RiskSectionProps): React.ReactElement {
  const styles = useStyles();
  const t = STRINGS[lang].risk;
  const sl = specLang(lang);
  const name = (p: PathId) => PATHS.find((x) => x.id === p)!.label[sl];
  const [picked, setPicked] = React.useState<PathId>(paths[0]);
  const tornadoPath = paths.includes(picked) ? picked : paths[0];
  const data = analysis.data;
  const mc = data?.monteCarlo;
  const computing = analysis.status === "computing";

  const termLabel: Record<(typeof CONTINGENCY_METRICS)[number], string> = {
    base: t.base,
    flatContingency: t.flat,
    riskContingency: t.riskBased,
    flatConfidence: t.confidence,
  };

  return (
    <section className={styles.root} aria-labelledby="imcost-risk-title" aria-busy={computing} data-testid="risk" data-status={analysis.status}>
      <div className={styles.head}>
        <span role="status" aria-live="polite" className={styles.status} data-testid="risk-status">
          {computing ? (
            <>
              <Spinner size="extra-tiny" aria-hidden="true" />
              {t.computing}
            </>
          ) : data && analysis.status === "done" ? (
            fill(t.computedIn, { trials: formatInteger(data.monteCarlo.trials, lang), ms: data.ms })
          ) : (
            ""
          )}
        </span>
      </div>
      <Caption1 className={styles.hint}>{fill(t.intro, { trials: formatInteger(mc?.trials ?? RISK_TRIALS, lang), seed: mc?.seed ?? RISK_SEED, n: horizonYears })}</Caption1>
      {analysis.status === "error" && analysis.error && (
        <Notice intent="error">{fill(t.failed, { message: analysis.error })}</Notice>
      )}
      {stale && data && (
        <Notice intent="warning">{t.stale}</Notice>
      )}
      {!mc || !data ? (
        <div className={styles.placeholder} aria-hidden="true">
          {computing && <Spinner size="small" />}
        </div>
      ) : (
        <>
          <div className={mergeClasses(styles.cards, stale && styles.stale)} data-testid="risk-cards">
            {paths.map((id) => {
              const pr = mc.paths[id];
              const gap = pr.flatContingency - pr.riskContingency;
              return (
                <div role="group" key={id} className={styles.card} aria-label={name(id)} data-path={id}>
                  <div className={styles.cardHead}>
                    <span className={styles.swatch} style={{ backgroundColor: PATH_STYLE[id].color }} aria-hidden="true" />
                    <h3 className={styles.pathName} style={{ margin: 0 }}>
                      {name(id)}
                    </h3>
                  </div>
                  <dl className={styles.percentiles} aria-label={fill(t.percentilesLabel, { n: horizonYears })}>
                    {PERCENTILE_METRICS.map((m) => (
                      <div key={m}>
                        <dt className={styles.term}>{t[m]}</dt>
                        <dd className={styles.pct} data-testid={`risk-${id}-${m}`} data-value={riskValue(pr, m)}>
                          {formatRiskMetric(pr, m, mc.currency, lang)}
                        </dd>
                      </div>
                    ))}
                  </dl>
                  <dl className={styles.rows}>
                    {CONTINGENCY_METRICS.map((m) => (
                      <React.Fragment key={m}>
                        <dt className={styles.rowTerm}>{termLabel[m]}</dt>
                        <dd className={mergeClasses(styles.rowValue, m === "riskContingency" && styles.strong)} data-testid={`risk-${id}-${m}`} data-value={riskValue(pr, m)}>
                          {formatRiskMetric(pr, m, mc.currency, lang)}
                        </dd>
                      </React.Fragment>
                    ))}
                  </dl>
                  <Caption1 className={styles.verdict}>{fill(gap >= 0 ? t.flatAbove : t.flatBelow, { amount: formatMoney(Math.abs(gap), mc.currency, lang) })}</Caption1>
                </div>
              );
            })}
          </div>
          <div className={styles.tornado}>
            {paths.length > 1 && (
              <Field label={t.tornadoPath} size="small" className={styles.picker}>
                <Select size="small" value={tornadoPath} onChange={(_, d) => setPicked(d.value as PathId)} data-testid="tornado-path">
                  {paths.map((p) => (
                    <option key={p} value={p}>
                      {name(p)}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <TornadoChart entries={data.sensitivity[tornadoPath]} pathName={name(tornadoPath)} currency={mc.currency} horizonYears={horizonYears} lang={lang} />
          </div>
        </>
      )}
    </section>
  );
}

