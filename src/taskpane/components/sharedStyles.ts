import { tokens } from "@fluentui/react-components";

/** Visually hidden but read by screen readers (the data tables behind the SVG charts). */
export const SR_ONLY = {
  position: "absolute",
  width: "1px",
  height: "1px",
  padding: 0,
  margin: "-1px",
  overflow: "hidden",
  clip: "rect(0,0,0,0)",
  whiteSpace: "nowrap",
  border: 0,
} as const;

/** The frame every hand-drawn chart shares: figure, caption, responsive SVG, legend. */
export const CHART_STYLES = {
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  svg: { display: "block", width: "100%", height: "auto", overflow: "visible" },
  legend: { display: "flex", flexWrap: "wrap", gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, margin: 0, padding: 0, listStyleType: "none", fontSize: tokens.fontSizeBase200 },
  legendItem: { display: "inline-flex", alignItems: "center", gap: "6px" },
  srOnly: SR_ONLY,
} as const;

/** Figures of earlier inputs (the current ones are invalid): dashed borders instead of dimming, which would break text contrast. */
export const STALE_CARDS = {
  "& > [data-path]": { borderTopStyle: "dashed", borderRightStyle: "dashed", borderBottomStyle: "dashed", borderLeftStyle: "dashed", boxShadow: "none" },
} as const;

/** A path's card (preview and risk sections): the grid of cards, the card frame, the colour swatch and the path name. */
export const PATH_CARD_STYLES = {
  cards: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    boxShadow: tokens.shadow2,
  },
  swatch: { width: "12px", height: "12px", borderRadius: "3px", flexShrink: 0 },
  pathName: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
} as const;

/** The pane's sticky action footer (Generate / Load in Excel, Download outside it): always in view at the bottom. */
export const FOOTER_STYLES = {
  root: {
    position: "sticky",
    bottom: 0,
    zIndex: 2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow8,
  },
  messages: { maxHeight: "40vh", overflowY: "auto", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  primary: { flexGrow: 1, minWidth: 0 },
  info: { color: tokens.colorNeutralForeground3 },
} as const;
