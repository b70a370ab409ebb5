import type { RawScalar, RawSheet } from "../model/raw";
import type { TableDef } from "../template/types";
import { headerKey } from "../model/names";
import { headerUnit } from "../values/headerUnit";
import { gridRow } from "../model/gridRows";
import { laterBlock, topmostBlock } from "./stackedTables";
import type { BoundColumn, HeaderMatch } from "./headerMatch";

/** Rows of the used range searched for the header row (spec: the first 30). */
export const HEADER_SEARCH_ROWS = 30;

export type { BoundColumn, HeaderMatch } from "./headerMatch";

/** Header key → the template columns it can mean: exact header first, then aliases in template order. */
interface HeaderIndex {
  readonly exact: ReadonlyMap<string, string>;
  readonly candidates: ReadonlyMap<string, readonly string[]>;
}

function buildIndex(table: TableDef): HeaderIndex {
  const exact = new Map<string, string>();
  const candidates = new Map<string, string[]>();
  const add = (text: string, key: string): void => {
    const list = candidates.get(headerKey(text)) ?? [];
    if (!list.includes(key)) list.push(key);
    candidates.set(headerKey(text), list);
  };
  for (const column of table.columns) {
    if (!exact.has(headerKey(column.header))) exact.set(headerKey(column.header), column.key);
    add(column.header, column.key);
  }
  for (const column of table.columns) for (const alias of column.aliases ?? []) add(alias, column.key);
  return { exact, candidates };
}

function headerText(value: RawScalar | undefined): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  return "";
}

/**
 * Assigns the header cells of one row to template columns. Order of preference: the PMO's mapping,
 * an exact header, then an alias — for an alias shared by several columns (`ID`) the first column
 * not yet claimed. Cells left over are unknown columns.
 */
function matchRow(
  row: HeaderRow,
  colStart: number,
  colEnd: number,
  table: TableDef,
  index: HeaderIndex,
  overrides: ReadonlyMap<string, string>,
): { columns: Map<string, BoundColumn>; unknown: BoundColumn[] } {
  const columns = new Map<string, BoundColumn>();
  const cells: { index: number; header: string; key: string }[] = [];
  const known = (key: string): boolean => overrides.has(key) || index.candidates.has(key);
  for (let c = colStart; c < Math.min(colEnd, row.cells.length); c++) {
    const header = headerText(row.cells[c]);
    if (header === "") continue;
    // With the group label above it (`Baseline` over `Start | Finish`, `Forecast` over `Finish`), a
    // header may name a column it does not name alone (`Approved Budget`), or a more precise one
    // than alone (`Finish` alone is the baseline). A header the PMO mapped stays as it is.
    const label = row.groups(c);
    const group = overrides.has(headerKey(header)) ? undefined : label;
    const grouped =
      group === undefined
        ? undefined
        : [`${group} ${header}`, `${header} ${group}`].find((h) => known(headerKey(h)));
    const named = grouped ?? header;
    // A unit on the group label (`Financials (£k)` over `Budget | Actual`) is each column's unit,
    // a mapped column's too (`Whole Life Cost (£m)` over a mapped `Baseline WLC`).
    const unit = label === undefined || headerUnit(named) !== undefined ? undefined : headerUnit(label);
    cells.push({
      index: c,
      header: unit === undefined ? named : `${named} (${unit})`,
      key: headerKey(named),
    });
  }
  const assigned = new Set<number>();
  const claim = (cell: { index: number; header: string }, key: string | undefined): void => {
    if (key === undefined || columns.has(key) || assigned.has(cell.index)) return;
    columns.set(key, { index: cell.index, header: cell.header });
    assigned.add(cell.index);
  };
  for (const cell of cells) claim(cell, overrides.get(cell.key));
  for (const cell of cells) claim(cell, index.exact.get(cell.key));
  // Aliases of one column first, then shared ones (`Finish`: the Baseline Finish, or beside one the
  // Forecast Finish) to the first of their columns still free, so a shared alias written before a
  // column's own alias (`Finish` left of `Planned Finish`) does not take that column from it.
  for (const shared of [false, true]) {
    for (const cell of cells) {
      if (assigned.has(cell.index)) continue;
      const candidates = index.candidates.get(cell.key) ?? [];
      if (candidates.length > 1 !== shared) continue;
      claim(
        cell,
        candidates.find((key) => !columns.has(key)),
      );
    }
  }
  const unknown = cells
    .filter((cell) => !assigned.has(cell.index))
    .map(({ index: i, header }) => ({ index: i, header }));
  return { columns: inTemplateOrder(table, columns), unknown };
}

/** Bound columns in template order whatever the sheet order: findings report them so. */
export function inTemplateOrder(
  table: TableDef,
  columns: ReadonlyMap<string, BoundColumn>,
): Map<string, BoundColumn> {
  const ordered = new Map<string, BoundColumn>();
  for (const column of table.columns) {
    const bound = columns.get(column.key);
    if (bound) ordered.set(column.key, bound);
  }
  return ordered;
}

/** A header row's cells, and the group label above a cell (by grid column), if any. */
interface HeaderRow {
  readonly cells: readonly RawScalar[];
  readonly groups: (c: number) => string | undefined;
}

/**
 * The header row's cells, each blank cell under a vertical merge given the merge's text: a
 * "Project ID" merged over two header rows belongs to the lower row, where the other headers are.
 * A text merged across columns in the row just above is those columns' group label.
 */
