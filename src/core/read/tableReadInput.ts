import type { RawSheet } from "../model/raw";
import type { DateOrder } from "../model/settings";
import type { TableDef } from "../template/types";
import type { BoundColumn, HeaderMatch } from "./findHeader";
import type { LifecycleRead } from "./lifecycleAsPhase";
import type { PeriodRead } from "./allocationPeriods";
import type { MonthsAcrossRead } from "./monthsAcross";
import type { DateRangeRead } from "./dateRanges";

/** One sheet bound to one template table, its header found: what reading its rows starts from. */
export interface TableReadInput {
  readonly file: string;
  readonly sheet: RawSheet;
  readonly table: TableDef;
  readonly match: HeaderMatch;
  readonly date1904: boolean;
  readonly dateOrder: DateOrder;
  /** The report's currency code: amounts marked or headed in another one are reported. */
  readonly currency: string;
  /**
   * Single-project workbooks: the project that rows without a `projectId` column (or with it blank)
   * belong to; null otherwise.
   */
  readonly defaultProjectId: string | null;
  /** A resource plan's months across its columns, read as one row per filled month; absent otherwise. */
  readonly across?: MonthsAcrossRead | null;
  /** A resource plan's allocations given as periods, spread over their months; absent otherwise. */
  readonly period?: PeriodRead | null;
  /** A status column of life-cycle words read as the Phase (`readLifecycleAsPhase`); absent otherwise. */
  readonly lifecycle?: LifecycleRead | null;
  /** A project's dates given as one range (`Dates`), read as its start and finish columns; absent otherwise. */
  readonly dateRange?: DateRangeRead | null;
  /**
   * A Projects sheet without a Project ID column: the Project Name column its IDs are read from
   * (`namesAsIdsColumn`; `match` then binds the Project ID to it too); absent otherwise.
   */
  readonly namesAsIds?: BoundColumn | null;
  /**
   * Grid rows inside the data that are not data (totals, examples, headings…), left out of the
   * decisions a column makes from its values (percent scale, date order); absent: none known yet.
   */
  readonly notData?: ReadonlySet<number>;
}
