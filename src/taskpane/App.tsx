/**
 * The IMCOST pane: results first (live preview, checks, risk), then the requirements form (from the engine's
 * specs), each in a collapsible panel, and a sticky footer that keeps Generate / Load in view at any height.
 * Language and theme come from Office and can be switched.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  FluentProvider,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PATH_IDS, computeChecks, defaultOptions, rankByTco, validateRequirements, type BudgetOption, type CheckResult, type OptionBudget, type PathId } from "../engine";
import { ChecksSection } from "./components/ChecksSection";
import { CumulativeChart } from "./components/CumulativeChart";
import { DownloadPanel } from "./components/DownloadPanel";
import { FiscalYearViews } from "./components/FiscalYearViews";
import { ChangedInfo, GeneratePanel } from "./components/GeneratePanel";
import { PaneSection, type PaneSectionId } from "./components/PaneSection";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { Notice } from "./components/Notice";
import { OptionsSection, useOptionBudgets } from "./components/OptionsSection";
import { PreviewCards, PreviewStrip } from "./components/PreviewCards";
import { RequirementsForm } from "./components/RequirementsForm";
import { RiskSection } from "./components/RiskSection";
import { useDebouncedBudget } from "./hooks/useDebouncedBudget";
import { useRiskAnalysis } from "./hooks/useRiskAnalysis";
import { errorMessage } from "./i18n/fieldText";
import { fill, STRINGS, type Lang, type PathView, type PresetId, type SectionId } from "./i18n/strings";
import { formReducer, formToRaw, initialFormState, specFor, type FieldValue } from "./state/formState";
import { PRESET_IDS } from "./state/presets";
import type { StandaloneActions } from "./standalone/downloadBudget";
import { fluentTheme, type ThemeName } from "./theme";

import type { WorkbookActions } from "./workbookTypes";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground2 },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    flexGrow: 1,
    width: "100%",
    boxSizing: "border-box",
    maxWidth: "720px",
    marginLeft: "auto",
    marginRight: "auto",
    "& h1, & h2, & h3, & h4": { margin: 0 },
  },
  header: { display: "flex", alignItems: "flex-end", justifyContent: "space-between", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  titleBlock: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0, flexGrow: 1, flexBasis: "180px" },
  // Chinese has no spaces: keep the title's words whole (wrap only at the marked break), never mid-word.
  title: { wordBreak: "keep-all", overflowWrap: "normal" },
  subtitle: { color: tokens.colorNeutralForeground3 },
  presets: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  presetGroup: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, border: 0, margin: 0, padding: 0, minWidth: 0 },
  presetLegend: { padding: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface CommonProps {
  readonly initialLang: Lang;
  readonly theme: ThemeName;
  /** Preview debounce; tests may shorten it. */
  readonly debounceMs?: number;
  /** Delay between the preview settling and the Monte Carlo request to the risk worker. */
  readonly riskDebounceMs?: number;
  /** Panels open at start; by default the preview and the inputs (risk and checks show a summary). */
  readonly initialOpen?: readonly PaneSectionId[];
}

/**
 * Inside Excel the pane writes and reads the workbook (`actions`); in a plain browser (`standalone`) it is a
 * calculator that says so in a banner and offers budget.xlsx as a download instead.
 */
export type AppProps = CommonProps &
  ({ readonly actions: WorkbookActions; readonly standalone?: undefined } | { readonly standalone: StandaloneActions; readonly actions?: undefined });

export const DEFAULT_OPEN: readonly PaneSectionId[] = ["preview", "inputs"];

