/**
 * A month field (e.g. the project start) as two native dropdowns, year and month; the value stays "YYYY-MM".
 * A value that is not a valid month (e.g. read from an edited workbook) is kept as an extra option, so the
 * engine's error shows and nothing is silently replaced.
 */
import * as React from "react";
import { Select, makeStyles, tokens } from "@fluentui/react-components";
import { FIRST_YEAR, LAST_YEAR } from "../../engine";
import { STRINGS, type Lang } from "../i18n/strings";
import { SR_ONLY } from "./sharedStyles";

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => String(FIRST_YEAR + i));
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
  select: { width: "100%", minWidth: 0 },
  srOnly: SR_ONLY,
});

/** Year and month of "YYYY-MM", or null for anything else. */
export function splitMonth(value: string): { year: string; month: string } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(value.trim());
  return m && YEARS.includes(m[1]) && MONTHS.includes(m[2]) ? { year: m[1], month: m[2] } : null;
}

export interface MonthPickerProps {
  readonly id: string;
  readonly value: string;
  readonly lang: Lang;
  readonly labelledBy: string;
  /** The month an invalid value's missing half is taken from (the field's default). */
  readonly fallback: string;
  readonly onChange: (value: string) => void;
}

export function MonthPicker({ id, value, lang, labelledBy, fallback, onChange }: MonthPickerProps): React.ReactElement {
  const styles = useStyles();
  const t = STRINGS[lang].monthPicker;
  const parts = splitMonth(value);
  const year = parts?.year ?? "";
  const month = parts?.month ?? "";
  const base = splitMonth(fallback) ?? { year: String(FIRST_YEAR), month: "01" };
  return (
    <div role="group" aria-labelledby={labelledBy} className={styles.row}>
      {/* Each dropdown is named "<field> <Year|Month>"; the Field's label alone would name both the same. */}
      <span id={`${id}-year-name`} className={styles.srOnly}>
        {t.year}
      </span>
      <span id={`${id}-month-name`} className={styles.srOnly}>
        {t.month}
      </span>
      <Select id={id} aria-labelledby={`${labelledBy} ${id}-year-name`} className={styles.select} value={year} onChange={(_, d) => onChange(`${d.value}-${month || base.month}`)}>
        {!parts && <option value="">{value}</option>}
        {YEARS.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
      <Select id={`${id}-month`} aria-labelledby={`${labelledBy} ${id}-month-name`} className={styles.select} value={month} onChange={(_, d) => onChange(`${year || base.year}-${d.value}`)}>
        {!parts && <option value="">—</option>}
        {MONTHS.map((m, i) => (
          <option key={m} value={m}>
            {t.months[i]}
          </option>
        ))}
      </Select>
    </div>
  );
}
