/**
 * The sticky footer of the standalone calculator (the page outside Excel): "Download budget.xlsx" instead of
 * Generate / Load, then what the browser received, or the error said once in the pane's language.
 */
import * as React from "react";
import type { MonteCarloResult } from "../../engine";
import { fill, STRINGS, type Lang } from "../i18n/strings";
import type { DownloadOutcome, StandaloneActions } from "../standalone/downloadBudget";
import { PrimaryFooterButton } from "./PrimaryFooterButton";
import { ActionFooter } from "./ActionFooter";
import { Notice } from "./Notice";

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
    <ActionFooter
      label={t.footerLabel}
      valid={valid}
      blockedId="imcost-download-blocked"
      blockedText={t.fixFirst}
      messagesLive
      messages={
        <>
          {status.kind === "done" && (
            <Notice intent="success" testId="download-success">
              {fill(t.downloaded, { file: status.outcome.fileName, sheets: status.outcome.sheets, kb: Math.max(1, Math.round(status.outcome.bytes / 1024)) })}
            </Notice>
          )}
          {status.kind === "failed" && (
            <Notice intent="error" alert testId="download-error">
              {fill(t.downloadFailed, { message: status.message })}
            </Notice>
          )}
        </>
      }
      buttons={(primary) => (
        <PrimaryFooterButton className={primary} busy={busy} running={busy} valid={valid} blockedBy="imcost-download-blocked" onClick={download} testId="download">
          {busy ? t.downloading : t.download}
        </PrimaryFooterButton>
      )}
    />
  );
}
