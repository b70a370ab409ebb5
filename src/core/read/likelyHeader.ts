import { headerKey } from "../model/names";
import type { ColumnDef } from "../template/types";
import { columnNames } from "../template/tableNames";
import type { BoundColumn } from "./findHeader";

/** Shorter header keys say too little (`ID`, `No`) to be offered as a missing column. */
const MIN_KEY_LENGTH = 4;

/**
 * Among a sheet's unknown headers, the one that is likely the missing column under a shorter or
 * longer name: its key starts or ends the key of the column's header or an alias, or the other way
 * round (`Project` for Project ID, `Finish` for Baseline Finish, `Prob` for Probability). A hint for
 * the finding only: the column stays unread until the PMO maps it.
 */
export function likelyHeader(def: ColumnDef, unknown: readonly BoundColumn[]): BoundColumn | null {
  const names = columnNames(def)
    .map(headerKey)
    .filter((k) => k.length >= MIN_KEY_LENGTH);
  for (const candidate of unknown) {
    const key = headerKey(candidate.header);
    if (key.length < MIN_KEY_LENGTH) continue;
    const related = (name: string): boolean =>
      name.startsWith(key) || name.endsWith(key) || key.startsWith(name) || key.endsWith(name);
    if (names.some(related)) return candidate;
  }
  return null;
}
