import { gridRow, gridRows } from "../../src/core/model/gridRows";
import type { RawScalar, RawSheet, RawWorkbook } from "../../src/core/model/raw";

/** A sheet's grid as row arrays (empty for no sheet): what tests compare against known values. */
export function valuesOf(sheet: RawSheet | undefined): RawScalar[][] {
  return sheet === undefined ? [] : gridRows(sheet.cells);
}

/** Row `r` of a sheet's grid (empty for no sheet). */
export function rowOf(sheet: RawSheet | undefined, r: number): RawScalar[] {
  return sheet === undefined ? [] : gridRow(sheet.cells, r);
}

/** A sheet's number formats as row arrays, each as long as its row of values. */
export function formatsOf(sheet: RawSheet | undefined): (string | null)[][] {
  if (sheet === undefined) return [];
  const rows: (string | null)[][] = [];
  for (let r = 0; r < sheet.cells.height; r++) {
    const row: (string | null)[] = [];
    for (let c = 0; c < sheet.cells.width(r); c++) row.push(sheet.cells.format(r, c));
    rows.push(row);
  }
  return rows;
}

/** A sheet with its grid as row arrays: comparable with `toEqual` whatever stores the grid. */
export function plainSheet(sheet: RawSheet): Omit<RawSheet, "cells"> & {
  values: RawScalar[][];
  formats: (string | null)[][];
} {
  const { cells, ...rest } = sheet;
  void cells;
  return { ...rest, values: valuesOf(sheet), formats: formatsOf(sheet) };
}

/** A workbook with every grid as row arrays. */
export function plainBook(book: RawWorkbook): unknown {
  return { ...book, sheets: book.sheets.map(plainSheet) };
}