export function App({ initialLang, theme, actions, standalone, debounceMs = 150, riskDebounceMs = 400, initialOpen = DEFAULT_OPEN }: AppProps): React.ReactElement {
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [form, dispatch] = React.useReducer(formReducer, undefined, () => initialFormState("medium"));
  const [pathView, setPathView] = React.useState<PathView>("all");
  const [options, setOptions] = React.useState<BudgetOption[]>(() => defaultOptions(initialLang));
  const [openSections, setOpenSections] = React.useState<SectionId[]>(["scale"]);
  const [openPanels, setOpenPanels] = React.useState<ReadonlySet<PaneSectionId>>(() => new Set(initialOpen));
  const togglePanel = React.useCallback((id: PaneSectionId) => {
    setOpenPanels((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const t = STRINGS[lang];

  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  React.useEffect(() => {
    // The page behind the provider (overscroll, short panes) matches the theme too.
    document.body.style.backgroundColor = fluentTheme(theme).colorNeutralBackground2;
  }, [theme]);

  const raw = React.useMemo(() => formToRaw(form.values), [form.values]);
  const check = React.useMemo(() => validateRequirements(raw), [raw]);
  const errors = React.useMemo(() => {
    const out: Record<string, string> = {};
    for (const e of check.errors) {
      const spec = specFor(e.field);
      const typed = form.values[e.field];
      out[e.field] = errorMessage(e, spec, lang, typeof typed === "string" ? typed : undefined);
    }
    return out;
  }, [check, lang, form.values]);
  const valid = check.errors.length === 0;
  const preview = useDebouncedBudget(raw, valid, debounceMs);
  // Monte Carlo + sensitivity off the UI thread, once the preview has settled.
  const risk = useRiskAnalysis(preview.inputs, { delayMs: riskDebounceMs });
  // The checks are quick (~20 ms): computed here from the same settled inputs as the preview.
  const checks = React.useMemo((): { results: CheckResult[] | null; error: string | null } => {
    if (!preview.inputs) return { results: null, error: null };
    try {
      return { results: computeChecks(preview.inputs, { language: lang }), error: null };
    } catch (e) {
      return { results: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, [preview.inputs, lang]);
  const rawKey = React.useMemo(() => JSON.stringify(raw), [raw]);
  // Generation reuses the worker's result when it was computed for exactly these inputs.
  const monteCarlo = risk.data && risk.data.key === rawKey ? risk.data.monteCarlo : undefined;
  const priced = useOptionBudgets(preview.inputs, options, preview.result);
  const riskHorizon = typeof risk.data?.inputs.horizonYears === "number" ? risk.data.inputs.horizonYears : (preview.result?.horizonYears ?? 5);

  const onChange = React.useCallback((key: string, value: FieldValue) => dispatch({ type: "set", key, value }), []);
  const applyPreset = (id: PresetId) => dispatch({ type: "preset", id });
  const onLoaded = React.useCallback((values: Record<string, unknown>) => dispatch({ type: "load", values }), []);

  const paths: PathId[] = pathView === "all" ? [...PATH_IDS] : [pathView];
  // No "updating" text: the debounce is short and a flashing status would read as lag.
  const status = !valid ? t.preview.stale : "";
  const styles = useStyles();

  const allCheck = checks.results?.find((c) => c.id === "all");
  const panel = (id: PaneSectionId, titleId: string, title: string, children: React.ReactNode, summary?: React.ReactNode) => (
    <PaneSection id={id} titleId={titleId} title={title} open={openPanels.has(id)} onToggle={togglePanel} summary={summary}>
      {children}
    </PaneSection>
  );

  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.provider} data-theme={theme}>
      <PreviewStrip result={preview.result} paths={paths} lang={lang} status={status} />
      <main className={styles.main} lang={lang}>
        <header className={styles.header}>
          <div className={styles.titleBlock}>
            <Title3 as="h1" className={styles.title}>
              {withWordBreaks(t.appTitle)}
            </Title3>
            <Caption1 className={styles.subtitle}>{fill(t.appSubtitle, { years: preview.result?.horizonYears ?? 5 })}</Caption1>
          </div>
          <LanguageSwitch lang={lang} onChange={setLang} />
        </header>
        {standalone && <StandaloneBanner lang={lang} />}

        {panel(
          "preview",
          "imcost-preview-title",
          t.preview.title,
          <section className={styles.section} aria-labelledby="imcost-preview-title" data-testid="preview">
            {!valid && (
              <Notice intent="warning">{t.preview.stale}</Notice>
            )}
            {preview.error && (
              <Notice intent="error">{fill(t.preview.computeFailed, { message: preview.error })}</Notice>
            )}
            {preview.result && (
              <>
                <PreviewCards result={preview.result} paths={paths} lang={lang} stale={!valid} />
                <CumulativeChart result={preview.result} paths={paths} lang={lang} />
                <FiscalYearViews result={preview.result} paths={paths} lang={lang} stale={!valid} />
              </>
            )}
          </section>,
        )}

        {panel(
          "checks",
          "imcost-checks-title",
          t.checks.title,
          <ChecksSection checks={checks.results} error={checks.error} lang={lang} currency={preview.result?.currency ?? "CNY"} stale={!valid} />,
          allCheck && <ChecksSummary ok={allCheck.ok} text={allCheck.message} />,
        )}

        {panel("risk", "imcost-risk-title", t.risk.title, <RiskSection analysis={risk} paths={paths} lang={lang} stale={!valid} horizonYears={riskHorizon} />)}

        {panel(
          "options",
          "imcost-options-title",
          t.options.title,
          <OptionsSection lang={lang} options={options} onOptions={setOptions} inputs={preview.inputs} result={preview.result} priced={priced} open={openPanels.has("options")} readSelection={actions?.readSelection} />,
          priced.budgets && <OptionsSummary lang={lang} budgets={priced.budgets} />,
        )}

        {panel(
          "inputs",
          "imcost-form-title",
          t.formTitle,
          <div className={styles.section}>
            <fieldset className={styles.presetGroup}>
              <legend className={styles.presetLegend}>{t.presetsLabel}</legend>
              <div className={styles.presets}>
                {PRESET_IDS.map((id) => (
                  <Button
                    key={id}
                    size="small"
                    appearance={form.preset === id ? "primary" : "secondary"}
                    aria-pressed={form.preset === id}
                    onClick={() => applyPreset(id)}
                    data-testid={`preset-${id}`}
                  >
                    {t.presetNames[id]}
                  </Button>
                ))}
              </div>
              <Caption1 className={styles.hint}>{t.presetHint}</Caption1>
            </fieldset>
            <RequirementsForm
              lang={lang}
              values={form.values}
              errors={errors}
              changed={form.changed}
              onChange={onChange}
              pathView={pathView}
              onPathView={setPathView}
              openSections={openSections}
              onOpenSections={setOpenSections}
            />
            <ChangedInfo lang={lang} changed={form.changed} loadedOnce={form.loaded} />
          </div>,
        )}
      </main>
      {standalone ? (
        <DownloadPanel lang={lang} actions={standalone} raw={raw} valid={valid} monteCarlo={monteCarlo} />
      ) : (
        <GeneratePanel lang={lang} actions={actions} raw={raw} valid={valid} changed={form.changed} onLoaded={onLoaded} monteCarlo={monteCarlo} />
      )}
    </FluentProvider>
  );
}

/** A title whose zero-width spaces become <wbr>: it may wrap there and nowhere else (keep-all). */
function withWordBreaks(text: string): React.ReactNode {
  const parts = text.split("\u200b");
  return parts.map((part, i) => (
    <React.Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </React.Fragment>
  ));
}

/** Check_All beside the Checks panel's title, so a closed panel still shows the verdict. */
function ChecksSummary({ ok, text }: { readonly ok: boolean; readonly text: string }): React.ReactElement {
  return (
    <Badge appearance="tint" color={ok ? "success" : "danger"} size="medium" data-testid="checks-summary">
      {text}
    </Badge>
  );
}

/** How many options, and the cheapest, beside the Options panel's title (visible while it is closed; wraps, as names are long). */
function OptionsSummary({ lang, budgets }: { readonly lang: Lang; readonly budgets: readonly OptionBudget[] }): React.ReactElement {
  const styles = useStyles();
  const best = rankByTco(budgets)[0];
  return (
    <Caption1 className={styles.hint} data-testid="options-summary">
      {fill(STRINGS[lang].options.summary, { n: budgets.length, best: best?.option.name ?? "–" })}
    </Caption1>
  );
}

/** Outside Excel: what works here, what does not, and that the download is made in this browser. */
function StandaloneBanner({ lang }: { readonly lang: Lang }): React.ReactElement {
  const t = STRINGS[lang].standalone;
  return (
    <Notice intent="info" title={t.bannerTitle} testId="standalone-banner">
      {t.banner}
    </Notice>
  );
}
