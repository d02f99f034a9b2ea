/**
 * Tornado chart of one path's sensitivity, as hand-written SVG: one row per driver (largest swing first),
 * a bar from the zero line to the TCO change with the driver at its low value and one to the change at its
 * high value. The SVG is an image named by the caption and described by <desc>; a visually hidden table
 * carries the exact numbers for screen readers.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { CHART_STYLES } from "./sharedStyles";
import type { SensitivityEntry } from "../../engine";
import { formatCompact, formatMoney } from "../i18n/format";
import { fill, specLang, STRINGS, type Lang } from "../i18n/strings";
import { useWidth } from "../hooks/useWidth";

type Currency = "CNY" | "USD";

const ROW = 38;
const LABEL_DY = 12;
const BAR_Y = 17;
const BAR_H = 14;
const TOP = 4;
const BOTTOM = 20;
const FONT = 11.5;

/** Low-value bars (cost goes down) and high-value bars (cost goes up): teal and orange, in both themes. */
export const TORNADO_COLORS = { low: tokens.colorPaletteTealBorderActive, high: tokens.colorPaletteDarkOrangeBorderActive } as const;

/** A driver's label without its parenthetical detail, for the chart rows ("Salaries (all roles)" → "Salaries"). */
export function shortLabel(label: string): string {
  const cut = label.search(/\s*[（(]/);
  return cut > 0 ? label.slice(0, cut) : label;
}

/** A signed compact amount: "+¥3.4M", "−¥2M", "0". */
export function signedCompact(value: number, currency: Currency, lang: Lang): string {
  if (Math.round(value) === 0) return formatCompact(0, currency, lang);
  return `${value > 0 ? "+" : ""}${formatCompact(value, currency, lang)}`;
}

/** A signed whole amount: "+¥3,387,283". */
export function signedMoney(value: number, currency: Currency, lang: Lang): string {
  return `${value > 0 && Math.round(value) !== 0 ? "+" : ""}${formatMoney(value, currency, lang)}`;
}

const useStyles = makeStyles({
  ...CHART_STYLES,
  swatch: { width: "12px", height: "10px", borderRadius: "2px", flexShrink: 0 },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export interface TornadoChartProps {
  /** The path's sensitivity entries, largest swing first (as the engine returns them). */
  readonly entries: readonly SensitivityEntry[];
  readonly pathName: string;
  readonly currency: Currency;
  readonly horizonYears: number;
  readonly lang: Lang;
  /** How many drivers to draw (the table lists the same ones). */
  readonly top?: number;
}

export function TornadoChart({ entries, pathName, currency, horizonYears, lang, top = 6 }: TornadoChartProps): React.ReactElement {
  const styles = useStyles();
  const t = STRINGS[lang].risk;
  const sl = specLang(lang);
  const boxRef = React.useRef<HTMLDivElement>(null);
  const width = Math.max(260, useWidth(boxRef, 360));
  const ids = React.useId().replace(/:/g, "");
  const captionId = `tornado-title-${ids}`;
  const descId = `tornado-desc-${ids}`;

  const shown = entries.filter((e) => e.swing > 0).slice(0, top);
  const maxAbs = Math.max(1, ...shown.flatMap((e) => [Math.abs(e.low), Math.abs(e.high)]));
  const valueW = Math.min(70, Math.max(46, ...shown.flatMap((e) => [signedCompact(e.low, currency, lang), signedCompact(e.high, currency, lang)]).map((s) => s.length * 6.6 + 6)));
  const x0 = width / 2;
  const half = width / 2 - valueW;
  const x = (v: number) => x0 + (v / maxAbs) * half;
  const height = TOP + shown.length * ROW + BOTTOM;

  const bar = (value: number, y: number, color: string) => {
    const a = Math.min(x0, x(value));
    const w = Math.max(Math.abs(x(value) - x0), value === 0 ? 0 : 1);
    return <rect x={a} y={y} width={w} height={BAR_H} rx={2} fill={color} />;
  };
  const valueLabel = (value: number, y: number, other: number) => {
    // At the bar's outer end; when both bars point the same way, the shorter one's label goes inside.
    const sameSide = Math.sign(value) === Math.sign(other) && Math.abs(value) < Math.abs(other);
    const right = value >= 0;
    const xe = x(value);
    const tx = sameSide ? (right ? xe - 4 : xe + 4) : right ? xe + 4 : xe - 4;
    const anchor = sameSide ? (right ? "end" : "start") : right ? "start" : "end";
    return (
      <text x={tx} y={y + BAR_H / 2} dy="0.35em" textAnchor={anchor} fill={sameSide ? tokens.colorNeutralForegroundOnBrand : tokens.colorNeutralForeground2}>
        {signedCompact(value, currency, lang)}
      </text>
    );
  };

  return (
    <figure className={styles.figure} aria-labelledby={captionId} data-testid="tornado">
      <figcaption id={captionId} className={styles.caption}>
        {t.tornadoTitle} · {pathName}
      </figcaption>
      <div ref={boxRef}>
        <svg
          className={styles.svg}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={captionId}
          aria-describedby={descId}
          data-testid="tornado-chart"
          fontFamily={tokens.fontFamilyBase}
          fontSize={FONT}
        >
          <desc id={descId}>
            {fill(t.tornadoDesc, { path: pathName, n: horizonYears })} {fill(t.tornadoTop, { k: shown.length, total: entries.length })}
          </desc>
          {shown.map((e, i) => {
            const y0 = TOP + i * ROW;
            const label = e.label[sl];
            return (
              <g key={e.driver} data-driver={e.driver} data-low={e.low} data-high={e.high}>
                <title>{fill(t.barTitle, { driver: label, low: signedMoney(e.low, currency, lang), high: signedMoney(e.high, currency, lang) })}</title>
                <rect x={0} y={y0} width={width} height={ROW} fill="transparent" />
                <text x={0} y={y0 + LABEL_DY} fill={tokens.colorNeutralForeground1} fontWeight={600}>
                  {shortLabel(label)}
                </text>
                {Math.abs(e.high) >= Math.abs(e.low) ? (
                  <>
                    {bar(e.high, y0 + BAR_Y, TORNADO_COLORS.high)}
                    {bar(e.low, y0 + BAR_Y, TORNADO_COLORS.low)}
                  </>
                ) : (
                  <>
                    {bar(e.low, y0 + BAR_Y, TORNADO_COLORS.low)}
                    {bar(e.high, y0 + BAR_Y, TORNADO_COLORS.high)}
                  </>
                )}
                {valueLabel(e.low, y0 + BAR_Y, e.high)}
                {valueLabel(e.high, y0 + BAR_Y, e.low)}
              </g>
            );
          })}
          <line x1={x0} x2={x0} y1={TOP - 2} y2={TOP + shown.length * ROW + 2} stroke={tokens.colorNeutralStroke1} strokeWidth={1.25} />
          <text x={x0} y={height - 4} textAnchor="middle" fill={tokens.colorNeutralForeground3}>
            {t.tornadoZero}
          </text>
        </svg>
      </div>
      <ul className={styles.legend} aria-hidden="true">
        <li className={styles.legendItem}>
          <span className={styles.swatch} style={{ backgroundColor: TORNADO_COLORS.low }} />
          {t.tornadoLow}
        </li>
        <li className={styles.legendItem}>
          <span className={styles.swatch} style={{ backgroundColor: TORNADO_COLORS.high }} />
          {t.tornadoHigh}
        </li>
      </ul>
      {/* A table box ignores width and overflow: the hiding wrapper is a div. */}
      <div className={styles.srOnly}>
        <table data-testid="tornado-table">
          <caption>{fill(t.tornadoTableCaption, { path: pathName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.driver}</th>
              <th scope="col">{t.lowCol}</th>
              <th scope="col">{t.highCol}</th>
              <th scope="col">{t.swing}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.driver}>
                <th scope="row">{e.label[sl]}</th>
                <td>{signedMoney(e.low, currency, lang)}</td>
                <td>{signedMoney(e.high, currency, lang)}</td>
                <td>{formatMoney(e.swing, currency, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
