/**
 * Import a vendor's quote into one option: pasted (from Excel or a CSV file) or, inside Excel, read from the
 * selected range. The whole quote is checked first; a bad row is named by row and column and nothing is imported.
 * An expired item is imported and warned about.
 */
import * as React from "react";
import { Button, Caption1, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "./Notice";
import type { BudgetOption } from "../../engine";
import { fill, STRINGS, type Lang } from "../i18n/strings";
import { quoteErrorText } from "../options/quoteErrorText";

/** The quote code (and the CSV parser behind it) loads on the first import. */
const loadQuoteImport = () => import(/* webpackChunkName: "quote-import" */ "../options/quoteImport");

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalXS, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { fontFamily: tokens.fontFamilyMonospace },
});

type QuoteKit = Awaited<ReturnType<typeof loadQuoteImport>>;

interface Outcome {
  readonly intent: "success" | "warning" | "error";
  readonly lines: readonly string[];
}

export interface QuoteImportProps {
  readonly lang: Lang;
  readonly option: BudgetOption;
  readonly options: readonly BudgetOption[];
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly onImported: (options: BudgetOption[]) => void;
  readonly readSelection?: () => Promise<unknown[][]>;
  readonly onClose: () => void;
}

export function QuoteImport({ lang, option, options, inputs, onImported, readSelection, onClose }: QuoteImportProps): React.ReactElement {
  const t = STRINGS[lang].options;
  const styles = useStyles();
  const [text, setText] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);

  const run = async (rows: (kit: QuoteKit) => Promise<unknown[][]>) => {
    setBusy(true);
    try {
      const kit = await loadQuoteImport();
      const table = await rows(kit);
      if (table.length === 0) {
        setOutcome({ intent: "error", lines: [t.quoteEmpty] });
        return;
      }
      const done = kit.importQuoteRows(options, option.id, table, inputs, new Date().toISOString().slice(0, 10));
      onImported(done.options);
      const expired = done.expired.map((i) => fill(t.quoteExpired, { document: i.document, row: i.row, item: i.item, until: i.validUntil }));
      setOutcome({ intent: expired.length ? "warning" : "success", lines: [fill(done.items.length === 1 ? t.quoteDoneOne : t.quoteDone, { n: done.items.length, option: option.name }), ...expired] });
    } catch (e) {
      setOutcome({ intent: "error", lines: [quoteErrorText(e, lang)] });
    } finally {
      setBusy(false);
    }
  };

  const titleId = `imcost-quote-${option.id}`;
  return (
    <div className={styles.root} role="group" aria-labelledby={titleId} data-testid="quote-import">
      <span id={titleId} className={styles.title}>
        {fill(t.quoteTitle, { option: option.name })}
      </span>
      <Caption1 className={styles.hint}>{t.quoteHelp}</Caption1>
      <Field label={t.quoteText}>
        <Textarea className={styles.text} value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={4} data-testid="quote-text" />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" size="small" disabled={busy} onClick={() => run((kit) => (text.trim() === "" ? Promise.resolve([]) : kit.pastedQuoteRows(text)))} data-testid="quote-import-paste">
          {t.quoteImport}
        </Button>
        {readSelection && (
          <Button size="small" disabled={busy} onClick={() => run(readSelection)} data-testid="quote-import-selection">
            {busy ? t.quoteReading : t.quoteFromSelection}
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={onClose}>
          {t.close}
        </Button>
      </div>
      {outcome && (
        <Notice intent={outcome.intent} alert={outcome.intent === "error"} testId="quote-outcome">
          {outcome.lines.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </Notice>
      )}
    </div>
  );
}
