/**
 * Turns a block's per-cell style names into few rectangles: vertical runs of one style per column,
 * then neighbouring columns with the same run side by side. A 100,000-row table body in one style
 * is one rectangle, so formatting costs a few operations, not one per cell.
 */
import type { CellBlock, StyleName } from "../core/plan/types";

export interface StyleRect {
  readonly style: StyleName;
  /** 1-based sheet coordinates, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function styleRects(block: CellBlock): StyleRect[] {
  const width = block.cells.reduce((w, row) => Math.max(w, row.length), 0);
  const runs = new Map<string, { style: StyleName; top: number; bottom: number; cols: number[] }>();
  for (let c = 0; c < width; c++) {
    let start = 0;
    for (let r = 1; r <= block.cells.length; r++) {
      const prev = block.cells[r - 1]?.[c]?.style;
      const here = r < block.cells.length ? block.cells[r]?.[c]?.style : undefined;
      if (r < block.cells.length && here === prev) continue;
      if (prev !== undefined) {
        const key = `${start}:${r - 1}:${prev}`;
        const run = runs.get(key) ?? { style: prev, top: start, bottom: r - 1, cols: [] };
        run.cols.push(c);
        runs.set(key, run);
      }
      start = r;
    }
  }
  const rects: StyleRect[] = [];
  runs.forEach((run) => {
    let first = run.cols[0] ?? 0;
    run.cols.forEach((col, i) => {
      const next = run.cols[i + 1];
      if (next === col + 1) return;
      rects.push({
        style: run.style,
        top: block.row + run.top,
        bottom: block.row + run.bottom,
        left: block.col + first,
        right: block.col + col,
      });
      first = next ?? 0;
    });
  });
  return rects;
}
