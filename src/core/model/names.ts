/**
 * Sheet names match case-insensitively, ignoring spaces, `_` and `-`.
 * @example sheetNameKey("Risk_Register") === sheetNameKey("risk register") // "riskregister"
 */
export function sheetNameKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}

/**
 * The key a sheet name matches a table's names by: `sheetNameKey`, made singular, so a PM's `Risk`
 * or `Milestone` sheet is the Risks or Milestones table (`Dependency` too), as a PMO reads it.
 * Both sides are made singular, so plural names still match; `ss` endings (`Process`) are kept.
 * @example tableNameKey("Risk") === tableNameKey("Risks") // "risk"
 */
export function tableNameKey(name: string): string {
  const key = sheetNameKey(name);
  if (key.endsWith("ies")) return `${key.slice(0, -3)}y`;
  return key.endsWith("s") && !key.endsWith("ss") ? key.slice(0, -1) : key;
}

const TRAILING_UNIT = /\s*(?:\([^()]*\)|\[[^[\]]*\])\s*$/;
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/**
 * Headers match after dropping a trailing unit in brackets and then every character that is not a
 * letter or digit, case-insensitively.
 * @example headerKey("Budget ($)") // "budget"
 * @example headerKey("Risk_ID") // "riskid"
 * @example headerKey("Progress %") // "progress"
 */
export function headerKey(header: string): string {
  const withoutUnit = header.replace(TRAILING_UNIT, "");
  // A header that is only a bracketed text (`(USD)`) keeps it rather than becoming empty.
  return (withoutUnit.trim() === "" ? header : withoutUnit).toLowerCase().replace(NOT_ALPHANUMERIC, "");
}

/**
 * Names a PM types by hand in two sheets (a milestone in Milestones and again in Dependencies) match
 * trimmed and case-insensitively, in validation and in the KPIs alike.
 * @example nameKey(" Design Sign-Off ") === nameKey("design sign-off") // "design sign-off"
 */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}
