/**
 * Cumulative cost by year per path, as hand-written SVG (no chart library), with break-even years marked:
 * a ring where path a's cumulative cost first falls to or below path b's after being above it
 * (BudgetResult.breakEven[a][b] ≥ 1). A visually hidden table carries the same numbers for screen readers.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { CHART_STYLES } from "./sharedStyles";
import { PATHS, type BudgetResult, type PathId } from "../../engine";
import { formatCompact, formatMoney } from "../i18n/format";
import { fill, specLang, STRINGS, type Lang } from "../i18n/strings";
import { PATH_STYLE } from "./pathStyle";

const HEIGHT = 210;
const MARGIN = { top: 14, right: 14, bottom: 26 };
const FONT = 11;

export interface BreakEvenPoint {
  readonly a: PathId;
  readonly b: PathId;
  readonly year: number;
}

/** Cumulative totals Y0…YN per path (numbers, for drawing). */
export function cumulativeByPath(result: BudgetResult): Record<PathId, number[]> {
  const out = {} as Record<PathId, number[]>;
  for (const p of PATHS) out[p.id] = result.paths[p.id].cumulative.map((c) => c.toNumber());
  return out;
}

/** The break-even points among the shown paths: a catches up with b in `year` (≥ 1). */
export function breakEvenPoints(result: BudgetResult, paths: readonly PathId[]): BreakEvenPoint[] {
  const out: BreakEvenPoint[] = [];
  for (const a of paths) {
    for (const b of paths) {
      const year = a === b ? null : result.breakEven[a][b];
      if (year !== null && year >= 1) out.push({ a, b, year });
    }
  }
  return out.sort((x, y) => x.year - y.year);
}

/** A "nice" axis maximum and step (1, 2, 2.5 or 5 × 10^k) for about four or five gridlines. */
export function niceScale(max: number): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 0.25 };
  const raw = max / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  return { max: Math.ceil(max / step) * step, step };
}

