/**
 * The sticky footer both pane modes share (Generate / Load inside Excel, Download outside it): the outcome
 * messages, why the main action is blocked while inputs are invalid, a live progress area, then the buttons.
 */
import * as React from "react";
import { Caption1, makeStyles } from "@fluentui/react-components";
import { FOOTER_STYLES } from "./sharedStyles";

const useStyles = makeStyles(FOOTER_STYLES);

export interface ActionFooterProps {
  readonly label: string;
  readonly valid: boolean;
  /** The id of the "fix the marked fields first" caption, which the main button names as its description. */
  readonly blockedId: string;
  readonly blockedText: string;
  /** Outcome messages (success, error, load result). */
  readonly messages: React.ReactNode;
  /** Whether the messages themselves are the live region (no separate progress area). */
  readonly messagesLive?: boolean;
  /** The running step and progress bar, announced politely. */
  readonly progress?: React.ReactNode;
  /** The buttons; the first grows to fill the row (give it `primaryClassName`). */
  readonly buttons: (primaryClassName: string) => React.ReactNode;
}

export function ActionFooter({ label, valid, blockedId, blockedText, messages, messagesLive, progress, buttons }: ActionFooterProps): React.ReactElement {
  const styles = useStyles();
  return (
    <footer className={styles.root} aria-label={label} data-testid="action-footer">
      <div className={styles.messages} {...(messagesLive ? { role: "status", "aria-live": "polite" as const } : {})}>
        {messages}
        {!valid && (
          <Caption1 id={blockedId} className={styles.info}>
            {blockedText}
          </Caption1>
        )}
      </div>
      {progress !== undefined && (
        <div role="status" aria-live="polite" aria-atomic="true">
          {progress}
        </div>
      )}
      <div className={styles.buttons}>{buttons(styles.primary)}</div>
    </footer>
  );
}
