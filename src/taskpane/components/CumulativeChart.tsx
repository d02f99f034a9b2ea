/**
 * Cumulative cost by month per path, as hand-written SVG (no chart library). Each path's go-live month is marked
 * on its line; a ring marks a break-even month, where path a's cumulative cost first falls to or below path b's
 * after being above it (BudgetResult.breakEven[a][b]). The x axis shows the fiscal years. A visually hidden table
 * carries the cumulative cost at each fiscal year's end and the go-live months for screen readers.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { CHART_STYLES } from "./sharedStyles";
import { PATHS, monthLabel, type BudgetResult, type PathId } from "../../engine";
import { formatCompact, formatMoney } from "../i18n/format";
import { fill, specLang, STRINGS, type Lang } from "../i18n/strings";
import { useWidth } from "../hooks/useWidth";
import { PATH_STYLE } from "./pathStyle";

const HEIGHT = 210;
const MARGIN = { top: 14, right: 14, bottom: 26 };
const FONT = 11;
/** Average glyph width at FONT px, for fitting axis labels without measuring text. */
const GLYPH = 6.4;

export interface BreakEvenPoint {
  readonly a: PathId;
  readonly b: PathId;
  /** The month of the window (1-based) from which a costs no more than b in total. */
  readonly month: number;
}

/** Cumulative totals per path at the end of months 0…M (month 0 = nothing spent yet), as numbers for drawing. */
export function cumulativeByPath(result: BudgetResult): Record<PathId, number[]> {
  const out = {} as Record<PathId, number[]>;
  for (const p of PATHS) out[p.id] = [0, ...result.paths[p.id].cumulative.map((c) => c.toNumber())];
  return out;
}

/** The break-even points among the shown paths, in month order. */
export function breakEvenPoints(result: BudgetResult, paths: readonly PathId[]): BreakEvenPoint[] {
  const out: BreakEvenPoint[] = [];
  for (const a of paths) {
    for (const b of paths) {
      const month = a === b ? null : result.breakEven[a][b];
      if (month !== null) out.push({ a, b, month });
    }
  }
  return out.sort((x, y) => x.month - y.month);
}

/** A "nice" axis maximum and step (1, 2, 2.5 or 5 × 10^k) for about four or five gridlines. */
export function niceScale(max: number): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 0.25 };
  const raw = max / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  return { max: Math.ceil(max / step) * step, step };
}

export interface AxisTick {
  /** The month boundary (0 = the project start) where a fiscal year begins. */
  readonly at: number;
  readonly label: string;
  /** False when the label is left out because it would overlap its neighbour. */
  readonly labelled: boolean;
}

/** One tick where each fiscal year begins; labels thinned so that none overlaps the one before. */
export function fiscalYearTicks(result: BudgetResult, lang: Lang, pxPerMonth: number): AxisTick[] {
  const sl = specLang(lang);
  let lastEnd = -Infinity;
  return result.calendar.fiscalYears.map((fy, i) => {
    const at = fy.firstMonth - result.calendar.start;
    const label = fy.label[sl];
    // A part year of under half the label's width is not labelled at the left edge.
    const centre = (at + fy.monthCount / 2) * pxPerMonth;
    const half = (label.length * GLYPH) / 2;
    const fits = centre - half >= lastEnd + 6 && (i > 0 || fy.monthCount * pxPerMonth >= half);
    if (fits) lastEnd = centre + half;
    return { at, label, labelled: fits };
  });
}

