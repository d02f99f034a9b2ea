/**
 * The options panel: every option (the three paths, catalogue profiles, duplicates, quoted offers) priced with
 * the engine on the shared requirements and ranked by TCO, each with rename, duplicate, import quote and remove;
 * below, "add from the vendor catalogue". Catalogue options are marked as indicative list prices, quoted ones
 * as quoted. The catalogue loads when the panel is first opened, the quote code on the first import.
 */
import * as React from "react";
import { Badge, Button, Caption1, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { MAX_OPTIONS, MAX_OPTION_NAME_CHARS, PATHS, computeOptions, isQuoted, optionChecks, rankByTco, warningCount, type BudgetOption, type BudgetResult, type CheckResult, type OptionBudget } from "../../engine";
import { formatMoney } from "../i18n/format";
import { fill, specLang, STRINGS, type Lang } from "../i18n/strings";
import { duplicateOption, removeOption, renameOption } from "../state/optionList";
import type { VendorChoice } from "../options/vendorChoices";

const loadVendorChoices = () => import(/* webpackChunkName: "vendor-catalogue" */ "../options/vendorChoices");
type VendorKit = Awaited<ReturnType<typeof loadVendorChoices>>;
import { Notice } from "./Notice";
import { QuoteImport } from "./QuoteImport";
import { PATH_STYLE } from "./pathStyle";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", minWidth: 0 },
  figures: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: 0, fontSize: tokens.fontSizeBase200 },
  figure: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  checks: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere", "& summary": { cursor: "pointer" } },
  warningList: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  // A column: a native select is as wide as its longest option, so it takes the panel's width, never more.
  add: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS, minWidth: 0 },
  addButton: { alignSelf: "flex-start" },
  catalogueField: { minWidth: 0 },
  select: { width: "100%", minWidth: 0, "& select": { width: "100%", minWidth: 0, textOverflow: "ellipsis" } },
  renameField: { flexGrow: 1, minWidth: 0, flexBasis: "180px" },
  rename: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
});

export interface OptionsSectionProps {
  readonly lang: Lang;
  readonly options: readonly BudgetOption[];
  readonly onOptions: (options: BudgetOption[]) => void;
  /** The inputs the preview was computed from, and its result. */
  readonly inputs: Readonly<Record<string, unknown>> | null;
  readonly result: BudgetResult | null;
  /** The options priced (useOptionBudgets), or why they could not be. */
  readonly priced: OptionBudgets;
  /** Whether the panel is open: the catalogue loads the first time it is. */
  readonly open: boolean;
  /** Inside Excel: the selected range's values, for "Import quote". */
  readonly readSelection?: () => Promise<unknown[][]>;
}

export interface OptionBudgets {
  readonly budgets: OptionBudget[] | null;
  readonly error: string | null;
}

/**
 * The options priced, or why they could not be (e.g. a profile of the other region's price list). The preview's
 * result serves every option that overrides nothing, so the three paths cost no extra computation.
 */
