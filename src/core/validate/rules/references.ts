import type { SourceRef } from "../../model/portfolio";
import type { ColumnDef, ReferenceDef, TableDef } from "../../template/types";
import { formatValue } from "../formatValue";
import type { ReferenceIndex } from "../referenceIndex";
import { scopedNameKey, textOf } from "../referenceIndex";
import type { TableContext } from "../tableContext";
import { isNonProjectTime } from "../nonProjectTime";

/** Rule id of a value that does not exist in the table it refers to. */
export const REFERENCE_MISSING = "reference-missing";
/** Rule id of a scoped name (a dependency's milestone) that matches only when capital letters are ignored. */
export const REFERENCE_CASE = "reference-case";
/** Rule id of the info listing a sheet's rows booked to leave, training, BAU and other non-project time. */
export const NON_PROJECT_TIME = "non-project-time";
/** Rule id of a sheet whose references cannot be checked because the target table was not found. */
export const REFERENCE_TABLE_MISSING = "reference-table-missing";

/** What a `references` check needs besides the column: the target and whether it was read at all. */
export interface ReferenceTarget {
  readonly ref: ReferenceDef;
  readonly table: TableDef;
  /** False when no sheet was read as the target table (then rows cannot be checked one by one). */
  readonly present: boolean;
  /** When the scope column has its own reference, its target values: a bad scope is reported there, not twice. */
  readonly scopeValues: ReadonlySet<string> | null;
}

/**
 * A `references` column must hold a value of the target column: "Project ID P-009 is not listed in
 * Projects". IDs match exactly (a case-only difference gets a "did you mean" hint). Scoped references
 * check the (scope, value) pair: a dependency's milestone must exist for that project; the name
 * matches trimmed and case-insensitively, as in the dependency KPI, with a warning when the
 * capitals differ. Blank cells are skipped (required-missing is the reader's finding). The hot
 * loop is one property read and one Set lookup per row.
 */
export function checkReferences(
  column: ColumnDef,
  target: ReferenceTarget,
  ctx: TableContext,
  index: ReferenceIndex,
): void {
  const { ref, table } = target;
  if (!target.present) {
    // A missing required table is the reader's finding; an optional one is noted once per sheet.
    if (table.required === true) return;
    for (const binding of ctx.bindings()) {
      if (binding.columns[column.key] === undefined) continue;
      const header = binding.columns[column.key]?.header ?? column.header;
      ctx.reportSheet(
        binding,
        "warning",
        REFERENCE_TABLE_MISSING,
        `${header} refers to ${table.name}, but no ${table.name} sheet was found, so these values cannot be checked. ` +
          `Add a ${table.name} sheet to check them.`,
        column.key,
      );
    }
    return;
  }
  if (ref.scopeColumn === undefined || ref.targetScopeColumn === undefined) {
    checkPlain(column, target, ctx, index);
  } else {
    checkScoped(column, target, ref.scopeColumn, ref.targetScopeColumn, ctx, index);
  }
}

function checkPlain(
  column: ColumnDef,
  target: ReferenceTarget,
  ctx: TableContext,
  index: ReferenceIndex,
): void {
  const { ref, table } = target;
  const known = index.values(ref.table, ref.column);
  const key = column.key;
  const { rows } = ctx;
  const nonProject = new NonProjectRows();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const raw = row[key];
    let v: string;
    if (typeof raw === "string") v = raw;
    else if (typeof raw === "number") v = String(raw);
    else continue;
    if (v === "" || known.has(v)) continue;
    if (ref.nonProjectTime === true && isNonProjectTime(v)) {
      nonProject.add(v, ctx.placeOf(row.src, key), row.src);
      continue;
    }
    const shown = `${ctx.headerOf(row.src, key)} ${ctx.show(key, v)}`;
    const hint = index.caseHint(known, `${ref.table}.${ref.column}`, v);
    ctx.report(
      i,
      key,
      ref.severity ?? "error",
      REFERENCE_MISSING,
      hint === undefined
        ? `${shown} is not listed in ${table.name}. Add it to the ${table.name} sheet, or correct the value here.`
        : `${shown} is not listed in ${table.name}; did you mean ${hint}? ` +
            `Correct the value here: it must match exactly, including capital letters.`,
    );
  }
  nonProject.report(column, ctx);
}

