/**
 * The sticky footer of the standalone calculator (the page outside Excel): "Download budget.xlsx" instead of
 * Generate / Load, then what the browser received, or the error said once in the pane's language.
 */
import * as React from "react";
import { Caption1, MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import type { MonteCarloResult } from "../../engine";
import { fill, STRINGS, type Lang } from "../i18n/strings";
import type { DownloadOutcome, StandaloneActions } from "../standalone/downloadBudget";
import { PrimaryFooterButton } from "./PrimaryFooterButton";
import { FOOTER_STYLES } from "./sharedStyles";

const useStyles = makeStyles(FOOTER_STYLES);

type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "writing" }
  | { readonly kind: "done"; readonly outcome: DownloadOutcome }
  | { readonly kind: "failed"; readonly message: string };

export interface DownloadPanelProps {
  readonly lang: Lang;
  readonly actions: StandaloneActions;
  readonly raw: Readonly<Record<string, unknown>>;
  readonly valid: boolean;
  /** The risk worker's Monte Carlo result for exactly `raw`, when there is one: the Risk sheet then shows it. */
  readonly monteCarlo?: MonteCarloResult;
}

export function DownloadPanel({ lang, actions, raw, valid, monteCarlo }: DownloadPanelProps): React.ReactElement {
  const styles = useStyles();
  const t = STRINGS[lang].standalone;
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });
  const busy = status.kind === "writing";

  const download = async () => {
    if (!valid || busy) return;
    setStatus({ kind: "writing" });
    try {
      const outcome = await actions.download(raw, { language: lang, ...(monteCarlo ? { monteCarlo } : {}) });
      setStatus({ kind: "done", outcome });
    } catch (e) {
      setStatus({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <footer className={styles.root} aria-label={t.footerLabel} data-testid="action-footer">
      <div className={styles.messages} role="status" aria-live="polite">
        {status.kind === "done" && (
          <MessageBar intent="success" layout="multiline" data-testid="download-success">
            <MessageBarBody>
              {fill(t.downloaded, { file: status.outcome.fileName, sheets: status.outcome.sheets, kb: Math.max(1, Math.round(status.outcome.bytes / 1024)) })}
            </MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "failed" && (
          <MessageBar intent="error" layout="multiline" role="alert" data-testid="download-error">
            <MessageBarBody>{fill(t.downloadFailed, { message: status.message })}</MessageBarBody>
          </MessageBar>
        )}
        {!valid && (
          <Caption1 id="imcost-download-blocked" className={styles.info}>
            {t.fixFirst}
          </Caption1>
        )}
      </div>
      <div className={styles.buttons}>
        <PrimaryFooterButton className={styles.primary} busy={busy} running={busy} valid={valid} blockedBy="imcost-download-blocked" onClick={download} testId="download">
          {busy ? t.downloading : t.download}
        </PrimaryFooterButton>
      </div>
    </footer>
  );
}
