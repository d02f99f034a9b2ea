/**
 * One requirement field, rendered from its spec: number and override fields as text inputs (percent specs in
 * percent), choices as a native select, yes/no fields as a switch. Label, unit and allowed range come from the
 * spec (a month as year and month dropdowns); the error message from the engine's typed error (see i18n/fieldText.ts).
 */
import * as React from "react";
import { Field, Input, Select, Switch, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { RequirementSpec } from "../../engine";
import { MonthPicker } from "./MonthPicker";
import { choiceLabel, fieldHint, fieldLabel, fieldUnit } from "../i18n/fieldText";
import { STRINGS, type Lang } from "../i18n/strings";
import type { FieldValue } from "../state/formState";
import { valueToField } from "../state/formState";

const useStyles = makeStyles({
  // Keeps a focused field clear of the sticky preview strip when the browser scrolls it into view.
  // ...and clear of the sticky action footer below. Long hints ("0 to 10,000,000,000") may wrap inside a number.
  field: { minWidth: 0, scrollMarginTop: "96px", scrollMarginBottom: "128px", "& .fui-Field__hint": { overflowWrap: "anywhere" } },
  inputRoot: { width: "100%", minWidth: 0, maxWidth: "100%" },
  input: { minWidth: 0 },
  // A native select sizes itself to its longest option; keep it inside narrow panes.
  selectRoot: { width: "100%", minWidth: 0, maxWidth: "100%" },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  unit: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  changed: {
    // A quiet marker for fields changed since the last load; the text alternative is in the hint.
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    marginLeft: `calc(-1 * (${tokens.strokeWidthThick} + ${tokens.spacingHorizontalS}))`,
  },
});

export interface FieldInputProps {
  readonly spec: RequirementSpec;
  readonly value: FieldValue;
  readonly error?: string;
  readonly changed?: boolean;
  readonly lang: Lang;
  readonly onChange: (key: string, value: FieldValue) => void;
}

/** The DOM id of a field's control (used by the error summary to move focus). */
export function fieldControlId(key: string): string {
  return `imcost-field-${key}`;
}

function FieldInputImpl({ spec, value, error, changed, lang, onChange }: FieldInputProps): React.ReactElement {
  const styles = useStyles();
  const t = STRINGS[lang];
  const id = fieldControlId(spec.key);
  const label = fieldLabel(spec, lang);
  const hint = fieldHint(spec, lang);
  const validationState = error ? "error" : "none";
  const className = mergeClasses(styles.field, changed && styles.changed);

  if (spec.kind === "boolean") {
    const checked = value === true;
    return (
      <Field className={className} hint={hint || undefined} validationMessage={error} validationState={validationState} data-field={spec.key}>
        <Switch
          id={id}
          checked={checked}
          label={label}
          onChange={(_, d) => onChange(spec.key, d.checked)}
        />
      </Field>
    );
  }

  if (spec.kind === "choice") {
    const text = typeof value === "string" ? value : String(value);
    const known = spec.choices.some((c) => String(c) === text);
    return (
      <Field className={className} label={label} hint={hint || undefined} validationMessage={error} validationState={validationState} data-field={spec.key}>
        <Select id={id} className={styles.selectRoot} select={{ className: styles.select }} value={text} onChange={(_, d) => onChange(spec.key, d.value)}>
          {!known && <option value={text}>{text}</option>}
          {spec.choices.map((c) => (
            <option key={String(c)} value={String(c)}>
              {choiceLabel(spec, c, lang)}
            </option>
          ))}
        </Select>
      </Field>
    );
  }

  if (spec.kind === "month") {
    const labelId = `${id}-label`;
    return (
      <Field className={className} label={{ id: labelId, htmlFor: id, children: label }} hint={hint || undefined} validationMessage={error} validationState={validationState} data-field={spec.key}>
        <MonthPicker id={id} value={String(value)} lang={lang} labelledBy={labelId} fallback={String(spec.default)} onChange={(v) => onChange(spec.key, v)} />
      </Field>
    );
  }

  const unit = fieldUnit(spec, lang);
  const placeholder = spec.kind === "override" ? t.autoPlaceholder : String(valueToField(spec, spec.default));
  return (
    <Field className={className} label={label} hint={hint || undefined} validationMessage={error} validationState={validationState} data-field={spec.key}>
      <Input
        id={id}
        value={typeof value === "string" ? value : String(value)}
        inputMode={spec.kind === "override" ? "text" : "decimal"}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        className={styles.inputRoot}
        input={{ className: styles.input }}
        contentAfter={unit ? <span className={styles.unit} aria-hidden="true">{unit}</span> : undefined}
        onChange={(_, d) => onChange(spec.key, d.value)}
      />
    </Field>
  );
}

export const FieldInput = React.memo(FieldInputImpl);
