import { cellAddress as a1 } from "../model/a1";
import type { Finding } from "../model/finding";
import type { RawGrid, RawSheet } from "../model/raw";
import type { ColumnType } from "../template/types";
import type { HeaderMatch, StackedBlock } from "./headerMatch";
import { sheetFinding } from "./findings";

/** Column types whose data cells are numbers or dates: a text there is a header, or a bad value. */
const VALUE_TYPES: ReadonlySet<ColumnType> = new Set<ColumnType>([
  "number",
  "integer",
  "currency",
  "percent",
  "fraction",
  "date",
  "month",
]);

/** Whether two header matches put some template column in different sheet columns, or only one has some. */
function sameLayout(a: HeaderMatch, b: HeaderMatch): boolean {
  for (const [key, column] of b.columns) {
    const other = a.columns.get(key);
    if (other === undefined || other.index !== column.index) return false;
  }
  return true;
}

/** Whether a row between two headers holds data in at least two of the first header's columns. */
function dataBetween(grid: RawGrid, top: HeaderMatch, end: number): boolean {
  for (let r = top.dataStart; r < end; r++) {
    let filled = 0;
    for (const column of top.columns.values()) {
      const v = grid.value(r, column.index);
      if (v !== null && v !== undefined && v !== "") filled++;
      if (filled >= 2) return true;
    }
  }
  return false;
}

/**
 * The topmost of several qualifying header rows with data under each (the first programme's
 * block), instead of the one matching most columns (a later block with one more column): the
 * blocks above the best header used to be read as title rows, their projects dropped without a
 * finding. `candidates` are the qualifying rows above `best`, top first.
 */
export function topmostBlock(
  grid: RawGrid,
  best: HeaderMatch,
  candidates: readonly HeaderMatch[],
): HeaderMatch {
  for (const candidate of candidates) {
    if (candidate.headerIndex >= best.headerIndex - 1) break;
    if (candidate.matched < 3 || candidate.matched * 5 < best.matched * 3) continue;
    if (dataBetween(grid, candidate, best.headerIndex)) return candidate;
  }
  return best;
}

/**
 * The first later header row, under `match`'s data, that qualifies with its columns elsewhere. A
 * row is looked at only when two value columns of the table (Budget, a date) hold text there, so a
 * data row costs one cell read.
 */
export function laterBlock(
  grid: RawGrid,
  match: HeaderMatch,
  typeOf: (key: string) => ColumnType | undefined,
  evaluateAt: (r: number) => HeaderMatch,
): StackedBlock | null {
  const probes = [...match.columns]
    .filter(([key]) => {
      const type = typeOf(key);
      return type !== undefined && VALUE_TYPES.has(type);
    })
    .map(([, column]) => column.index);
  const first = probes[0];
  if (first === undefined) return null;
  const second = probes[1] ?? first;
  const end = Math.min(match.dataEnd, grid.height);
  for (let r = match.dataStart; r < end; r++) {
    const v = grid.value(r, first);
    if (typeof v !== "string" || v.length > 60 || typeof grid.value(r, second) !== "string") continue;
    const later = evaluateAt(r);
    if (!later.qualifies || later.matched < 3 || sameLayout(match, later)) continue;
    const moved = [...later.columns]
      .filter(([key, column]) => match.columns.get(key)?.index !== column.index)
      .map(([, column]) => column.header);
    return { headerIndex: r, moved };
  }
  return null;
}

/** The error for a later block that was not read: where it starts and what to do. */
export function stackedBlockFinding(
  file: string,
  sheet: RawSheet,
  match: HeaderMatch,
  block: StackedBlock,
): Finding {
  const sheetRow = sheet.top + block.headerIndex;
  const shown = block.moved.slice(0, 4).join(", ") + (block.moved.length > 4 ? ", …" : "");
  return sheetFinding(
    file,
    sheet.name,
    "error",
    "table-stacked",
    `Row ${sheetRow} of sheet "${sheet.name}" starts another table whose columns are not where the table ` +
      `above (header row ${sheet.top + match.headerIndex}) has them (${shown}): the rows under it were not ` +
      `read. Give it the same columns in the same order, or move it to a sheet of its own.`,
    { cell: a1(sheetRow, sheet.left), row: sheetRow, column: null },
  );
}
