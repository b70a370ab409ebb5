import type { Severity } from "../model/finding";

/**
 * The tracker template as data: validation, sheet/column detection, docs and the template writer
 * all read one `TemplateDef`. The PMO Standard Tracker is one instance; a PMO's own template is
 * another, loaded from JSON in the same format.
 */
export type ColumnType =
  | "text"
  /** Text that may be typed as a number (`1001`), read without thousands separators. */
  | "id"
  | "integer"
  | "number"
  | "currency"
  /** Fraction 0..1; accepts `45%`, 0.45, or a 0–100 column. */
  | "percent"
  /** Like percent (FTE). */
  | "fraction"
  /** Integer 1–5, or Very Low … Very High words. */
  | "scale"
  | "date"
  | "month"
  | "enum";

export interface EnumDef {
  readonly values: readonly string[];
  /** Lower-case synonym → canonical value, e.g. `{"yellow": "Amber"}`. */
  readonly synonyms?: Readonly<Record<string, string>>;
}

export interface ReferenceDef {
  /** Table key and column key the value must exist in, e.g. projects.projectId. */
  readonly table: string;
  readonly column: string;
  /**
   * Scoped reference: the pair (this row's `scopeColumn`, value) must exist as
   * (`targetScopeColumn`, `column`) in the target table — a dependency's milestone must exist for
   * that project.
   */
  readonly scopeColumn?: string;
  readonly targetScopeColumn?: string;
  /** Severity of a value missing from the target; default `error` (a rate card role Resources lacks is a warning). */
  readonly severity?: Severity;
  /**
   * Values naming time that is not a project (`Annual Leave`, `BAU`, `Training`) are not missing:
   * one info per sheet lists them (the Allocations' Project ID).
   */
  readonly nonProjectTime?: boolean;
}

export interface ColumnDef {
  readonly key: string;
  readonly header: string;
  readonly aliases?: readonly string[];
  readonly type: ColumnType;
  readonly required?: boolean;
  /**
   * What the column holds, in a PM's words: the blank tracker's input message and Instructions
   * sheet and the docs show it.
   */
  readonly description?: string;
  readonly min?: number;
  readonly max?: number;
  readonly enum?: EnumDef;
  readonly unique?: boolean;
  readonly references?: ReferenceDef;
}

/** Cross-field rules on one row. Every rule has a stable id used in findings. */
export type RowRule =
  /** `column op other` when both are filled (dates, numbers). */
  | {
      readonly kind: "compare";
      readonly id: string;
      readonly column: string;
      readonly op: ">=" | "<=";
      readonly other: string;
      readonly severity: Severity;
    }
  /** A date column later than the as-of date. */
  | { readonly kind: "afterAsOf"; readonly id: string; readonly column: string; readonly severity: Severity }
  /** A date column older than `staleDays` before the as-of date. */
  | { readonly kind: "stale"; readonly id: string; readonly column: string; readonly severity: Severity }
  /** When `column` is one of `values`, `requires` must be filled. */
  | {
      readonly kind: "requiresWhen";
      readonly id: string;
      readonly column: string;
      readonly values: readonly (string | number)[];
      readonly requires: string;
      readonly severity: Severity;
    }
  /** When `column` equals `value`, `other` must be one of `allowed`. */
  | {
      readonly kind: "allowedWhen";
      readonly id: string;
      readonly column: string;
      readonly value: string | number;
      readonly other: string;
      readonly allowed: readonly string[];
      readonly severity: Severity;
    }
  /** At least one of `columns` must be filled. */
  | {
      readonly kind: "oneOf";
      readonly id: string;
      readonly columns: readonly string[];
      readonly severity: Severity;
    };

/** Rows whose `column` holds one of `values` (case-insensitive) are not data of this table. */
export interface RowFilter {
  readonly column: string;
  readonly values: readonly string[];
  /** Counted in one info finding per sheet, e.g. "12 rows are assumptions, issues or dependencies". */
  readonly description: string;
}

export interface TableDef {
  /** Stable key: `projects`, `milestones`, `risks`, `resources`, `allocations`, `dependencies`, `salaryBenchmarks`, `rateCard`. */
  readonly key: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly required?: boolean;
  readonly description?: string;
  readonly columns: readonly ColumnDef[];
  readonly rules?: readonly RowRule[];
  readonly skipRows?: RowFilter;
}

export interface TemplateDef {
  readonly name: string;
  readonly version: string;
  readonly tables: readonly TableDef[];
}
