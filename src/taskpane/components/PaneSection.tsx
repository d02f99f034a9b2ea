/**
 * One collapsible panel of the pane (preview, checks, risk, inputs): an h2 whose button shows or hides the
 * body, and an optional summary beside it that stays visible while the panel is closed.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

export type PaneSectionId = "preview" | "checks" | "risk" | "options" | "inputs";

const useStyles = makeStyles({
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalM,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  head: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  toggle: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    border: 0,
    padding: `${tokens.spacingVerticalXXS} 0`,
    margin: 0,
    background: "none",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  chevron: { flexShrink: 0, transitionProperty: "transform", transitionDuration: tokens.durationFast },
  closed: { transform: "rotate(-90deg)" },
  body: { marginTop: tokens.spacingVerticalS },
});

export interface PaneSectionProps {
  readonly id: PaneSectionId;
  /** The id of the title text (sections inside use it for aria-labelledby). */
  readonly titleId: string;
  readonly title: string;
  readonly summary?: React.ReactNode;
  readonly open: boolean;
  readonly onToggle: (id: PaneSectionId) => void;
  readonly children: React.ReactNode;
}

export function PaneSection({ id, titleId, title, summary, open, onToggle, children }: PaneSectionProps): React.ReactElement {
  const styles = useStyles();
  const bodyId = `imcost-pane-${id}`;
  return (
    <div className={styles.panel} data-pane-section={id} data-open={open}>
      <div className={styles.head}>
        <h2 className={styles.heading}>
          <button type="button" className={styles.toggle} aria-expanded={open} aria-controls={bodyId} onClick={() => onToggle(id)} data-testid={`toggle-${id}`}>
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" className={open ? styles.chevron : `${styles.chevron} ${styles.closed}`}>
              <path d="M2.5 4.5L6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <span id={titleId}>{title}</span>
          </button>
        </h2>
        {summary}
      </div>
      <div id={bodyId} className={styles.body} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
