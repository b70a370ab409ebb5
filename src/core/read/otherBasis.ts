import type { TableDef } from "../template/types";
import { inTemplateOrder, type BoundColumn, type HeaderMatch } from "./findHeader";

/**
 * The match after a reading of the sheet's columns changed it: `bind` columns bound to their keys
 * (and no longer unknown), `unbind` keys no longer bound, `unread` columns no longer listed as
 * unknown (read through another column), the bound ones in template order.
 */
export function rebound(
  table: TableDef,
  match: HeaderMatch,
  change: {
    readonly bind?: readonly (readonly [string, BoundColumn])[];
    readonly unbind?: readonly string[];
    readonly unread?: readonly BoundColumn[];
  },
): HeaderMatch {
  const columns = new Map(match.columns);
  for (const key of change.unbind ?? []) columns.delete(key);
  for (const [key, column] of change.bind ?? []) columns.set(key, column);
  const gone = new Set([...(change.bind ?? []).map(([, column]) => column), ...(change.unread ?? [])]);
  const unknown = match.unknown.filter((u) => !gone.has(u));
  return { ...match, columns: inTemplateOrder(table, columns), unknown };
}

/** A template column a sheet may give on another basis (days for hours, a day rate for an hourly one). */
export interface OtherBasis {
  readonly key: string;
  /** Whether the header of the column bound to `key` says it is on that basis (`Effort (days)`). */
  readonly says: (header: string) => boolean;
  /** Whether an unknown column's header names `key` on that basis (`Planned Days`, `Day Rate`). */
  readonly names: (header: string) => boolean;
}

/**
 * The columns a sheet gives on another basis than the template's: for each wanted key the table
 * has and the PMO did not map by hand, the bound column whose header says the basis, else (none
 * bound) an unknown column that names it, then bound. Null when there are none.
 */
export function otherBasisColumns<W extends OtherBasis>(
  table: TableDef,
  match: HeaderMatch,
  mapped: ReadonlySet<string>,
  wanted: readonly W[],
): { found: { want: W; column: BoundColumn }[]; match: HeaderMatch } | null {
  const found: { want: W; column: BoundColumn }[] = [];
  const bind: [string, BoundColumn][] = [];
  for (const want of wanted) {
    if (!table.columns.some((c) => c.key === want.key) || mapped.has(want.key)) continue;
    const bound = match.columns.get(want.key);
    if (bound !== undefined) {
      if (want.says(bound.header)) found.push({ want, column: bound });
      continue;
    }
    const column = match.unknown.find((u) => !bind.some(([, b]) => b === u) && want.names(u.header));
    if (column === undefined) continue;
    bind.push([want.key, column]);
    found.push({ want, column });
  }
  return found.length === 0 ? null : { found, match: rebound(table, match, { bind }) };
}