const useStyles = makeStyles({
  ...CHART_STYLES,
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** The rendered width of an element (ResizeObserver), `fallback` until it is measured. */
export function useWidth(ref: React.RefObject<HTMLElement>, fallback: number): number {
  const [width, setWidth] = React.useState(fallback);
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

function Marker({ shape, x, y, color }: { shape: "circle" | "square" | "diamond"; x: number; y: number; color: string }) {
  if (shape === "square") return <rect x={x - 3} y={y - 3} width={6} height={6} fill={color} />;
  if (shape === "diamond") return <path d={`M${x} ${y - 4}L${x + 4} ${y}L${x} ${y + 4}L${x - 4} ${y}Z`} fill={color} />;
  return <circle cx={x} cy={y} r={3.2} fill={color} />;
}

export interface CumulativeChartProps {
  readonly result: BudgetResult;
  readonly paths: readonly PathId[];
  readonly lang: Lang;
}

export function CumulativeChart({ result, paths, lang }: CumulativeChartProps): React.ReactElement {
  const styles = useStyles();
  const t = STRINGS[lang].preview;
  const boxRef = React.useRef<HTMLDivElement>(null);
  const width = Math.max(260, useWidth(boxRef, 380));
  const ids = React.useId().replace(/:/g, "");
  const titleId = `chart-title-${ids}`;
  const descId = `chart-desc-${ids}`;
  const sl = specLang(lang);
  const name = (p: PathId) => PATHS.find((x) => x.id === p)!.label[sl];

  const cum = cumulativeByPath(result);
  const n = result.horizonYears;
  const years = Array.from({ length: n + 1 }, (_, i) => i);
  const dataMax = Math.max(0, ...paths.flatMap((p) => cum[p]));
  const scale = niceScale(dataMax);
  const ticks = Array.from({ length: Math.round(scale.max / scale.step) + 1 }, (_, i) => i * scale.step);
  const tickLabels = ticks.map((v) => formatCompact(v, result.currency, lang));
  const left = Math.min(80, 10 + Math.max(...tickLabels.map((s) => s.length)) * 6.4);
  const plotW = width - left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (year: number) => left + (n === 0 ? plotW / 2 : (year / n) * plotW);
  const y = (v: number) => MARGIN.top + plotH - (v / scale.max) * plotH;
  const points = breakEvenPoints(result, paths);

  return (
    <figure className={styles.figure} aria-labelledby={titleId}>
      <figcaption id={titleId} className={styles.caption}>
        {t.chartTitle}
      </figcaption>
      <div ref={boxRef}>
        <svg
          className={styles.svg}
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          data-testid="cumulative-chart"
          fontFamily={tokens.fontFamilyBase}
          fontSize={FONT}
        >
          <desc id={descId}>{fill(t.chartDesc, { n })}</desc>
          {ticks.map((v, i) => (
            <g key={v}>
              <line x1={left} x2={left + plotW} y1={y(v)} y2={y(v)} stroke={tokens.colorNeutralStroke2} strokeWidth={1} />
              <text x={left - 6} y={y(v)} dy="0.32em" textAnchor="end" fill={tokens.colorNeutralForeground3}>
                {tickLabels[i]}
              </text>
            </g>
          ))}
          {years.map((yr) => (
            <text key={yr} x={x(yr)} y={HEIGHT - 8} textAnchor="middle" fill={tokens.colorNeutralForeground3}>
              {fill(t.yearShort, { t: yr })}
            </text>
          ))}
          {points.map((pt) => (
            <line
              key={`v-${pt.a}-${pt.b}`}
              x1={x(pt.year)}
              x2={x(pt.year)}
              y1={MARGIN.top}
              y2={MARGIN.top + plotH}
              stroke={tokens.colorNeutralStroke1}
              strokeDasharray="3 3"
            />
          ))}
          {paths.map((p) => {
            const st = PATH_STYLE[p];
            const d = cum[p].map((v, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)} ${y(v).toFixed(1)}`).join("");
            return (
              <g key={p} data-path={p}>
                <path d={d} fill="none" stroke={st.color} strokeWidth={2.25} strokeDasharray={st.dash} strokeLinejoin="round" />
                {cum[p].map((v, i) => (
                  <Marker key={i} shape={st.marker} x={x(i)} y={y(v)} color={st.color} />
                ))}
              </g>
            );
          })}
          {points.map((pt) => (
            <g key={`be-${pt.a}-${pt.b}`} data-testid={`break-even-${pt.a}-${pt.b}`} data-year={pt.year}>
              <circle cx={x(pt.year)} cy={y(cum[pt.a][pt.year])} r={7} fill="none" stroke={tokens.colorNeutralForeground1} strokeWidth={1.75}>
                <title>{fill(t.breakEvenMark, { t: pt.year, a: name(pt.a), b: name(pt.b) })}</title>
              </circle>
            </g>
          ))}
        </svg>
      </div>
      <ul className={styles.legend} aria-hidden="true">
        {paths.map((p) => (
          <li key={p} className={styles.legendItem}>
            <svg width="26" height="10" aria-hidden="true">
              <line x1="1" x2="25" y1="5" y2="5" stroke={PATH_STYLE[p].color} strokeWidth="2.25" strokeDasharray={PATH_STYLE[p].dash} />
              <Marker shape={PATH_STYLE[p].marker} x={13} y={5} color={PATH_STYLE[p].color} />
            </svg>
            {name(p)}
          </li>
        ))}
      </ul>
      <ul className={styles.notes} aria-label={t.breakEvenTitle} data-testid="break-even-notes">
        {points.length === 0 && paths.length > 1 && <li>{fill(t.noBreakEven, { n })}</li>}
        {points.map((pt) => (
          <li key={`${pt.a}-${pt.b}`}>{fill(t.breakEven, { a: name(pt.a), b: name(pt.b), t: pt.year })}</li>
        ))}
      </ul>
      <table className={styles.srOnly}>
        <caption>{t.chartTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.year}</th>
            {paths.map((p) => (
              <th scope="col" key={p}>
                {name(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((yr) => (
            <tr key={yr}>
              <th scope="row">{fill(t.yearShort, { t: yr })}</th>
              {paths.map((p) => (
                <td key={p}>{formatMoney(cum[p][yr], result.currency, lang)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
