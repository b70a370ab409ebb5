import type { Finding } from "../model/finding";
import type { NormRow, TableBinding } from "../model/portfolio";
import { cellAddress as a1 } from "../model/a1";
import type { TemplateDef } from "../template/types";
import { PROJECT_ID, PROJECTS_TABLE } from "../template/keys";
import { sheetFinding } from "./findings";

/** Rule id of rows a workbook repeats from an earlier one. */
export const REPEATED_ROWS = "repeated-rows";

/** Tables every PM file may carry as the PMO hands them out (the people, their rates, the market's pay). */
const SHARED_TABLES: ReadonlySet<string> = new Set(["resources", "rateCard", "salaryBenchmarks"]);

/** A row's template values as one string: equal strings, equal rows. */
function signature(row: NormRow, keys: readonly string[]): string {
  let s = "";
  for (const key of keys) {
    const v = row[key];
    s += v === null || v === undefined ? "\u0001" : `\u0001${typeof v === "number" ? "n" : "s"}${String(v)}`;
  }
  return s;
}

interface Seen {
  /** The most times one earlier workbook held the row. */
  count: number;
  /** The first workbook that held it. */
  readonly file: string;
}

/** A row and the first earlier workbook that held it. */
interface Copy {
  readonly row: NormRow;
  readonly of: string;
}

/**
 * The same tracker handed in twice (kpi-definitions v2 counts its project once, with one warning)
 * also repeats its milestones, risks and hours, and a person or a rate card copied into several PM
 * files is one person, one rate card: read as rows, each copy was counted again (a project's hours
 * doubled, a person's capacity too) and every copied Risk ID or person was a duplicate-ID error.
 * So a row of a later workbook that holds an earlier workbook's row value for value, in every
 * template column, is that row again and is left out:
 * - silently when the project's own row is copied too (its one duplicate-id warning says so) or
 *   the table is one every PM file may carry (people, rate card, market pay);
 * - else with one `repeated-rows` warning per sheet (a risk or an hour reported twice).
 * Rows repeated within one workbook are its own (two timesheet entries alike are two entries),
 * and the Projects table keeps its rows: the project checks count identical copies once.
 */
export class RepeatedRows {
  private readonly seen = new Map<string, Map<string, Seen>>();
  private readonly keys: ReadonlyMap<string, readonly string[]>;

  constructor(template: TemplateDef) {
    this.keys = new Map(template.tables.map((t) => [t.key, t.columns.map((c) => c.key)]));
  }

  /** One workbook's tables without its copies of earlier workbooks' rows; findings for the copies. */
  take(
    tables: ReadonlyMap<string, readonly NormRow[]>,
    bindings: readonly TableBinding[],
    findings: Finding[],
  ): Map<string, readonly NormRow[]> {
    const out = new Map<string, readonly NormRow[]>();
    // The projects first: a copied project's rows elsewhere are covered by its own warning.
    const projects = tables.get(PROJECTS_TABLE) ?? [];
    const copiedProjects = new Set<unknown>(
      this.copies(PROJECTS_TABLE, projects).copies.map((c) => c.row[PROJECT_ID]),
    );
    for (const [table, rows] of tables) {
      if (table === PROJECTS_TABLE) {
        out.set(table, rows);
        continue;
      }
      const { kept, copies } = this.copies(table, rows);
      out.set(table, copies.length === 0 ? rows : kept);
      if (SHARED_TABLES.has(table)) continue;
      const reported = copies.filter((c) => !copiedProjects.has(c.row[PROJECT_ID] ?? null));
      if (reported.length > 0) reportCopies(table, reported, bindings, findings);
    }
    return out;
  }

  /** Splits a table's rows of one workbook into new rows and copies of earlier workbooks' rows. */
  private copies(table: string, rows: readonly NormRow[]): { kept: NormRow[]; copies: Copy[] } {
    const keys = this.keys.get(table);
    if (keys === undefined || rows.length === 0) return { kept: [...rows], copies: [] };
    let seen = this.seen.get(table);
    if (seen === undefined) this.seen.set(table, (seen = new Map()));
    const counts = new Map<string, number>();
    const kept: NormRow[] = [];
    const copies: Copy[] = [];
    for (const row of rows) {
      const sig = signature(row, keys);
      const n = (counts.get(sig) ?? 0) + 1;
      counts.set(sig, n);
      const earlier = seen.get(sig);
      // As many of this workbook's rows alike as an earlier workbook held are copies; more are new.
      if (earlier !== undefined && n <= earlier.count) copies.push({ row, of: earlier.file });
      else kept.push(row);
    }
    const file = (rows[0] as NormRow).src.file;
    for (const [sig, n] of counts) {
      const earlier = seen.get(sig);
      if (earlier === undefined) seen.set(sig, { count: n, file });
      else earlier.count = Math.max(earlier.count, n);
    }
    return { kept, copies };
  }
}

/** One finding per sheet with copies, at its first copied row. */
function reportCopies(
  table: string,
  copies: readonly Copy[],
  bindings: readonly TableBinding[],
  findings: Finding[],
): void {
  const bySheet = new Map<string, Copy[]>();
  for (const copy of copies) {
    const list = bySheet.get(copy.row.src.sheet);
    if (list === undefined) bySheet.set(copy.row.src.sheet, [copy]);
    else list.push(copy);
  }
  for (const [sheet, list] of bySheet) {
    const first = list[0] as Copy;
    const { file, row } = first.row.src;
    const binding = bindings.find((b) => b.table === table && b.file === file && b.sheet === sheet);
    const col = Math.min(...Object.values(binding?.columns ?? {}).map((c) => c.col), Infinity);
    const sheetRows = [...new Set(list.map((c) => c.row.src.row))];
    const files = [...new Set(list.map((c) => c.of))];
    const what = sheetRows.length === 1 ? `row ${row}` : `${sheetRows.length} rows (the first in row ${row})`;
    const message =
      `Sheet "${sheet}" repeats ${what} of ${files.join(" and ")} value for value (reported twice?): ` +
      `counted once. Keep the rows in one file only.`;
    findings.push(
      sheetFinding(file, sheet, "warning", REPEATED_ROWS, message, {
        cell: Number.isFinite(col) ? a1(row, col) : "",
        row,
        column: null,
      }),
    );
  }
}