const useStyles = makeStyles({
  ...CHART_STYLES,
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

function Marker({ shape, x, y, color, hollow }: { shape: "circle" | "square" | "diamond"; x: number; y: number; color: string; hollow?: boolean }) {
  const paint = hollow ? { fill: tokens.colorNeutralBackground1, stroke: color, strokeWidth: 1.75 } : { fill: color };
  if (shape === "square") return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} {...paint} />;
  if (shape === "diamond") return <path d={`M${x} ${y - 4.5}L${x + 4.5} ${y}L${x} ${y + 4.5}L${x - 4.5} ${y}Z`} {...paint} />;
  return <circle cx={x} cy={y} r={3.8} {...paint} />;
}

interface Frame {
  readonly left: number;
  readonly plotW: number;
  readonly plotH: number;
  readonly x: (month: number) => number;
  readonly y: (value: number) => number;
  readonly ticks: readonly number[];
  readonly tickLabels: readonly string[];
}

function chartFrame(result: BudgetResult, paths: readonly PathId[], cum: Record<PathId, number[]>, width: number, lang: Lang): Frame {
  const scale = niceScale(Math.max(0, ...paths.flatMap((p) => cum[p])));
  const ticks = Array.from({ length: Math.round(scale.max / scale.step) + 1 }, (_, i) => i * scale.step);
  const tickLabels = ticks.map((v) => formatCompact(v, result.currency, lang));
  const left = Math.min(80, 10 + Math.max(...tickLabels.map((s) => s.length)) * GLYPH);
  const plotW = width - left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const months = result.calendar.months;
  return {
    left,
    plotW,
    plotH,
    x: (month) => left + (month / months) * plotW,
    y: (v) => MARGIN.top + plotH - (v / scale.max) * plotH,
    ticks,
    tickLabels,
  };
}

function ValueAxis({ f }: { f: Frame }) {
  return (
    <>
      {f.ticks.map((v, i) => (
        <g key={v}>
          <line x1={f.left} x2={f.left + f.plotW} y1={f.y(v)} y2={f.y(v)} stroke={tokens.colorNeutralStroke2} strokeWidth={1} />
          <text x={f.left - 6} y={f.y(v)} dy="0.32em" textAnchor="end" fill={tokens.colorNeutralForeground3}>
            {f.tickLabels[i]}
          </text>
        </g>
      ))}
    </>
  );
}

function FiscalAxis({ f, result, lang }: { f: Frame; result: BudgetResult; lang: Lang }) {
  const ticks = fiscalYearTicks(result, lang, f.plotW / result.calendar.months);
  const fy = result.calendar.fiscalYears;
  return (
    <g data-testid="fiscal-axis">
      {ticks.map((t, i) => (
        <g key={t.at}>
          {t.at > 0 && <line x1={f.x(t.at)} x2={f.x(t.at)} y1={MARGIN.top + f.plotH} y2={MARGIN.top + f.plotH + 4} stroke={tokens.colorNeutralStroke1} />}
          {t.labelled && (
            <text x={f.x(t.at + fy[i].monthCount / 2)} y={HEIGHT - 8} textAnchor="middle" fill={tokens.colorNeutralForeground3}>
              {t.label}
            </text>
          )}
        </g>
      ))}
    </g>
  );
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
  const name = (p: PathId) => PATHS.find((x) => x.id === p)!.label[specLang(lang)];
  const month = (m: number) => monthLabel(result.calendar, m);
  const cum = cumulativeByPath(result);
  const f = chartFrame(result, paths, cum, width, lang);
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
          <desc id={descId}>{fill(t.chartDesc, { n: result.horizonYears })}</desc>
          <ValueAxis f={f} />
          <FiscalAxis f={f} result={result} lang={lang} />
          {paths.map((p) => (
            <path
              key={p}
              data-path={p}
              d={cum[p].map((v, m) => `${m === 0 ? "M" : "L"}${f.x(m).toFixed(1)} ${f.y(v).toFixed(1)}`).join("")}
              fill="none"
              stroke={PATH_STYLE[p].color}
              strokeWidth={2.25}
              strokeDasharray={PATH_STYLE[p].dash}
              strokeLinejoin="round"
            />
          ))}
          {paths.map((p) => {
            const { goLive, goLiveMonth } = result.paths[p];
            if (goLiveMonth === null) return null;
            const live = goLive + 1;
            return (
              <g key={`live-${p}`} data-testid={`go-live-${p}`} data-month={goLiveMonth}>
                <title>{fill(t.goLiveMark, { a: name(p), month: goLiveMonth })}</title>
                <Marker shape={PATH_STYLE[p].marker} x={f.x(live - 1)} y={f.y(cum[p][live - 1])} color={PATH_STYLE[p].color} hollow />
              </g>
            );
          })}
          {points.map((pt) => (
            <g key={`be-${pt.a}-${pt.b}`} data-testid={`break-even-${pt.a}-${pt.b}`} data-month={pt.month}>
              <circle cx={f.x(pt.month)} cy={f.y(cum[pt.a][pt.month])} r={7} fill="none" stroke={tokens.colorNeutralForeground1} strokeWidth={1.75}>
                <title>{fill(t.breakEvenMark, { month: month(pt.month), a: name(pt.a), b: name(pt.b) })}</title>
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
              <Marker shape={PATH_STYLE[p].marker} x={13} y={5} color={PATH_STYLE[p].color} hollow />
            </svg>
            {goLiveText(result, p, t, name(p))}
          </li>
        ))}
      </ul>
      <ul className={styles.notes} aria-label={t.breakEvenTitle} data-testid="break-even-notes">
        {points.length === 0 && paths.length > 1 && <li>{fill(t.noBreakEven, { n: result.horizonYears })}</li>}
        {points.map((pt) => (
          <li key={`${pt.a}-${pt.b}`}>{fill(t.breakEven, { a: name(pt.a), b: name(pt.b), month: month(pt.month) })}</li>
        ))}
      </ul>
      <CumulativeTable result={result} paths={paths} lang={lang} cum={cum} name={name} className={styles.srOnly} />
    </figure>
  );
}

type PreviewStrings = (typeof STRINGS)[Lang]["preview"];

/** "Self-build · live 2028-01", or "not live within 5 years" when the go-live falls outside the window. */
function goLiveText(result: BudgetResult, p: PathId, t: PreviewStrings, name: string): string {
  const month = result.paths[p].goLiveMonth;
  return month === null ? fill(t.notLive, { a: name, n: result.horizonYears }) : fill(t.liveFrom, { a: name, month });
}

interface TableProps {
  readonly result: BudgetResult;
  readonly paths: readonly PathId[];
  readonly lang: Lang;
  readonly cum: Record<PathId, number[]>;
  readonly name: (p: PathId) => string;
  readonly className: string;
}

/** Cumulative cost at the end of each fiscal-year column, and each path's go-live, for screen readers. */
function CumulativeTable({ result, paths, lang, cum, name, className }: TableProps) {
  const t = STRINGS[lang].preview;
  const { calendar } = result;
  // The wrapper, not the table, is visually hidden: a table grows to its content whatever its width, and a wide
  // one would widen the page at 320 px.
  return (
    <div className={className}>
      <table>
        <caption>{t.chartTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.fiscalYearEnd}</th>
            {paths.map((p) => (
              <th scope="col" key={p}>
                {name(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {calendar.fiscalYears.map((fy) => {
            const end = fy.firstMonth - calendar.start + fy.monthCount;
            return (
              <tr key={fy.startYear}>
                <th scope="row">{fy.label[specLang(lang)]}</th>
                {paths.map((p) => (
                  <td key={p}>{formatMoney(cum[p][end], result.currency, lang)}</td>
                ))}
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t.goLive}</th>
            {paths.map((p) => (
              <td key={p}>{result.paths[p].goLiveMonth ?? "—"}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
