/**
 * The pane's sticky footer: "Generate budget template" and "Load from workbook", always in view, with the
 * running step and a progress bar; then success (the Compare sheet is activated), or the error said once in
 * the pane's language with what was kept. The full step list sits in a collapsed "details".
 */
import * as React from "react";
import { Button, Caption1, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { MonteCarloResult } from "../../engine";
import { fill, STRINGS, type Lang } from "../i18n/strings";
import { ActionFooter } from "./ActionFooter";
import { Notice } from "./Notice";
import { PrimaryFooterButton } from "./PrimaryFooterButton";
import { FOOTER_STYLES } from "./sharedStyles";
import { failureTextOf, keptKindOf, type FailureText, type GenerateOutcome, type KeptKind, type ProgressStep, type WorkbookActions } from "../workbookTypes";

/** The steps of a normal run, for the progress bar (readKept only when the workbook already has a budget). */
const STEP_ORDER = ["plan", "inspect", "readKept", "write", "done", "activate"];

const useStyles = makeStyles({
  ...FOOTER_STYLES,
  current: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalS, listStyleType: "none", fontSize: tokens.fontSizeBase200, display: "flex", flexDirection: "column", gap: "2px" },
  done: { color: tokens.colorNeutralForeground2 },
  active: { fontWeight: tokens.fontWeightSemibold },
  summary: { cursor: "pointer", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "generating"; readonly steps: readonly ProgressStep[] }
  | { readonly kind: "generated"; readonly steps: readonly ProgressStep[]; readonly outcome: GenerateOutcome }
  | { readonly kind: "failed"; readonly steps: readonly ProgressStep[]; readonly failure: FailureText; readonly kept: KeptKind }
  | { readonly kind: "loading" }
  | { readonly kind: "loaded"; readonly count: number }
  | { readonly kind: "loadFailed"; readonly message: string };

export interface GeneratePanelProps {
  readonly lang: Lang;
  readonly actions: WorkbookActions;
  readonly raw: Readonly<Record<string, unknown>>;
  readonly valid: boolean;
  readonly changed: ReadonlySet<string>;
  readonly onLoaded: (values: Record<string, unknown>) => void;
  /** The risk worker's Monte Carlo result for exactly `raw`, when there is one: the Risk sheet then shows it. */
  readonly monteCarlo?: MonteCarloResult;
}

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === "object" && "message" in e) return String((e as { message: unknown }).message);
  return String(e);
}