export function useOptionBudgets(inputs: OptionsSectionProps["inputs"], options: readonly BudgetOption[], result: BudgetResult | null): OptionBudgets {
  return React.useMemo(() => {
    if (!inputs || !result) return { budgets: null, error: null };
    try {
      return { budgets: computeOptions(inputs, options, {}, result), error: null };
    } catch (e) {
      return { budgets: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, [inputs, options, result]);
}

export function OptionsSection({ lang, options, onOptions, inputs, result, priced, open, readSelection }: OptionsSectionProps): React.ReactElement {
  const t = STRINGS[lang].options;
  const styles = useStyles();
  const { budgets, error } = priced;
  const kit = useVendorKit(open);
  // Each option's own checks (about 20 ms each): worked out only while the panel is open.
  const checks = React.useMemo(() => {
    if (!open || !budgets || !inputs) return new Map<string, CheckResult[]>();
    return new Map(budgets.map((b) => [b.option.id, optionChecks(inputs, b, { language: lang })]));
  }, [open, budgets, inputs, lang]);
  const [listError, setListError] = React.useState<string | null>(null);
  const [quoteFor, setQuoteFor] = React.useState<string | null>(null);
  const apply = (change: () => BudgetOption[]) => {
    try {
      onOptions(change());
      setListError(null);
    } catch {
      setListError(fill(t.full, { max: MAX_OPTIONS }));
    }
  };
  const ranked = budgets ? rankByTco(budgets) : options.map((option) => ({ option, budget: null }));
  return (
    <section className={styles.root} aria-labelledby="imcost-options-title" data-testid="options">
      <Caption1 className={styles.hint}>{t.intro}</Caption1>
      {error && (
        <Notice intent="error">{fill(t.computeFailed, { message: error })}</Notice>
      )}
      <ol className={styles.list} aria-label={t.listLabel}>
        {ranked.map(({ option, budget }, i) => (
          <li key={option.id} className={styles.item} data-option={option.id} data-tco={budget?.tco.toFixed(2)}>
            <OptionHead option={option} rank={budgets ? i + 1 : null} lang={lang} />
            {budget && result && <OptionFigures budget={budget} currency={result.currency} lang={lang} />}
            {checks.has(option.id) && <OptionChecks checks={checks.get(option.id)!} lang={lang} />}
            <OptionActions
              option={option}
              lang={lang}
              canRemove={options.length > 1}
              onRename={(name) => onOptions(renameOption(options, option.id, name))}
              onDuplicate={() => apply(() => duplicateOption(options, option.id, (name) => fill(t.copyName, { name })))}
              onRemove={() => onOptions(removeOption(options, option.id))}
              onQuote={() => setQuoteFor(quoteFor === option.id ? null : option.id)}
              quoteOpen={quoteFor === option.id}
            />
            {quoteFor === option.id && inputs && (
              <QuoteImport lang={lang} option={option} options={options} inputs={inputs} onImported={onOptions} readSelection={readSelection} onClose={() => setQuoteFor(null)} />
            )}
          </li>
        ))}
      </ol>
      {kit ? (
        <CatalogueAdd lang={lang} choices={kit.vendorChoices(result?.requirements.deploymentRegion === "cn" ? "cn" : "intl")} region={result?.requirements.deploymentRegion === "cn" ? "cn" : "intl"} full={options.length >= MAX_OPTIONS} onAdd={(id) => apply(() => kit.addFromCatalogue(options, id, lang))} />
      ) : (
        <Caption1 className={styles.hint}>{t.loading}</Caption1>
      )}
      {listError && (
        <Notice intent="warning">{listError}</Notice>
      )}
      <Caption1 className={styles.hint}>{t.workbookNote}</Caption1>
    </section>
  );
}

function OptionHead({ option, rank, lang }: { readonly option: BudgetOption; readonly rank: number | null; readonly lang: Lang }): React.ReactElement {
  const t = STRINGS[lang].options;
  const styles = useStyles();
  const path = PATHS.find((p) => p.id === option.path)!;
  return (
    <div className={styles.head}>
      <Text className={styles.name}>
        {rank !== null && `${rank}. `}
        {option.name}
      </Text>
      {option.name !== path.label[specLang(lang)] && (
        <Badge appearance="outline" size="small" style={{ color: PATH_STYLE[option.path].color }}>
          {path.label[specLang(lang)]}
        </Badge>
      )}
      {option.catalogue && (
        <Badge appearance="tint" color="warning" size="small">
          {t.indicative}
        </Badge>
      )}
      {isQuoted(option) && (
        <Badge appearance="tint" color="success" size="small" data-testid="quoted">
          {t.quoted}
        </Badge>
      )}
    </div>
  );
}

function OptionFigures({ budget, currency, lang }: { readonly budget: OptionBudget["budget"]; readonly currency: BudgetResult["currency"]; readonly lang: Lang }): React.ReactElement {
  const t = STRINGS[lang].options;
  const styles = useStyles();
  return (
    <div className={styles.figures}>
      <span className={styles.figure} data-value={budget.tco.toFixed(2)}>
        {t.tco} {formatMoney(budget.tco, currency, lang)}
      </span>
      <span className={styles.figure}>
        {t.npv} {formatMoney(budget.npv, currency, lang)}
      </span>
      <span className={styles.figure}>
        {formatMoney(budget.costPerUserMonth, currency, lang, 2)} {t.perUser}
      </span>
      <span className={styles.figure}>{budget.goLiveMonth ? fill(t.goLive, { month: budget.goLiveMonth }) : t.notLive}</span>
    </div>
  );
}

/** Check_All for the option and its own warnings, the failing ones listed under a disclosure. */
function OptionChecks({ checks, lang }: { readonly checks: readonly CheckResult[]; readonly lang: Lang }): React.ReactElement {
  const t = STRINGS[lang].options;
  const styles = useStyles();
  const all = checks.find((c) => c.id === "all");
  const failing = checks.filter((c) => c.severity === "warning" && !c.ok);
  const verdict = all?.ok ? t.integrityOk : t.integrityFail;
  return (
    <div className={styles.checks} data-testid="option-checks" data-ok={String(all?.ok)} data-warnings={warningCount(checks)}>
      {failing.length === 0 ? (
        <span>{`${verdict} · ${t.noWarnings}`}</span>
      ) : (
        <details>
          <summary>{`${verdict} · ${fill(failing.length === 1 ? t.oneWarning : t.warnings, { n: failing.length })}`}</summary>
          <ul className={styles.warningList}>
            {failing.map((c) => (
              <li key={c.id}>{`${c.label}: ${c.message}`}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

interface ActionProps {
  readonly option: BudgetOption;
  readonly lang: Lang;
  readonly canRemove: boolean;
  readonly quoteOpen: boolean;
  readonly onRename: (name: string) => void;
  readonly onDuplicate: () => void;
  readonly onRemove: () => void;
  readonly onQuote: () => void;
}

function OptionActions({ option, lang, canRemove, quoteOpen, onRename, onDuplicate, onRemove, onQuote }: ActionProps): React.ReactElement {
  const t = STRINGS[lang].options;
  const styles = useStyles();
  const [draft, setDraft] = React.useState<string | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const save = () => {
    try {
      onRename(draft ?? option.name);
      setDraft(null);
      setProblem(null);
    } catch {
      setProblem(fill(t.nameError, { max: MAX_OPTION_NAME_CHARS }));
    }
  };
  if (draft !== null) {
    return (
      <form
        className={styles.rename}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Field label={fill(t.nameLabel, { name: option.name })} validationMessage={problem ?? undefined} validationState={problem ? "error" : "none"} className={styles.renameField}>
          <Input value={draft} onChange={(_, d) => setDraft(d.value)} data-testid={`rename-input-${option.id}`} autoFocus />
        </Field>
        <Button size="small" appearance="primary" type="submit" data-testid={`rename-save-${option.id}`}>
          {t.save}
        </Button>
        <Button size="small" onClick={() => (setDraft(null), setProblem(null))}>
          {t.cancel}
        </Button>
      </form>
    );
  }
  const label = (action: string) => `${action}: ${option.name}`;
  return (
    <div className={styles.actions}>
      <Button size="small" appearance="subtle" onClick={() => setDraft(option.name)} aria-label={label(t.rename)} data-testid={`rename-${option.id}`}>
        {t.rename}
      </Button>
      <Button size="small" appearance="subtle" onClick={onDuplicate} aria-label={label(t.duplicate)} data-testid={`duplicate-${option.id}`}>
        {t.duplicate}
      </Button>
      <Button size="small" appearance="subtle" onClick={onQuote} aria-expanded={quoteOpen} aria-label={label(t.importQuote)} data-testid={`quote-${option.id}`}>
        {t.importQuote}
      </Button>
      <Button size="small" appearance="subtle" onClick={onRemove} disabled={!canRemove} aria-label={label(t.remove)} data-testid={`remove-${option.id}`}>
        {t.remove}
      </Button>
    </div>
  );
}

/** The vendor catalogue, loaded once the panel has been opened (null until then). */
function useVendorKit(open: boolean): VendorKit | null {
  const [kit, setKit] = React.useState<VendorKit | null>(null);
  React.useEffect(() => {
    if (!open || kit) return;
    let live = true;
    void loadVendorChoices().then((k) => live && setKit(k));
    return () => {
      live = false;
    };
  }, [open, kit]);
  return kit;
}

const KIND_ORDER = ["commercial", "selfHostedLicence", "paas"] as const;

interface CatalogueAddProps {
  readonly lang: Lang;
  /** The deployment region's profiles: a profile of the other price list would price nothing. */
  readonly choices: readonly VendorChoice[];
  readonly region: "cn" | "intl";
  readonly full: boolean;
  readonly onAdd: (profileId: string) => void;
}

function CatalogueAdd({ lang, choices: profiles, region, full, onAdd }: CatalogueAddProps): React.ReactElement {
  const t = STRINGS[lang].options;
  const styles = useStyles();
  const [picked, setPicked] = React.useState(profiles[0]?.id ?? "");
  const current = profiles.some((p) => p.id === picked) ? picked : (profiles[0]?.id ?? "");
  const regionName = { "en-US": { cn: "China", intl: "international" }, "zh-CN": { cn: "中国", intl: "国际" } }[lang][region];
  return (
    <div className={styles.add}>
      <Field label={t.addLabel} hint={fill(t.otherRegion, { region: regionName })} className={styles.catalogueField}>
        <Select className={styles.select} value={current} onChange={(_, d) => setPicked(d.value)} data-testid="catalogue-select">
          {KIND_ORDER.filter((kind) => profiles.some((p) => p.kind === kind)).map((kind) => (
            <optgroup key={kind} label={t.kinds[kind]}>
              {profiles
                .filter((p) => p.kind === kind)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name[specLang(lang)]}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      <Button className={styles.addButton} appearance="secondary" disabled={full || current === ""} onClick={() => onAdd(current)} data-testid="catalogue-add">
        {t.add}
      </Button>
      {full && <Caption1>{fill(t.full, { max: MAX_OPTIONS })}</Caption1>}
    </div>
  );
}
