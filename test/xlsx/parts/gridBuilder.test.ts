/**
 * The sheet grid the file reader builds (typed columns, rows as slots): known values, formats and
 * widths read back through every accessor, rows repeated in the XML, a row the fast path gives
 * back, merged areas, and the limits that stop a hostile sheet.
 */
import type { RawGrid, RawScalar } from "../../../src/core/model/raw";
import { DEFAULT_XLSX_LIMITS } from "../../../src/xlsx/limits";
import { GridBuilder } from "../../../src/xlsx/parts/gridBuilder";
import { SheetTooLargeError } from "../../../src/xlsx/parts/sheetTooLargeError";

const SHARED = ["zero", "one", "two"];
const FORMATS = [null, "yyyy-mm-dd", "0%", "yyyy-mm-dd"];

function builder(limits = DEFAULT_XLSX_LIMITS, formats: readonly (string | null)[] = FORMATS): GridBuilder {
  return new GridBuilder(limits, SHARED, formats);
}

/** Every row through `value`, and the same through `copyRow` (the two must agree). */
function rows(grid: RawGrid): RawScalar[][] {
  const byValue: RawScalar[][] = [];
  const byCopy: RawScalar[][] = [];
  for (let r = 0; r < grid.height; r++) {
    const row: RawScalar[] = [];
    for (let c = 0; c < grid.width(r); c++) row.push(grid.value(r, c));
    byValue.push(row);
    const copied: RawScalar[] = [];
    expect(grid.copyRow(r, copied)).toBe(grid.width(r));
    byCopy.push(copied);
  }
  expect(byCopy).toEqual(byValue);
  return byValue;
}

