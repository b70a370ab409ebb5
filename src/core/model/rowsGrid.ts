import type { RawGrid, RawScalar } from "./raw";

/**
 * A grid over row arrays, as Office.js gives a used range (`values`, `numberFormat`); rows may be
 * ragged, and formats absent or shorter than the values (read as "General").
 */
class RowsGrid implements RawGrid {
  constructor(
    private readonly values: readonly (readonly RawScalar[])[],
    private readonly formats: readonly (readonly (string | null)[])[],
  ) {}

  get height(): number {
    return this.values.length;
  }

  width(r: number): number {
    return this.values[r]?.length ?? 0;
  }

  value(r: number, c: number): RawScalar {
    return this.values[r]?.[c] ?? null;
  }

  format(r: number, c: number): string | null {
    return this.formats[r]?.[c] ?? null;
  }

  copyRow(r: number, out: RawScalar[]): number {
    const row = this.values[r] ?? [];
    for (let c = 0; c < row.length; c++) out[c] = row[c] ?? null;
    return row.length;
  }
}

export function rowsGrid(
  values: readonly (readonly RawScalar[])[],
  formats: readonly (readonly (string | null)[])[] = [],
): RawGrid {
  return new RowsGrid(values, formats);
}
