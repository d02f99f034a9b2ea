/**
 * The "Checks" section: computeChecks for the current inputs (the workbook's Checks sheet). At the top, Check_All
 * (model integrity) with the number of warnings to review; then the integrity group, then one collapsible group
 * of warnings per trap — technical threshold, long-term cost, low-price lure, no elasticity, evidence — each check
 * with a pass / review icon (a neutral dash and "not triggered" for a trap watch that did not fire), its message,
 * and for lure steps the year it starts and the jump on the year before. Groups with a finding open by themselves.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
  type AccordionToggleEventHandler,
} from "@fluentui/react-components";
import { TRAPS, warningCount, type CheckResult, type TrapId } from "../../engine";
import { fill, specLang, STRINGS, type Lang } from "../i18n/strings";
import { StatusIcon } from "./StatusIcon";
import { Notice } from "./Notice";
import { signedMoney } from "./TornadoChart";

/** The groups: the model's integrity (Check_All) first, then the warnings by trap. */
export const TRAP_ORDER: readonly TrapId[] = ["integrity", "threshold", "longTerm", "lure", "elasticity", "evidence"];

/** A low-price-lure watch that found no step within the horizon: not a pass to celebrate, just nothing seen. */
export function notTriggered(c: CheckResult): boolean {
  return c.trap === "lure" && c.ok && c.year === undefined;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  header: { scrollMarginTop: "96px" },
  headerContent: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { listStyleType: "none", margin: 0, padding: `0 0 ${tokens.spacingVerticalS}`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  icon: { paddingTop: "2px" },
  body: { display: "flex", flexDirection: "column", gap: "1px", minWidth: 0 },
  label: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  warnLabel: { fontWeight: tokens.fontWeightSemibold },
  message: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  year: { color: tokens.colorStatusWarningForeground1, fontWeight: tokens.fontWeightSemibold },
  stale: { "& li": { borderLeft: `2px dashed ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalXS } },
});

/** A broken model is an error; a sound one with findings to review is informational; a clean one a success. */
export function allIntent(ok: boolean, warnings: number): "error" | "info" | "success" {
  return !ok ? "error" : warnings > 0 ? "info" : "success";
}

export interface ChecksSectionProps {
  readonly checks: readonly CheckResult[] | null;
  readonly error: string | null;
  readonly lang: Lang;
  readonly currency: "CNY" | "USD";
  /** The current inputs are invalid: the verdicts belong to earlier inputs. */
  readonly stale: boolean;
}

export function ChecksSection({ checks, error, lang, currency, stale }: ChecksSectionProps): React.ReactElement {
  const styles = useStyles();
  const t = STRINGS[lang].checks;
  const sl = specLang(lang);
  /** Groups the user opened or closed; the others are open exactly when they hold a warning. */
  const [toggled, setToggled] = React.useState<Partial<Record<TrapId, boolean>>>({});
  const all = checks?.find((c) => c.id === "all");
  const groups = TRAP_ORDER.map((trap) => {
    const items = (checks ?? []).filter((c) => c.trap === trap);
    return { trap, items, warnings: items.filter((c) => !c.ok).length };
  }).filter((g) => g.items.length > 0);
  const openItems = groups.filter((g) => toggled[g.trap] ?? g.warnings > 0).map((g) => g.trap);

  const onToggle: AccordionToggleEventHandler<TrapId> = (_, data) => {
    const open = new Set(data.openItems as TrapId[]);
    setToggled((prev) => {
      const next = { ...prev };
      for (const g of groups) if (open.has(g.trap) !== openItems.includes(g.trap)) next[g.trap] = open.has(g.trap);
      return next;
    });
  };

  return (
    <section className={styles.root} aria-labelledby="imcost-checks-title" data-testid="checks">
      <Caption1 className={styles.hint}>{t.intro}</Caption1>
      {error && (
        <Notice intent="error">{fill(t.failed, { message: error })}</Notice>
      )}
      {all && (
        <Notice intent={allIntent(all.ok, warningCount(checks ?? []))} title={t.allTitle} testId="check-all" data={{ "data-ok": String(all.ok), "data-warning-count": warningCount(checks ?? []) }}>
          {all.message}
        </Notice>
      )}
      {groups.length > 0 && (
        <Accordion multiple collapsible openItems={openItems} onToggle={onToggle} className={mergeClasses(stale && styles.stale)}>
          {groups.map((g) => (
            <AccordionItem key={g.trap} value={g.trap} data-trap={g.trap} data-warnings={g.warnings}>
              <AccordionHeader as="h3" expandIconPosition="end" className={styles.header}>
                <span className={styles.headerContent}>
                  <StatusIcon ok={g.warnings === 0} neutral={g.items.every(notTriggered)} />
                  <span>{TRAPS[g.trap][sl]}</span>
                  <Badge appearance="tint" color={g.warnings ? "warning" : g.items.every(notTriggered) ? "informative" : "success"} size="small">
                    {g.warnings ? fill(t.groupWarn, { k: g.warnings, n: g.items.length }) : g.items.every(notTriggered) ? t.notTriggered : fill(t.groupOk, { n: g.items.length })}
                  </Badge>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {g.items.map((c) => (
                    <li key={c.id} className={styles.item} data-check={c.id} data-ok={c.ok} data-state={notTriggered(c) ? "notTriggered" : c.ok ? "ok" : "warn"}>
                      <span className={styles.icon}>
                        <StatusIcon ok={c.ok} neutral={notTriggered(c)} label={notTriggered(c) ? t.notTriggered : c.ok ? t.ok : t.warn} />
                      </span>
                      <span className={styles.body}>
                        <span className={mergeClasses(styles.label, !c.ok && styles.warnLabel)}>{c.label}</span>
                        <Caption1 className={styles.message}>{c.message}</Caption1>
                        {c.year !== undefined && (
                          <Caption1 className={styles.year} data-testid={`check-year-${c.id}`}>
                            {c.jump !== undefined ? fill(t.fromYearJump, { t: c.year, jump: signedMoney(c.jump, currency, lang) }) : fill(t.fromYear, { t: c.year })}
                          </Caption1>
                        )}
                      </span>
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
