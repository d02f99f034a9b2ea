/**
 * The requirements form, generated from REQUIREMENT_SPECS: one accordion section per topic of the method, fields in
 * spec order. An error summary at the top lists every invalid field and moves focus to it.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
  Subtitle2,
  makeStyles,
  tokens,
  type AccordionToggleEventHandler,
} from "@fluentui/react-components";
import { PATHS, type RequirementGroup, type RequirementSpec } from "../../engine";
import { fieldLabel } from "../i18n/fieldText";
import { fill, specLang, STRINGS, type Lang, type PathView, type SectionId } from "../i18n/strings";
import { SPECS, type FieldValue, type FormValues } from "../state/formState";
import { FieldInput, fieldControlId } from "./FieldInput";

/** Which spec groups each section shows, in the method's order (scale first). */
export const SECTIONS: readonly { readonly id: SectionId; readonly groups: readonly RequirementGroup[] }[] = [
  { id: "scale", groups: ["scale"] },
  { id: "communication", groups: ["communication"] },
  { id: "regions", groups: ["regions"] },
  { id: "peaks", groups: ["peaks"] },
  { id: "features", groups: ["features"] },
  { id: "integration", groups: ["integration"] },
  { id: "compliance", groups: ["compliance"] },
  { id: "path", groups: ["path"] },
  { id: "advanced", groups: ["finance", "staffing"] },
];

export function sectionOf(key: string): SectionId | undefined {
  const spec = SPECS.find((s) => s.key === key);
  return spec ? SECTIONS.find((s) => s.groups.includes(spec.group))?.id : undefined;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Focused headers stay clear of the sticky preview strip.
  header: { scrollMarginTop: "96px" },
  headerContent: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalL },
  hint: { color: tokens.colorNeutralForeground3 },
  subheading: { marginTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  summaryList: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface RequirementsFormProps {
  readonly lang: Lang;
  readonly values: FormValues;
  /** Message per field key (already localised). */
  readonly errors: Readonly<Record<string, string>>;
  readonly changed: ReadonlySet<string>;
  readonly onChange: (key: string, value: FieldValue) => void;
  readonly pathView: PathView;
  readonly onPathView: (view: PathView) => void;
  readonly openSections: readonly SectionId[];
  readonly onOpenSections: (open: SectionId[]) => void;
}

export function RequirementsForm(props: RequirementsFormProps): React.ReactElement {
  const { lang, values, errors, changed, onChange, pathView, onPathView, openSections, onOpenSections } = props;
  const styles = useStyles();
  const t = STRINGS[lang];
  const errorKeys = SPECS.map((s) => s.key).filter((k) => errors[k]);

  const onToggle: AccordionToggleEventHandler<SectionId> = (_, data) => onOpenSections(data.openItems as SectionId[]);

  const goTo = (key: string) => {
    const section = sectionOf(key);
    if (section && !openSections.includes(section)) onOpenSections([...openSections, section]);
    // Focus after the panel has rendered.
    setTimeout(() => document.getElementById(fieldControlId(key))?.focus(), 0);
  };

  const renderFields = (specs: readonly RequirementSpec[]) =>
    specs.map((spec) => (
      <FieldInput
        key={spec.key}
        spec={spec}
        value={values[spec.key] ?? ""}
        error={errors[spec.key]}
        changed={changed.has(spec.key)}
        lang={lang}
        onChange={onChange}
      />
    ));

  return (
    <section className={styles.root} aria-labelledby="imcost-form-title">
      {errorKeys.length > 0 && (
        <MessageBar intent="error" layout="multiline" role="region" aria-label={fill(t.errorSummary, { n: errorKeys.length })}>
          <MessageBarBody>
            {fill(t.errorSummary, { n: errorKeys.length })}
            <ul className={styles.summaryList}>
              {errorKeys.map((k) => {
                const spec = SPECS.find((s) => s.key === k)!;
                return (
                  <li key={k}>
                    <Link as="button" inline onClick={() => goTo(k)}>
                      {fieldLabel(spec, lang)}
                    </Link>
                    : {errors[k]}
                  </li>
                );
              })}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Accordion multiple collapsible openItems={openSections as SectionId[]} onToggle={onToggle}>
        {SECTIONS.map((section) => {
          const specs = SPECS.filter((s) => section.groups.includes(s.group));
          const nErrors = specs.filter((s) => errors[s.key]).length;
          const title = t.sections[section.id].title;
          return (
            <AccordionItem value={section.id} key={section.id} data-section={section.id}>
              <AccordionHeader as="h3" expandIconPosition="end" className={styles.header}>
                <span className={styles.headerContent}>
                  <span>{title}</span>
                  {nErrors > 0 && (
                    <Badge color="danger" appearance="filled" size="small">
                      {fill(t.sectionErrors, { n: nErrors })}
                    </Badge>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <div className={styles.panel}>
                  <Caption1 className={styles.hint}>{t.sections[section.id].hint}</Caption1>
                  {section.id === "path" && (
                    <Field label={t.pathView.label} hint={t.pathView.hint}>
                      <RadioGroup value={pathView} onChange={(_, d) => onPathView(d.value as PathView)}>
                        <Radio value="all" label={t.pathView.all} />
                        {PATHS.map((p) => (
                          <Radio key={p.id} value={p.id} label={p.label[specLang(lang)]} />
                        ))}
                      </RadioGroup>
                    </Field>
                  )}
                  {section.id === "advanced" ? (
                    <>
                      <Subtitle2 as="h4" className={styles.subheading}>
                        {t.advancedFinance}
                      </Subtitle2>
                      {renderFields(specs.filter((s) => s.group === "finance"))}
                      <Subtitle2 as="h4" className={styles.subheading}>
                        {t.advancedStaffing}
                      </Subtitle2>
                      {renderFields(specs.filter((s) => s.group === "staffing"))}
                    </>
                  ) : (
                    renderFields(specs)
                  )}
                </div>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
