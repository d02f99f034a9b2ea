/**
 * The preview's "by fiscal year" table: a switch between the engine's four views (FINANCIAL_VIEWS: cash, P&L,
 * capex, opex), one row per fiscal-year column (part years marked), one column per shown path, and a total row.
 * The figures are the engine's PathBudget columns; the total row is their sum. Amounts are shown in full while
 * the table fits its box, else compact (the exact amount in the cell's tooltip and data-value).
 */
import * as React from "react";
import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { FINANCIAL_VIEWS, PATHS, sum, type BudgetResult, type Decimal, type FinancialViewId, type PathId } from "../../engine";
import { useWidth } from "../hooks/useWidth";
import { formatCompact, formatMoney } from "../i18n/format";
import { fill, specLang, STRINGS, type Lang } from "../i18n/strings";
import { PATH_STYLE } from "./pathStyle";
import { SR_ONLY } from "./sharedStyles";

/** One path's figures in a view: the engine's column per fiscal year, and their sum. */
export function viewColumn(result: BudgetResult, path: PathId, view: FinancialViewId): { readonly years: readonly Decimal[]; readonly total: Decimal } {
  const years = result.paths[path][view];
  return { years, total: sum(years) };
}

/** A fiscal year's row label, with "(3m)" after a part year. */
export function fiscalRowLabel(result: BudgetResult, index: number, lang: Lang): { readonly label: string; readonly part: string | null } {
  const fy = result.calendar.fiscalYears[index];
  const part = fy.monthCount < 12 ? fill(STRINGS[lang].fiscalViews.partYear, { n: fy.monthCount }) : null;
  return { label: fy.label[specLang(lang)], part };
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  switch: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, border: 0, margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginBottom: "2px" },
  option: { minWidth: 0 },
  meaning: { color: tokens.colorNeutralForeground3 },
  frame: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  // Figures of earlier inputs, as the cards show them: a dashed frame, the text's contrast kept.
  stale: { borderTopStyle: "dashed", borderRightStyle: "dashed", borderBottomStyle: "dashed", borderLeftStyle: "dashed" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, fontVariantNumeric: "tabular-nums" },
  th: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, padding: "2px 0", verticalAlign: "bottom" },
  pathHead: { textAlign: "end", fontWeight: tokens.fontWeightSemibold, padding: `2px 0 2px ${tokens.spacingHorizontalS}`, verticalAlign: "bottom" },
  // The path's colour as a bar under its name (a swatch beside it would wrap onto a line of its own).
  swatch: { display: "block", height: "3px", marginTop: "2px", borderRadius: "2px", marginInlineStart: "auto", width: "100%", maxWidth: "48px" },
  rowHead: { textAlign: "start", fontWeight: tokens.fontWeightRegular, padding: "2px 0", color: tokens.colorNeutralForeground2 },
  // A fiscal year's name is one word ("2027年度" must not break before 度); the part marker may go below it.
  nowrap: { whiteSpace: "nowrap" },
  part: { display: "inline-block", marginInlineStart: "0.25em", color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  cell: { textAlign: "end", padding: `2px 0 2px ${tokens.spacingHorizontalS}`, whiteSpace: "nowrap" },
  totalRow: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, fontWeight: tokens.fontWeightSemibold },
  srOnly: SR_ONLY,
});

export interface FiscalYearViewsProps {
  readonly result: BudgetResult;
  readonly paths: readonly PathId[];
  readonly lang: Lang;
  readonly stale: boolean;
  /** The view shown first (the pane opens on cash, the view TCO and NPV are of). */
  readonly initialView?: FinancialViewId;
}