/** A sheet's rows booked to non-project time, gathered for one info per sheet. */
class NonProjectRows {
  private readonly bySheet = new Map<string, { src: SourceRef; labels: Map<string, string[]> }>();

  add(label: string, place: string, src: SourceRef): void {
    const sheetKey = `${src.file}\u0000${src.sheet}`;
    let sheet = this.bySheet.get(sheetKey);
    if (sheet === undefined) {
      sheet = { src, labels: new Map() };
      this.bySheet.set(sheetKey, sheet);
    }
    const places = sheet.labels.get(label);
    if (places === undefined) sheet.labels.set(label, [place]);
    // A plan's row with its months across is one row per month, at one cell: named once.
    else if (!places.includes(place)) places.push(place);
  }

  report(column: ColumnDef, ctx: TableContext): void {
    for (const { src, labels } of this.bySheet.values()) {
      const binding = ctx.bindingOf(src);
      if (binding === undefined) continue;
      const listed = [...labels]
        .slice(0, 4)
        .map(([label, places]) => `"${label}" (${placesText(places)})`)
        .join(", ");
      const more = labels.size > 4 ? ` and ${labels.size - 4} more` : "";
      ctx.reportSheet(
        binding,
        "info",
        NON_PROJECT_TIME,
        `${ctx.headerOf(src, column.key)} books time that is not a project: ${listed}${more}. Those hours count ` +
          `in each person's utilisation and in no project's figures. If one of them is a project, give it a ` +
          `row on the Projects sheet.`,
        column.key,
      );
    }
  }
}

/** `Allocations!C7`, or `Allocations!C7 and 3 more rows`. */
function placesText(places: readonly string[]): string {
  const first = places[0] ?? "";
  return places.length === 1
    ? first
    : `${first} and ${places.length - 1} more row${places.length === 2 ? "" : "s"}`;
}

function checkScoped(
  column: ColumnDef,
  target: ReferenceTarget,
  scopeColumn: string,
  targetScopeColumn: string,
  ctx: TableContext,
  index: ReferenceIndex,
): void {
  const { ref, table } = target;
  const known = index.scoped(ref.table, targetScopeColumn, ref.column);
  const scopeHeader = table.columns.find((c) => c.key === targetScopeColumn)?.header ?? targetScopeColumn;
  const key = column.key;
  const { rows } = ctx;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const v = textOf(row[key]);
    const scope = textOf(row[scopeColumn]);
    if (v === null || scope === null) continue;
    if (target.scopeValues !== null && !target.scopeValues.has(scope)) continue;
    if (known.get(scope)?.has(v) === true) continue;
    const shown = `${ctx.headerOf(row.src, key)} ${ctx.show(key, v)}`;
    const where = `${table.name} for ${scopeHeader} ${scope}`;
    const written = index.scopedNames(ref.table, targetScopeColumn, ref.column).get(scopedNameKey(scope, v));
    if (written === undefined) {
      ctx.report(
        i,
        key,
        "error",
        REFERENCE_MISSING,
        `${shown} is not listed in ${where}. Add it to the ${table.name} sheet with ${scopeHeader} ${scope}, or correct the value here.`,
      );
    } else {
      ctx.report(
        i,
        key,
        "warning",
        REFERENCE_CASE,
        `${shown} matches ${formatValue(written, column.type, ctx.settings)} in ${where} only when capital ` +
          `letters are ignored; it was linked. Write it the same way in both sheets.`,
      );
    }
  }
}
