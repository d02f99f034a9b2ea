/**
 * "Generate budget template" and "Load from workbook": runs the workbook actions, shows progress by step,
 * then success (the Compare sheet is activated) or the error and what was kept.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { MonteCarloResult } from "../../engine";
import { fill, STRINGS, type Lang } from "../i18n/strings";
import { keptKindOf, type GenerateOutcome, type KeptKind, type ProgressStep, type WorkbookActions } from "../workbookTypes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  primary: { flexGrow: 1 },
  info: { color: tokens.colorNeutralForeground3 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalS, listStyleType: "none", fontSize: tokens.fontSizeBase200, display: "flex", flexDirection: "column", gap: "2px" },
  done: { color: tokens.colorNeutralForeground2 },
  current: { fontWeight: tokens.fontWeightSemibold },
});

type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "generating"; readonly steps: readonly ProgressStep[] }
  | { readonly kind: "generated"; readonly steps: readonly ProgressStep[]; readonly outcome: GenerateOutcome }
  | { readonly kind: "failed"; readonly steps: readonly ProgressStep[]; readonly message: string; readonly kept: KeptKind }
  | { readonly kind: "loading" }
  | { readonly kind: "loaded"; readonly count: number }
  | { readonly kind: "loadFailed"; readonly message: string };

export interface GeneratePanelProps {
  readonly lang: Lang;
  readonly actions: WorkbookActions;
  readonly raw: Readonly<Record<string, unknown>>;
  readonly valid: boolean;
  readonly changed: ReadonlySet<string>;
  readonly loadedOnce: boolean;
  readonly onLoaded: (values: Record<string, unknown>) => void;
  /** The risk worker's Monte Carlo result for exactly `raw`, when there is one: the Risk sheet then shows it. */
  readonly monteCarlo?: MonteCarloResult;
}

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === "object" && "message" in e) return String((e as { message: unknown }).message);
  return String(e);
}

export function GeneratePanel({ lang, actions, raw, valid, changed, loadedOnce, onLoaded, monteCarlo }: GeneratePanelProps): React.ReactElement {
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
      setStatus({ kind: "failed", steps, message: messageOf(e), kept: keptKindOf(e) });
    }
  };

  const load = async () => {
    if (busy) return;
    setStatus({ kind: "loading" });
    try {
      const values = await actions.load(lang);
      onLoaded(values);
      setStatus({ kind: "loaded", count: Object.keys(values).length });
    } catch (e) {
      setStatus({ kind: "loadFailed", message: messageOf(e) });
    }
  };

  const steps = status.kind === "generating" || status.kind === "generated" || status.kind === "failed" ? status.steps : [];

  return (
    <section className={styles.root} aria-labelledby="imcost-workbook-title">
      <Subtitle2 as="h2" id="imcost-workbook-title">
        {t.title}
      </Subtitle2>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          className={styles.primary}
          disabled={busy}
          disabledFocusable={!valid}
          aria-describedby={!valid ? "imcost-generate-blocked" : undefined}
          icon={status.kind === "generating" ? <Spinner size="tiny" /> : undefined}
          onClick={generate}
          data-testid="generate"
        >
          {status.kind === "generating" ? t.generating : t.generate}
        </Button>
        <Button appearance="secondary" disabled={busy} onClick={load} data-testid="load">
          {status.kind === "loading" ? t.loading : t.load}
        </Button>
      </div>
      {!valid && (
        <Caption1 id="imcost-generate-blocked" className={styles.info}>
          {t.fixFirst}
        </Caption1>
      )}
      <Caption1 className={styles.info} data-testid="changed-info">
        {loadedOnce ? fill(t.changedSinceLoad, { n: changed.size }) : changed.size > 0 ? fill(t.changedHere, { n: changed.size }) : t.noChanges}
      </Caption1>
      <div role="status" aria-live="polite" aria-atomic="false">
        {steps.length > 0 && (
          <ol className={styles.steps} aria-label={t.progressLabel} data-testid="progress">
            {steps.map((s, i) => {
              const current = status.kind === "generating" && i === steps.length - 1;
              return (
                <li key={`${s.id}-${i}`} className={current ? styles.current : styles.done}>
                  {current ? "… " : "✓ "}
                  {stepText(s)}
                </li>
              );
            })}
          </ol>
        )}
      </div>
      {status.kind === "generated" && (
        <MessageBar intent="success" layout="multiline" data-testid="generate-success">
          <MessageBarBody>
            <MessageBarTitle>{t.success}</MessageBarTitle>
            {fill(status.outcome.rewrittenSheets.length > 0 ? t.successRewritten : t.successCreated, {
              created: status.outcome.createdSheets.length,
              rewritten: status.outcome.rewrittenSheets.length,
              keptInputs: status.outcome.keptInputs.length,
              keptRates: status.outcome.keptRates.length,
            })}
            {status.outcome.activated && <> {fill(t.compareOpened, { sheet: status.outcome.activated })}</>}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="generate-error">
          <MessageBarBody>
            <MessageBarTitle>{fill(t.failed, { message: status.message })}</MessageBarTitle>
            {t.kept[status.kept]}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "loaded" && (
        <MessageBar intent="info" layout="multiline" data-testid="load-success">
          <MessageBarBody>{fill(t.loaded, { n: status.count })}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "loadFailed" && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="load-error">
          <MessageBarBody>{fill(t.loadFailed, { message: status.message })}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
