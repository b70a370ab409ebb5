import type { CellFill, RawSheet } from "../core/model/raw";

/** Empty cells whose fills are read per workbook: a status column's many times over, within one request. */
export const MAX_FILL_CELLS = 20_000;

/** The cells of a column asked about, a run of empty ones at a time. */
interface FillRun {
  readonly col: number;
  /** 1-based sheet row of the run's first cell. */
  readonly top: number;
  readonly result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** `#00B050` → `00B050`; white (Excel's "no fill") and anything else → null. */
function rgbOf(color: string): string | null {
  const match = /^#([0-9A-Fa-f]{6})$/.exec(color);
  const rgb = match?.[1]?.toUpperCase() ?? null;
  return rgb === "FFFFFF" ? null : rgb;
}

/**
 * The fill colours of the empty cells in the given columns of each sheet (a RAG given by colour
 * alone: `RawSheet.fills`), read with `Range.getCellProperties` (ExcelApi 1.9) in one sync for the
 * whole workbook, a run of empty cells at a time, at most `MAX_FILL_CELLS` cells. No sync at all
 * when no such column has an empty cell.
 */
export async function readFills(
  context: Excel.RequestContext,
  sheets: readonly {
    readonly raw: RawSheet;
    readonly sheet: Excel.Worksheet;
    readonly columns: readonly number[];
  }[],
): Promise<Map<RawSheet, CellFill[]>> {
  const runs = new Map<RawSheet, FillRun[]>();
  let cells = 0;
  for (const { raw, sheet, columns } of sheets) {
    for (const col of columns) {
      const c = col - raw.left;
      let start = -1;
      for (let r = 0; r <= raw.cells.height; r++) {
        const empty = r < raw.cells.height && isEmpty(raw.cells.value(r, c));
        if (empty && start < 0) start = r;
        if (!empty && start >= 0) {
          const rows = Math.min(r - start, MAX_FILL_CELLS - cells);
          if (rows <= 0) break;
          const range = sheet.getRangeByIndexes(raw.top - 1 + start, col - 1, rows, 1);
          const result = range.getCellProperties({ format: { fill: { color: true } } });
          const list = runs.get(raw) ?? [];
          list.push({ col, top: raw.top + start, result });
          runs.set(raw, list);
          cells += rows;
          start = -1;
        }
      }
    }
  }
  const fills = new Map<RawSheet, CellFill[]>();
  if (runs.size === 0) return fills;
  await context.sync();
  for (const [raw, list] of runs) {
    const found: CellFill[] = [];
    for (const run of list) {
      run.result.value.forEach((row, i) => {
        const rgb = rgbOf(row[0]?.format?.fill?.color ?? "");
        if (rgb !== null) found.push({ row: run.top + i, col: run.col, rgb });
      });
    }
    if (found.length > 0) fills.set(raw, found);
  }
  return fills;
}
