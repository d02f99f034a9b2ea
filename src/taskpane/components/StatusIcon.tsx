/** Pass / review / not-triggered icons for the checks (hand-written SVG, 16 px), in the theme's colours. */
import * as React from "react";
import { tokens } from "@fluentui/react-components";

export interface StatusIconProps {
  readonly ok: boolean;
  /** Neither pass nor warning (a trap that did not fire): a grey dash. */
  readonly neutral?: boolean;
  /** The accessible name ("Passes" / "Review"); without one the icon is decorative (aria-hidden). */
  readonly label?: string;
  readonly size?: number;
}

export function StatusIcon({ ok, neutral = false, label, size = 16 }: StatusIconProps): React.ReactElement {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })} style={{ flexShrink: 0, display: "block" }} data-ok={ok} data-neutral={neutral || undefined}>
      {neutral ? (
        <>
          <circle cx="8" cy="8" r="6.75" fill="none" stroke={tokens.colorNeutralForeground3} strokeWidth="1.5" />
          <path d="M5 8h6" stroke={tokens.colorNeutralForeground3} strokeWidth="1.6" strokeLinecap="round" />
        </>
      ) : ok ? (
        <>
          <circle cx="8" cy="8" r="7.25" fill={tokens.colorStatusSuccessForeground1} />
          <path d="M4.6 8.3l2.2 2.2 4.6-4.8" fill="none" stroke={tokens.colorNeutralBackground1} strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </>
      ) : (
        <>
          <path d="M8 1.2c.4 0 .8.2 1 .6l6.3 11.4c.4.8-.1 1.6-1 1.6H1.7c-.9 0-1.4-.8-1-1.6L7 1.8c.2-.4.6-.6 1-.6z" fill={tokens.colorStatusWarningForeground1} />
          <path d="M8 5.2v4.3" stroke={tokens.colorNeutralBackground1} strokeWidth="1.7" strokeLinecap="round" />
          <circle cx="8" cy="12" r="1" fill={tokens.colorNeutralBackground1} />
        </>
      )}
    </svg>
  );
}
