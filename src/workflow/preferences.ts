/**
 * What the PMO chooses for this workbook: report settings, the hand-made sheet mapping and an
 * optional custom template. Stored in the workbook (through the gateway); turned into the options
 * the engine needs here, so every stored value is checked in one place.
 */
import type { Settings } from "../core/model/settings";
import { DEFAULT_SETTINGS } from "../core/model/settings";
import type { SheetMapEntry, SheetMapping } from "../core/read/sheetMapping";
import { parseSheetMapping } from "../core/read/sheetMapping";
import { parseTemplate } from "../core/template/parseTemplate";
import { STANDARD_TEMPLATE } from "../core/template/standardTemplate";
import type { TemplateDef } from "../core/template/types";

/** Settings without the as-of date: the as-of date is chosen per run, not stored as a preference. */
export type ReportSettings = Omit<Settings, "asOf">;

export interface Preferences {
  readonly settings: ReportSettings;
  readonly mapping: SheetMapping;
  /** The custom template's JSON as the PMO pasted or loaded it; null = the PMO Standard Tracker. */
  readonly templateText: string | null;
}

/** What the gateway reads from and writes to the workbook. */
export interface StoredPreferences {
  readonly settings: Partial<Settings>;
  readonly mappingJson: string | null;
  readonly templateJson: string | null;
  /** Problems the settings reader already found (one sentence each). */
  readonly problems: readonly string[];
}

export const DEFAULT_PREFERENCES: Preferences = {
  settings: DEFAULT_SETTINGS,
  mapping: { sheets: {} },
  templateText: null,
};

export const TEMPLATE_SOURCE = "Custom template";
export const MAPPING_SOURCE = "Stored sheet mapping";

/** The template in force: the custom one when it parses, else the standard one plus the reasons. */
export function resolveTemplate(templateText: string | null): { template: TemplateDef; errors: string[] } {
  if (templateText === null) return { template: STANDARD_TEMPLATE, errors: [] };
  const parsed = parseTemplate(templateText, TEMPLATE_SOURCE);
  return "template" in parsed
    ? { template: parsed.template, errors: [] }
    : { template: STANDARD_TEMPLATE, errors: parsed.errors };
}

/** Checks everything read from the workbook; what cannot be used falls back to defaults with a reason. */
export function preferencesFromStored(stored: StoredPreferences): { prefs: Preferences; problems: string[] } {
  const problems = [...stored.problems];
  // The as-of date is chosen per run (default: end of last month), so a stored one is not reused.
  const settings: Partial<Settings> = { ...stored.settings };
  delete (settings as { asOf?: string }).asOf;
  const templateText = stored.templateJson;
  const { template, errors } = resolveTemplate(templateText);
  if (errors.length > 0) {
    problems.push(
      "The custom template stored in this workbook is not valid; the PMO Standard Tracker is used.",
    );
    problems.push(...errors);
  }
  let mapping: SheetMapping = { sheets: {} };
  if (stored.mappingJson !== null) {
    let json: unknown;
    try {
      json = JSON.parse(stored.mappingJson) as unknown;
    } catch {
      json = undefined;
    }
    const parsed = parseSheetMapping(json, MAPPING_SOURCE, template);
    if ("mapping" in parsed) mapping = parsed.mapping;
    else problems.push(...parsed.errors);
  }
  return {
    prefs: {
      settings: { ...DEFAULT_SETTINGS, ...settings },
      mapping,
      templateText: errors.length > 0 ? null : templateText,
    },
    problems,
  };
}

/** The full Settings the engine runs with. */
export function settingsFor(prefs: Preferences, asOf: string): Settings {
  return { ...prefs.settings, asOf };
}

/** Maps a sheet to a table (or clears it with `table: null`), keeping its column mapping when the table stays. */
export function withSheetTable(mapping: SheetMapping, sheet: string, table: string | null): SheetMapping {
  const sheets: Record<string, SheetMapEntry> = { ...mapping.sheets };
  const current = sheets[sheet];
  if (table === null) delete sheets[sheet];
  else sheets[sheet] = current?.table === table ? current : { table };
  return { sheets };
}

/** Reads column `column` of a sheet from the header `header` (null: from no hand-picked header). */
export function withColumnHeader(
  mapping: SheetMapping,
  sheet: string,
  table: string,
  column: string,
  header: string | null,
): SheetMapping {
  const current = mapping.sheets[sheet] ?? {};
  const columns: Record<string, string> = { ...(current.columns ?? {}) };
  for (const [h, key] of Object.entries(columns)) if (key === column || h === header) delete columns[h];
  if (header !== null) columns[header] = column;
  const entry: SheetMapEntry = { ...current, table, columns };
  return { sheets: { ...mapping.sheets, [sheet]: entry } };
}
