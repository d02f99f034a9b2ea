/** Switches the pane between Chinese and English (defaults to Office's display language). */
import * as React from "react";
import { Field, Select, makeStyles } from "@fluentui/react-components";
import { LANGS, STRINGS, type Lang } from "../i18n/strings";

const useStyles = makeStyles({ root: { minWidth: "96px" } });

export interface LanguageSwitchProps {
  readonly lang: Lang;
  readonly onChange: (lang: Lang) => void;
}

export function LanguageSwitch({ lang, onChange }: LanguageSwitchProps): React.ReactElement {
  const styles = useStyles();
  const t = STRINGS[lang];
  return (
    <Field className={styles.root} label={t.languageLabel} size="small">
      <Select size="small" value={lang} onChange={(_, d) => onChange(d.value as Lang)} data-testid="language-switch">
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {t.languageNames[l]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