export function GeneratePanel({ lang, actions, raw, valid, changed, onLoaded, monteCarlo }: GeneratePanelProps): React.ReactElement {
  const styles = useStyles();
  const t = STRINGS[lang].workbook;
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });
  const busy = status.kind === "generating" || status.kind === "loading";

  const stepText = (s: ProgressStep) => t.steps[s.id] ?? s.id;

  const generate = async () => {
    if (!valid || busy) return;
    let steps: ProgressStep[] = [];
    setStatus({ kind: "generating", steps });
    const onProgress = (step: ProgressStep) => {
      // A repeated report of the same step replaces its line.
      const last = steps[steps.length - 1];
      steps = last && last.id === step.id ? [...steps.slice(0, -1), step] : [...steps, step];
      setStatus({ kind: "generating", steps });
    };
    try {
      const outcome = await actions.generate(raw, { language: lang, userChangedInputs: new Set(changed), onProgress, ...(monteCarlo ? { monteCarlo } : {}) });
      setStatus({ kind: "generated", steps, outcome });
    } catch (e) {
      setStatus({ kind: "failed", steps, failure: failureTextOf(e), kept: keptKindOf(e) });
    }
  };

  const load = async () => {
    if (busy) return;
    setStatus({ kind: "loading" });
    try {
      const values = await actions.load(lang);
      const count = Object.keys(values).length;
      // No IMCOST inputs at all: keep the form as it is and say why.
      if (count > 0) onLoaded(values);
      setStatus({ kind: "loaded", count });
    } catch (e) {
      setStatus({ kind: "loadFailed", message: messageOf(e) });
    }
  };

  const steps = status.kind === "generating" || status.kind === "generated" || status.kind === "failed" ? status.steps : [];
  const last = steps[steps.length - 1];
  const progress = last ? Math.max(1, STEP_ORDER.indexOf(last.id) + 1) / STEP_ORDER.length : 0;

  return (
    <ActionFooter
      label={t.title}
      valid={valid}
      blockedId="imcost-generate-blocked"
      blockedText={t.fixFirst}
      messages={
        <>
          {status.kind === "generated" && (
            <Notice intent="success" title={t.success} testId="generate-success">
              {fill(status.outcome.rewrittenSheets.length > 0 ? t.successRewritten : t.successCreated, {
                created: status.outcome.createdSheets.length,
                rewritten: status.outcome.rewrittenSheets.length,
                keptInputs: status.outcome.keptInputs.length,
                keptRates: status.outcome.keptRates.length,
              })}
              {status.outcome.activated && <> {fill(t.compareOpened, { sheet: status.outcome.activated })}</>}
              <StepList steps={steps} running={false} lang={lang} />
            </Notice>
          )}
          {status.kind === "failed" && (
            <Notice intent="error" title={t.failed} alert testId="generate-error">
              {status.failure.known ? fill(t.writerErrors[status.failure.known], { sheet: status.failure.sheet }) : fill(t.excelSaid, { message: status.failure.excelMessage })} {t.kept[status.kept]}
              <StepList steps={steps} running={false} lang={lang} />
            </Notice>
          )}
          {status.kind === "loaded" && (
            <Notice intent={status.count > 0 ? "info" : "warning"} testId="load-success" data={{ "data-count": status.count }}>
              {status.count > 0 ? fill(t.loaded, { n: status.count }) : t.loadedNone}
            </Notice>
          )}
          {status.kind === "loadFailed" && (
            <Notice intent="error" alert testId="load-error">
              {fill(t.loadFailed, { message: status.message })}
            </Notice>
          )}
        </>
      }
      progress={
        status.kind === "generating" &&
        last && (
          <>
            <ProgressBar value={progress} thickness="medium" aria-label={t.progressLabel} />
            <Caption1 className={styles.current} data-testid="progress-current">
              {stepText(last)}
            </Caption1>
            <StepList steps={steps} running lang={lang} />
          </>
        )
      }
      buttons={(primary) => (
        <>
          <PrimaryFooterButton className={primary} busy={busy} running={status.kind === "generating"} valid={valid} blockedBy="imcost-generate-blocked" onClick={generate} testId="generate">
            {status.kind === "generating" ? t.generating : t.generate}
          </PrimaryFooterButton>
          <Button appearance="secondary" disabled={busy} onClick={load} data-testid="load">
            {status.kind === "loading" ? t.loading : t.load}
          </Button>
        </>
      )}
    />
  );
}

/** Every step so far, collapsed under "details" so the footer stays one line high while it runs. */
function StepList({ steps, running, lang }: { readonly steps: readonly ProgressStep[]; readonly running: boolean; readonly lang: Lang }): React.ReactElement | null {
  const styles = useStyles();
  const t = STRINGS[lang].workbook;
  if (steps.length === 0) return null;
  return (
    <details>
      <summary className={styles.summary}>{t.progressLabel}</summary>
      <ol className={styles.steps} aria-label={t.progressLabel} data-testid="progress">
        {steps.map((s, i) => {
          const current = running && i === steps.length - 1;
          return (
            <li key={`${s.id}-${i}`} className={current ? styles.active : styles.done}>
              {current ? "… " : "✓ "}
              {t.steps[s.id] ?? s.id}
            </li>
          );
        })}
      </ol>
    </details>
  );
}

/** What the pane keeps if the user regenerates now (shown with the inputs, not in the footer). */
export function ChangedInfo({ lang, changed, loadedOnce }: { readonly lang: Lang; readonly changed: ReadonlySet<string>; readonly loadedOnce: boolean }): React.ReactElement {
  const styles = useStyles();
  const t = STRINGS[lang].workbook;
  return (
    <Caption1 className={styles.info} data-testid="changed-info">
      {loadedOnce ? fill(t.changedSinceLoad, { n: changed.size }) : changed.size > 0 ? fill(t.changedHere, { n: changed.size }) : t.noChanges}
    </Caption1>
  );
}
