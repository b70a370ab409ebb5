import type { TemplateDef } from "./types";

/**
 * A template as the JSON a PMO edits and passes back with `--template` (what `parseTemplate` reads).
 *
 * @example templateToJson(STANDARD_TEMPLATE) // '{\n  "name": "PMO Standard Tracker", ...'
 */
export function templateToJson(template: TemplateDef): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}