describe("GridBuilder", () => {
  it("reads every kind of cell back, with the origin at the top-left occupied cell", () => {
    const grid = builder();
    grid.beginRow(3);
    grid.sharedString(2, 1, 0);
    grid.number(3, 46000, 1);
    grid.number(4, 0.875, 2);
    grid.beginRow(5);
    grid.cell(3, true, 0, false);
    grid.cell(4, false, 0, false);
    grid.cell(5, "#N/A", 0, false);
    grid.cell(6, "inline", 3, false);
    const { top, left, cells } = grid.finish();
    expect([top, left, cells.height]).toEqual([3, 2, 3]);
    expect(rows(cells)).toEqual([["one", 46000, 0.875], [], [null, true, false, "#N/A", "inline"]]);
    expect([cells.format(0, 1), cells.format(0, 2), cells.format(0, 0), cells.format(2, 4)]).toEqual([
      "yyyy-mm-dd",
      "0%",
      null,
      "yyyy-mm-dd",
    ]);
    // Outside the grid, or an empty cell inside it: null, and no format.
    expect([cells.value(-1, 0), cells.value(1, 0), cells.value(0, 99), cells.format(1, 0)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it("keeps every number exactly when a column of whole numbers meets one that is not", () => {
    // Column A: whole numbers only (kept as 32-bit integers); B: whole numbers, then values an
    // Int32Array cannot hold, after which the column holds doubles; every value read back as written.
    const later = [0.875, -0, 2 ** 31, -(2 ** 31) - 1, 1e400, 2 ** 53, -7];
    // Also with columns made as long as a dimension claims (the whole sheet, or far more rows
    // than come): the move to doubles keeps the written slots and leaves the rest empty.
    for (const claimed of [null, 300, 231_670, 1_048_576]) {
      const grid = builder();
      if (claimed !== null) grid.expectRows(claimed);
      const expected: RawScalar[][] = [];
      for (let r = 0; r < 300; r++) {
        grid.beginRow(r + 1);
        const a = r * 1_000_003 - 150_000_000;
        const b = r < 200 ? r - 100 : (later[(r - 200) % later.length] as number);
        grid.number(1, a, 0);
        grid.number(2, b, 0);
        expected.push([a, b]);
      }
      const { cells } = grid.finish();
      const read = rows(cells);
      expect(read).toEqual(expected);
      expect(Object.is(read[201]?.[1], -0)).toBe(true);
      expect(read.slice(199, 207).map((row) => row[1])).toEqual([
        99,
        0.875,
        -0,
        2 ** 31,
        -(2 ** 31) - 1,
        Infinity,
        2 ** 53,
        -7,
      ]);
    }
  });

  it("leaves a shared-string index past the table's end empty, as Excel shows it", () => {
    const grid = builder();
    grid.beginRow(1);
    grid.sharedString(1, 7, 0);
    grid.number(2, 1, 0);
    const { left, cells } = grid.finish();
    expect(left).toBe(2);
    expect(rows(cells)).toEqual([[1]]);
  });

  it("lists a formula without a value as uncalculated and widens its row to it", () => {
    const grid = builder();
    grid.beginRow(2);
    grid.number(1, 5, 0);
    grid.cell(3, null, 0, true);
    const { cells, uncalculated } = grid.finish();
    expect(rows(cells)).toEqual([[5, null, null]]);
    expect(uncalculated).toEqual(["C2"]);
  });

  it("merges a row the XML gives twice: the later element wins where both hold a value", () => {
    const grid = builder();
    grid.beginRow(1);
    grid.number(1, 1, 0);
    grid.number(2, 2, 1);
    grid.beginRow(2);
    grid.number(1, 10, 0);
    grid.beginRow(1);
    grid.number(2, 20, 0);
    grid.number(4, 40, 0);
    const { cells } = grid.finish();
    expect(rows(cells)).toEqual([[1, 20, null, 40], [10]]);
    expect(cells.format(0, 1)).toBeNull();
  });

  it("forgets a row given back by the fast path, so the general path can read it again", () => {
    const grid = builder();
    grid.beginRow(1);
    grid.number(1, 1, 0);
    grid.beginRow(2);
    const mark = grid.cellCount;
    grid.number(2, 99, 1);
    grid.sharedString(3, 2, 0);
    grid.abandonRow(mark);
    expect(grid.cellCount).toBe(mark);
    grid.beginRow(2);
    grid.number(3, 3, 0);
    const { cells } = grid.finish();
    expect(rows(cells)).toEqual([[1], [null, null, 3]]);
    expect(cells.format(1, 1)).toBeNull();
  });

  it("clears every cell a merge covers but its top-left one", () => {
    const grid = builder();
    for (const r of [1, 2]) {
      grid.beginRow(r);
      for (let c = 1; c <= 3; c++) grid.number(c, r * 10 + c, 0);
    }
    grid.merge({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(rows(grid.finish().cells)).toEqual([
      [11, null, 13],
      [null, null, 23],
    ]);
  });

  it("holds rows far apart without the rows in between", () => {
    const grid = builder();
    grid.beginRow(1);
    grid.sharedString(1, 0, 0);
    grid.beginRow(1_048_576);
    grid.number(16_384, 7, 0);
    const { cells } = grid.finish();
    expect(cells.height).toBe(1_048_576);
    expect([cells.value(0, 0), cells.value(1_048_575, 16_383), cells.width(500)]).toEqual(["zero", 7, 0]);
  });

  it("reads the same whatever row count the sheet's dimension claims", () => {
    const read = (claimed: number | null) => {
      const grid = builder();
      if (claimed !== null) grid.expectRows(claimed);
      for (let r = 1; r <= 300; r++) {
        grid.beginRow(r);
        grid.number(1, r, 0);
        if (r % 3 === 0) grid.sharedString(4, r % 3, 1);
      }
      return rows(grid.finish().cells);
    };
    const honest = read(null);
    expect(honest[299]).toEqual([300, null, null, "zero"]);
    for (const claimed of [300, 2, 1_048_576, -5, Number.NaN]) expect(read(claimed)).toEqual(honest);
  });

  it("numbers more formats than 65,535 without wrapping", () => {
    const formats = Array.from({ length: 70_000 }, (_, i) => `0.${"0".repeat(i % 7)}"#${i}"`);
    const grid = builder(DEFAULT_XLSX_LIMITS, formats);
    grid.beginRow(1);
    grid.number(1, 1, 69_999);
    grid.number(2, 2, 3);
    const { cells } = grid.finish();
    expect([cells.format(0, 0), cells.format(0, 1)]).toEqual([formats[69_999], formats[3]]);
  });

  it("stops a sheet over the cell limit, or with cells past column XFD", () => {
    const few = builder({ ...DEFAULT_XLSX_LIMITS, maxCellsPerSheet: 3 });
    few.beginRow(1);
    for (let c = 1; c <= 3; c++) few.number(c, c, 0);
    expect(() => few.number(4, 4, 0)).toThrow(new SheetTooLargeError("it has more than 3 cells"));
    const wide = builder();
    wide.beginRow(1);
    expect(() => wide.number(16_385, 1, 0)).toThrow(SheetTooLargeError);
  });

  it("stops a sheet whose columns span more positions than the limit", () => {
    // Each column's cells lie a row apart, so together the columns span about 750 positions.
    const grid = builder({ ...DEFAULT_XLSX_LIMITS, maxGridSlotsPerSheet: 500 });
    const fill = () => {
      for (let r = 1; r <= 200; r++) {
        grid.beginRow(r);
        grid.number(1 + (r % 2) * 5, r, 0);
        grid.number(2 + (r % 2) * 5, r, 0);
        if (r % 50 === 0) grid.number(20, r, 0);
      }
    };
    expect(fill).toThrow(/spread over more than 500 grid positions/);
  });
});
