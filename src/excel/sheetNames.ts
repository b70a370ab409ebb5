/** Choosing sheet and table names that do not collide with what the workbook already has. */

const MAX_SHEET_NAME = 31;

/** `base`, else `base (2)`, `base (3)`, ... (trimmed to Excel's 31 characters) not in `taken` (lower-case). */
export function freeSheetName(base: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** `base`, else `base_2`, `base_3`, ... not in `taken` (lower-case). */
export function freeTableName(base: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}_${n}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}