function headerCells(sheet: RawSheet, headerIndex: number): HeaderRow {
  const row = gridRow(sheet.cells, headerIndex);
  const sheetRow = sheet.top + headerIndex;
  let filled: RawScalar[] | null = null;
  const mergedGroups = new Map<number, string>();
  for (const m of sheet.merges ?? []) {
    if (m.top === sheetRow - 1 && m.bottom === sheetRow - 1 && m.right > m.left && headerIndex > 0) {
      const label = sheet.cells.value(headerIndex - 1, m.left - sheet.left);
      if (typeof label === "string" && label.trim() !== "") {
        for (let col = m.left; col <= m.right; col++) mergedGroups.set(col - sheet.left, label.trim());
      }
    }
    if (m.top >= sheetRow || m.bottom < sheetRow) continue;
    const c = m.left - sheet.left;
    if (c < 0 || (row[c] !== null && row[c] !== undefined)) continue;
    const top = sheet.cells.value(m.top - sheet.top, c);
    if (typeof top !== "string" || top.trim() === "") continue;
    filled ??= [...row];
    while (filled.length <= c) filled.push(null);
    filled[c] = top;
  }
  // Above a cell, a text merged across its columns, else a text in the cell just above.
  const groups = (c: number): string | undefined => {
    const merged = mergedGroups.get(c);
    if (merged !== undefined || headerIndex === 0) return merged;
    const above = sheet.cells.value(headerIndex - 1, c);
    return typeof above === "string" && above.trim() !== "" ? above.trim() : undefined;
  };
  return { cells: filled ?? row, groups };
}

function evaluate(
  sheet: RawSheet,
  table: TableDef,
  index: HeaderIndex,
  overrides: ReadonlyMap<string, string>,
  headerIndex: number,
  range: { dataEnd: number; colStart: number; colEnd: number; listObject: string | null },
): HeaderMatch {
  const { columns, unknown } = matchRow(
    headerCells(sheet, headerIndex),
    range.colStart,
    range.colEnd,
    table,
    index,
    overrides,
  );
  const required = table.columns.filter((c) => c.required === true);
  const requiredMatched = required.filter((c) => columns.has(c.key)).length;
  return {
    headerIndex,
    dataStart: headerIndex + 1,
    ...range,
    columns,
    unknown,
    matched: columns.size,
    requiredMatched,
    qualifies: columns.size >= Math.min(2, table.columns.length) && requiredMatched * 2 >= required.length,
  };
}

/**
 * Finds the table's header on a sheet: an Excel table whose header row qualifies is preferred;
 * otherwise the row among the first 30 that matches the most columns (on a tie, the most required
 * columns, then the first row).
 * Returns the best candidate even when it does not qualify (the caller reports why), or null for an
 * empty sheet. `mappedHeaders` are the PMO's header → column key overrides.
 */
export function findHeader(
  sheet: RawSheet,
  table: TableDef,
  mappedHeaders: Readonly<Record<string, string>> = {},
): HeaderMatch | null {
  const index = buildIndex(table);
  const overrides = new Map(Object.entries(mappedHeaders).map(([header, key]) => [headerKey(header), key]));
  let bestListObject: HeaderMatch | null = null;
  for (const lo of sheet.listObjects ?? []) {
    if (!lo.hasHeader) continue;
    const headerIndex = lo.top - sheet.top;
    if (headerIndex < 0 || headerIndex >= sheet.cells.height) continue;
    const match = evaluate(sheet, table, index, overrides, headerIndex, {
      // The totals row sums or counts the data above it: never a project.
      dataEnd: Math.min(sheet.cells.height, lo.bottom - lo.totalsRowCount - sheet.top + 1),
      colStart: Math.max(0, lo.left - sheet.left),
      colEnd: lo.right - sheet.left + 1,
      listObject: lo.name,
    });
    if (match.qualifies && (bestListObject === null || match.matched > bestListObject.matched)) {
      bestListObject = match;
    }
  }
  if (bestListObject) return bestListObject;
  let best: HeaderMatch | null = null;
  const qualifying: HeaderMatch[] = [];
  const rows = Math.min(HEADER_SEARCH_ROWS, sheet.cells.height);
  const evaluateAt = (r: number): HeaderMatch =>
    evaluate(sheet, table, index, overrides, r, {
      dataEnd: sheet.cells.height,
      colStart: 0,
      colEnd: Number.MAX_SAFE_INTEGER,
      listObject: null,
    });
  for (let r = 0; r < rows; r++) {
    const match = evaluateAt(r);
    if (match.qualifies) qualifying.push(match);
    if (
      best === null ||
      match.matched > best.matched ||
      (match.matched === best.matched && match.requiredMatched > best.requiredMatched)
    ) {
      best = match;
    }
  }
  if (best === null) return null;
  if (best.qualifies) best = topmostBlock(sheet.cells, best, qualifying);
  // A plain range ends where an Excel table (with its own header) starts below it: its rows are its own.
  const headerIndex = best.headerIndex;
  const below = (sheet.listObjects ?? [])
    .filter((lo) => lo.hasHeader)
    .map((lo) => lo.top - sheet.top)
    .filter((top) => top > headerIndex);
  const ranged = below.length === 0 ? best : { ...best, dataEnd: Math.min(best.dataEnd, ...below) };
  if (!ranged.qualifies) return ranged;
  const typeOf = (key: string) => table.columns.find((c) => c.key === key)?.type;
  const stacked = laterBlock(sheet.cells, ranged, typeOf, evaluateAt);
  return stacked === null ? ranged : { ...ranged, dataEnd: stacked.headerIndex, stacked };
}
