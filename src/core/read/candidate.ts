import type { RawSheet } from "../model/raw";
import type { TableDef } from "../template/types";
import type { HeaderMatch } from "./findHeader";

/** A sheet that may be read as a table, with its best header row for it. */
export interface Candidate {
  readonly sheet: RawSheet;
  readonly table: TableDef;
  readonly match: HeaderMatch | null;
  /** True when the PMO's mapping (not the sheet name) says which table this is. */
  readonly mapped: boolean;
  /** Column keys the PMO's mapping assigns a header to. */
  readonly mappedColumns: ReadonlySet<string>;
}
