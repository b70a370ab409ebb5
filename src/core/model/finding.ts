export type Severity = "error" | "warning" | "info";

/**
 * One validation result. Findings are values, never exceptions: every problem in a tracker,
 * from a bad cell to "this is not a tracker", is reported as one of these.
 */
export interface Finding {
  readonly file: string;
  /** Sheet name, or "" for a workbook-level finding. */
  readonly sheet: string;
  /** A1 address without sheet name (`F12`), or "" when the finding is about a whole sheet/workbook. */
  readonly cell: string;
  /** 1-based sheet row, or null. */
  readonly row: number | null;
  /** The column header as written in the sheet (or the template header when missing), or null. */
  readonly column: string | null;
  readonly severity: Severity;
  /** Stable rule id, e.g. `date-order`, `required-missing`, `reference-missing`. */
  readonly rule: string;
  /** A sentence a PM understands, naming the value and how to fix it. */
  readonly message: string;
  /** The project the offending row belongs to, when known (for per-project compliance). */
  readonly projectId?: string;
}
