/**
 * Size presets as data: values that differ from the specs' defaults (which describe a 5,000-person company).
 * Applying a preset resets every other field to its default. Values are stored form (fractions).
 */
import type { RequirementKey } from "../../engine";
import type { PresetId } from "../i18n/strings";

export const PRESET_IDS: readonly PresetId[] = ["small", "medium", "large"];

export const PRESETS: Readonly<Record<PresetId, Readonly<Partial<Record<RequirementKey, number | string | boolean>>>>> = {
  small: {
    headcount: 500,
    eventPeakAttendees: 300,
    eventsPerYear: 2,
    integrations: 1,
    migrateHistory: false,
    regions: 1,
    mlpsLevel: 2,
  },
  medium: {
    headcount: 5000,
    eventPeakAttendees: 3000,
    integrations: 3,
    regions: 1,
  },
  large: {
    headcount: 50000,
    eventPeakAttendees: 20000,
    eventsPerYear: 6,
    integrations: 8,
    regions: 3,
    latencyTargetMs: 150,
    mlpsLevel: 3,
  },
};
