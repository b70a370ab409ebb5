/**
 * The cells of a sheet plan in sheet order. Blocks may overlap (a later block wins, as when they
 * are written one after another), and sheet XML needs rows ascending and cells ascending in each
 * row; a plan row is kept as one segment, so a 200,000-row table costs one entry per row.
 */
import type { CellBlock, PlanCell } from "../../../core/plan/types";

export interface Segment {
  readonly row: number;
  readonly col: number;
  readonly cells: readonly PlanCell[];
}

export class PlanGrid {
  /** Segments grouped by row, rows ascending, each row's segments in block order. */
  private readonly rows = new Map<number, Segment[]>();
  private sortedRows: number[] | null = null;

  constructor(blocks: readonly CellBlock[]) {
    for (const block of blocks) {
      block.cells.forEach((cells, i) => {
        if (cells.length > 0) this.add({ row: block.row + i, col: block.col, cells });
      });
    }
  }

  /** Adds a segment that wins over everything already there (table header names, say). */
  add(segment: Segment): void {
    const list = this.rows.get(segment.row);
    if (list === undefined) this.rows.set(segment.row, [segment]);
    else list.push(segment);
    this.sortedRows = null;
  }

  rowNumbers(): readonly number[] {
    this.sortedRows ??= [...this.rows.keys()].sort((a, b) => a - b);
    return this.sortedRows;
  }

  /** The cell that ends up at (row, col), if any. */
  cellAt(row: number, col: number): PlanCell | undefined {
    const list = this.rows.get(row) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const segment = list[i] as Segment;
      const cell = segment.cells[col - segment.col];
      if (col >= segment.col && cell !== undefined) return cell;
    }
    return undefined;
  }

  /**
   * A row's cells as segments in column order that do not overlap, later blocks winning where
   * blocks do; a segment's cells may have holes (undefined: no cell there).
   */
  segmentsOf(row: number): readonly Segment[] {
    const list = this.rows.get(row) ?? [];
    // The common case, kept free of per-cell allocations: block rows side by side, not overlapping.
    const sorted = disjointByColumn(list);
    if (sorted !== null) return sorted;
    const byCol = new Map<number, PlanCell>();
    for (const segment of list) {
      // A hole wins over nothing (as in cellAt): the cell of an earlier block shows through.
      segment.cells.forEach((cell, j) => {
        if (cell !== undefined) byCol.set(segment.col + j, cell);
      });
    }
    return [...byCol].sort(([a], [b]) => a - b).map(([col, cell]) => ({ row, col, cells: [cell] }));
  }

  /** The used range's corners, or null for a sheet without cells. */
  bounds(): { top: number; left: number; bottom: number; right: number } | null {
    const rows = this.rowNumbers();
    if (rows.length === 0) return null;
    let left = Infinity;
    let right = 0;
    // forEach and an indexed loop: iterators would allocate per row of a 200,000-row sheet.
    this.rows.forEach((list) => {
      for (let i = 0; i < list.length; i++) {
        const segment = list[i] as Segment;
        left = Math.min(left, segment.col);
        right = Math.max(right, segment.col + segment.cells.length - 1);
      }
    });
    return { top: rows[0] as number, left, bottom: rows[rows.length - 1] as number, right };
  }
}

/** The segments in column order when none overlaps another, else null (then later blocks win). */
function disjointByColumn(list: readonly Segment[]): readonly Segment[] | null {
  if (list.length <= 1) return list;
  const sorted = [...list].sort((a, b) => a.col - b.col);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1] as Segment;
    if ((sorted[i] as Segment).col < before.col + before.cells.length) return null;
  }
  return sorted;
}