export function FiscalYearViews({ result, paths, lang, stale, initialView = "cash" }: FiscalYearViewsProps): React.ReactElement {
  const styles = useStyles();
  const t = STRINGS[lang].fiscalViews;
  const sl = specLang(lang);
  const [view, setView] = React.useState<FinancialViewId>(initialView);
  const spec = FINANCIAL_VIEWS.find((v) => v.id === view)!;
  const ids = React.useId().replace(/:/g, "");
  const frameRef = React.useRef<HTMLDivElement>(null);
  const tableRef = React.useRef<HTMLTableElement>(null);
  const width = useWidth(frameRef, 0);
  const compact = useCompact(frameRef, tableRef, [width, view, result, paths.join(), lang]);
  const money = (d: Decimal) => (compact ? formatCompact(d.toNumber(), result.currency, lang) : formatMoney(d, result.currency, lang));
  const cell = (d: Decimal, testId: string) => (
    <td className={styles.cell} data-testid={testId} data-value={d.toString()} title={compact ? fill(t.exact, { value: formatMoney(d, result.currency, lang) }) : undefined}>
      {money(d)}
    </td>
  );
  const columns = paths.map((p) => ({ p, ...viewColumn(result, p, view) }));

  return (
    <section className={styles.root} aria-labelledby={`fy-title-${ids}`} data-testid="fiscal-views" data-view={view} data-compact={compact}>
      <h3 id={`fy-title-${ids}`} className={styles.title}>
        {t.title}
      </h3>
      <fieldset className={styles.switch}>
        <legend className={styles.legend}>{t.switchLabel}</legend>
        {FINANCIAL_VIEWS.map((v) => (
          <Button key={v.id} size="small" className={styles.option} appearance={v.id === view ? "primary" : "secondary"} aria-pressed={v.id === view} onClick={() => setView(v.id)} data-testid={`view-${v.id}`}>
            {v.label[sl]}
          </Button>
        ))}
      </fieldset>
      <Caption1 id={`fy-meaning-${ids}`} className={styles.meaning} data-testid="view-meaning">
        {fill(t.meaning, { view: spec.label[sl], meaning: spec.meaning[sl] })}
      </Caption1>
      <div ref={frameRef} className={mergeClasses(styles.frame, stale && styles.stale)} data-stale={stale}>
        <table ref={tableRef} className={styles.table} aria-labelledby={`fy-title-${ids}`} aria-describedby={`fy-meaning-${ids}`}>
          <thead>
            <tr>
              <th scope="col" className={styles.th}>
                {t.fiscalYear}
              </th>
              {paths.map((p) => (
                <th scope="col" key={p} className={styles.pathHead}>
                  {PATHS.find((x) => x.id === p)!.label[sl]}
                  <span className={styles.swatch} style={{ backgroundColor: PATH_STYLE[p].color }} aria-hidden="true" />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.calendar.fiscalYears.map((fy, k) => {
              const row = fiscalRowLabel(result, k, lang);
              return (
                <tr key={fy.startYear} data-testid={`fy-row-${k}`}>
                  <th scope="row" className={styles.rowHead}>
                    <span className={styles.nowrap}>{row.label}</span>
                    {row.part && <FiscalPart text={row.part} long={fill(t.partYearLong, { n: fy.monthCount })} className={styles.part} srOnly={styles.srOnly} />}
                  </th>
                  {columns.map((c) => (
                    <React.Fragment key={c.p}>{cell(c.years[k], `fy-${c.p}-${k}`)}</React.Fragment>
                  ))}
                </tr>
              );
            })}
            <tr className={styles.totalRow} data-testid="fy-total-row">
              <th scope="row" className={styles.th}>
                {t.total}
              </th>
              {columns.map((c) => (
                <React.Fragment key={c.p}>{cell(c.total, `fy-${c.p}-total`)}</React.Fragment>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** "(3m)" after a part year's label: shown short (a box of its own, so the line may break before it), read in full. */
function FiscalPart({ text, long, className, srOnly }: { text: string; long: string; className: string; srOnly: string }): React.ReactElement {
  return (
    <>
      <span className={className} title={long} aria-hidden="true">
        {text}
      </span>
      <span className={srOnly}> {long}</span>
    </>
  );
}

/**
 * Whether amounts must be compact: true once the table with full amounts is wider than its box. Measured after
 * layout (fonts differ between Excel hosts), and measured afresh when the width or the figures change.
 */
function useCompact(box: React.RefObject<HTMLElement>, table: React.RefObject<HTMLElement>, deps: readonly unknown[]): boolean {
  const [compact, setCompact] = React.useState(false);
  React.useLayoutEffect(() => setCompact(false), deps);
  React.useLayoutEffect(() => {
    if (compact || !box.current || !table.current) return;
    const inner = box.current.clientWidth - paddingX(box.current);
    if (inner > 0 && table.current.offsetWidth > inner + 0.5) setCompact(true);
  });
  return compact;
}

function paddingX(el: HTMLElement): number {
  const s = getComputedStyle(el);
  return (parseFloat(s.paddingLeft) || 0) + (parseFloat(s.paddingRight) || 0);
}
