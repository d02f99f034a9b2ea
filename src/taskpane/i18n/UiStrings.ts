/**
 * The shape of a pane catalogue: every user-facing string of the task pane for one language. Field labels,
 * units and notes are not here: they come from the engine's REQUIREMENT_SPECS, path and category names from
 * PATHS / CATEGORIES. Templates use {name} placeholders, filled by `fill()`.
 */
import type { Language as Lang, RequirementSpec } from "../../engine";

type RequirementGroup = RequirementSpec["group"];

/** Form sections in the method's order (scale first); each lists the spec groups it shows. */
export type SectionId = Exclude<RequirementGroup, "staffing" | "finance"> | "advanced";

export type PresetId = "small" | "medium" | "large";
export type PathView = "all" | "selfBuild" | "commercial" | "hybrid";

export interface UiStrings {
  /** Shown instead of the pane on an Excel that lacks a requirement set ({list} of "name version (why)"). */
  readonly unsupported: {
    readonly message: string;
    readonly item: string;
    readonly separator: string;
    readonly supportedExcel: string;
    readonly why: Readonly<Record<"SharedRuntime" | "CustomFunctionsRuntime" | "ExcelApi", string>>;
  };
  readonly appTitle: string;
  readonly appSubtitle: string;
  readonly languageLabel: string;
  readonly languageNames: Readonly<Record<Lang, string>>;
  readonly presetsLabel: string;
  readonly presetNames: Readonly<Record<PresetId, string>>;
  readonly presetHint: string;
  readonly formTitle: string;
  readonly sections: Readonly<Record<SectionId, { readonly title: string; readonly hint: string }>>;
  readonly advancedFinance: string;
  readonly advancedStaffing: string;
  readonly sectionErrors: string;
  readonly errorSummary: string;
  readonly unitLabel: string;
  readonly rangeLabel: string;
  /** Between a label and its value ("Unit: people" / "单位：人"). */
  readonly colon: string;
  readonly allowed: {
    readonly month: string;
    readonly number: string;
    readonly integer: string;
    readonly percent: string;
    readonly override: string;
    readonly boolean: string;
    readonly choice: string;
  };
  readonly errors: {
    readonly notANumber: string;
    readonly notAnInteger: string;
    readonly outOfRange: string;
    readonly unknownOption: string;
    readonly other: string;
  };
  readonly autoPlaceholder: string;
  /** The year and month dropdowns of a month field (e.g. the project start); `months` holds twelve names. */
  readonly monthPicker: { readonly year: string; readonly month: string; readonly months: readonly string[] };
  readonly pathView: { readonly label: string; readonly hint: string; readonly all: string };
  readonly choices: Readonly<Record<string, string>>;
  readonly preview: {
    readonly title: string;
    readonly stale: string;
    readonly first12: string;
    readonly tco: string;
    readonly npv: string;
    /** The NPV card's tooltip: of which view, before tax, how discounted ({rate}). */
    readonly npvTitle: string;
    readonly perUserMonth: string;
    readonly lowestTco: string;
    readonly chartTitle: string;
    readonly chartDesc: string;
    readonly chartTableCaption: string;
    readonly fiscalYearEnd: string;
    readonly goLive: string;
    readonly goLiveMark: string;
    readonly liveFrom: string;
    readonly notLive: string;
    readonly breakEvenTitle: string;
    readonly breakEven: string;
    readonly noBreakEven: string;
    readonly breakEvenMark: string;
    readonly computeFailed: string;
  };
  /** The "by fiscal year" table under the preview: a switch between the engine's FINANCIAL_VIEWS. */
  readonly fiscalViews: {
    readonly title: string;
    readonly switchLabel: string;
    readonly fiscalYear: string;
    readonly total: string;
    /** The short marker after a part year's label ({n} months in the window). */
    readonly partYear: string;
    /** What the marker means, for screen readers and the tooltip. */
    readonly partYearLong: string;
    /** The caption under the switch: {view} label and its {meaning}. */
    readonly meaning: string;
    /** The tooltip of a rounded (compact) amount: the exact one. */
    readonly exact: string;
  };
  readonly risk: {
    readonly title: string;
    readonly intro: string;
    readonly computing: string;
    readonly computedIn: string;
    readonly failed: string;
    readonly stale: string;
    readonly p50: string;
    readonly p80: string;
    readonly p90: string;
    readonly percentilesLabel: string;
    readonly base: string;
    readonly flat: string;
    readonly riskBased: string;
    readonly confidence: string;
    readonly flatAbove: string;
    readonly flatBelow: string;
    readonly tornadoTitle: string;
    readonly tornadoPath: string;
    readonly tornadoDesc: string;
    readonly tornadoTop: string;
    readonly tornadoLow: string;
    readonly tornadoHigh: string;
    readonly tornadoZero: string;
    readonly tornadoTableCaption: string;
    readonly driver: string;
    readonly lowCol: string;
    readonly highCol: string;
    readonly swing: string;
    readonly barTitle: string;
  };
  readonly checks: {
    readonly title: string;
    readonly intro: string;
    readonly allTitle: string;
    readonly groupOk: string;
    readonly groupWarn: string;
    readonly ok: string;
    readonly warn: string;
    /** A trap watch that did not fire within the horizon: neither a pass nor a warning. */
    readonly notTriggered: string;
    readonly fromYear: string;
    readonly fromYearJump: string;
    readonly failed: string;
  };
  readonly workbook: {
    readonly title: string;
    readonly generate: string;
    readonly generating: string;
    readonly load: string;
    readonly loading: string;
    readonly fixFirst: string;
    readonly changedSinceLoad: string;
    readonly changedHere: string;
    readonly noChanges: string;
    readonly progressLabel: string;
    readonly steps: Readonly<Record<string, string>>;
    readonly success: string;
    readonly successCreated: string;
    readonly successRewritten: string;
    readonly compareOpened: string;
    /** The title of a failed generation, said once; the cause and what was kept follow. */
    readonly failed: string;
    /** Writer errors by code, in the pane's language ({sheet}: the sheet name in the way). */
    readonly writerErrors: Readonly<Record<"sheetNameTaken" | "workbookProtected" | "unsupportedHost", string>>;
    /** Excel's own message for an unexpected failure (in Office's language). */
    readonly excelSaid: string;
    readonly kept: Readonly<Record<"nothing" | "rolledBack" | "cleanupFailed", string>>;
    readonly loaded: string;
    /** Load found no Input_* names: nothing in the form changed. */
    readonly loadedNone: string;
    readonly loadFailed: string;
  };
  /** Named options: real offers (catalogue profiles, quotes) compared beside the three paths. */
  readonly options: {
    readonly title: string;
    readonly loading: string;
    readonly intro: string;
    /** What the generated workbook holds until options reach it. */
    readonly workbookNote: string;
    /** The summary beside the panel's title: {n} options, {best} the lowest TCO. */
    readonly summary: string;
    readonly listLabel: string;
    readonly tco: string;
    readonly npv: string;
    readonly perUser: string;
    readonly goLive: string;
    readonly notLive: string;
    /** An option's own Check_All, then its failing warnings ({n}). */
    readonly integrityOk: string;
    readonly integrityFail: string;
    readonly noWarnings: string;
    readonly oneWarning: string;
    readonly warnings: string;
    readonly indicative: string;
    readonly quoted: string;
    readonly rename: string;
    readonly nameLabel: string;
    readonly save: string;
    readonly cancel: string;
    readonly duplicate: string;
    /** A duplicate's name: {name} of the original. */
    readonly copyName: string;
    readonly remove: string;
    readonly importQuote: string;
    readonly addLabel: string;
    /** The catalogue's groups in the dropdown. */
    readonly kinds: Readonly<Record<"commercial" | "selfHostedLicence" | "paas", string>>;
    readonly add: string;
    readonly full: string;
    readonly otherRegion: string;
    readonly quoteTitle: string;
    readonly quoteHelp: string;
    readonly quoteText: string;
    readonly quoteImport: string;
    readonly quoteFromSelection: string;
    readonly quoteReading: string;
    /** {n} items priced into {option}. */
    readonly quoteDone: string;
    readonly quoteDoneOne: string;
    /** {document}, {row}, {item}, {until}: an item whose offer has lapsed. */
    readonly quoteExpired: string;
    /** A problem in the pasted quote: {where} row and column, {allowed} what it must be, {got} what it was. */
    readonly quoteError: string;
    readonly quoteUnreadable: string;
    readonly quoteEmpty: string;
    readonly close: string;
    readonly nameError: string;
    readonly computeFailed: string;
  };
  /** The page opened in a plain browser, outside Excel: the banner on top and the download footer. */
  readonly standalone: {
    readonly bannerTitle: string;
    readonly banner: string;
    readonly footerLabel: string;
    readonly download: string;
    readonly downloading: string;
    /** After the browser received the file: {file} name, {sheets} count, {kb} size. */
    readonly downloaded: string;
    readonly downloadFailed: string;
    readonly fixFirst: string;
  };
}

