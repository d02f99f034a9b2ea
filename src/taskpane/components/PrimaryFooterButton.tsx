/**
 * The footer's main button (Generate in Excel, Download outside it): off while an action runs, with a spinner
 * while its own action runs, and focusable but inert while a field is invalid, described by the reason.
 */
import * as React from "react";
import { Button, Spinner } from "@fluentui/react-components";

export interface PrimaryFooterButtonProps {
  readonly className: string;
  /** Some footer action is running: the button is off. */
  readonly busy: boolean;
  /** This button's own action is running: it shows a spinner. */
  readonly running: boolean;
  readonly valid: boolean;
  /** The id of the text that says why the button is blocked (shown while the form is invalid). */
  readonly blockedBy: string;
  readonly onClick: () => void;
  readonly testId: string;
  readonly children: React.ReactNode;
}

export function PrimaryFooterButton({ className, busy, running, valid, blockedBy, onClick, testId, children }: PrimaryFooterButtonProps): React.ReactElement {
  return (
    <Button
      appearance="primary"
      className={className}
      disabled={busy}
      disabledFocusable={!valid}
      aria-describedby={!valid ? blockedBy : undefined}
      icon={running ? <Spinner size="tiny" /> : undefined}
      onClick={onClick}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}
