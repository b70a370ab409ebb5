/**
 * Range proxy of the test double: values, number formats, hyperlinks, merges, formats, conditional
 * formats and `select()` (recorded as the workbook's selection, like the user's cursor).
 */
import type { Bounds } from "./fakeA1";
import { MAX_COLUMNS, MAX_ROWS, boundsIntersect, formatBounds, quoteSheet } from "./fakeA1";
import { FakeConditionalFormatCollection } from "./fakeConditionalFormats";
import { FakeDataValidationProxy } from "./fakeDataValidation";
import type { FakeContext } from "./fakeContext";
import { officeError } from "./fakeErrors";
import { FakeRangeFormat } from "./fakeFormat";
import { FakeObject } from "./fakeObject";
import { FakeRangeAreas } from "./fakeRangeAreas";
import type { CellValue, FakeCell, Hyperlink, RangeRef } from "./fakeState";
import { enterTypedValue, enterValue, ensureCell, getCell } from "./fakeState";

type Grid<T> = T | T[][];

export function isWholeSheet(b: Bounds): boolean {
  return b.top === 1 && b.left === 1 && b.bottom === MAX_ROWS && b.right === MAX_COLUMNS;
}

export function rangeAddress(ref: RangeRef): string {
  return `${quoteSheet(ref.sheet.name)}!${formatBounds(ref.bounds)}`;
}

function rows(b: Bounds): number {
  return b.bottom - b.top + 1;
}

function cols(b: Bounds): number {
  return b.right - b.left + 1;
}

function readGrid<T>(ref: RangeRef, pick: (cell: FakeCell | undefined) => T): T[][] {
  const out: T[][] = [];
  for (let r = ref.bounds.top; r <= ref.bounds.bottom; r++) {
    const row: T[] = [];
    for (let c = ref.bounds.left; c <= ref.bounds.right; c++) row.push(pick(getCell(ref.sheet, r, c)));
    out.push(row);
  }
  return out;
}

/** Applies a scalar to every cell or a 2D array of exactly the range's shape; `null` leaves a cell as it is. */
function writeGrid<T>(
  ref: RangeRef,
  input: Grid<T | null>,
  what: string,
  apply: (cell: FakeCell, v: T) => void,
): void {
  const { bounds } = ref;
  if (Array.isArray(input)) {
    if (
      input.length !== rows(bounds) ||
      input.some((row) => !Array.isArray(row) || row.length !== cols(bounds))
    ) {
      throw officeError(
        "InvalidArgument",
        `The ${what} array does not match the size of range ${formatBounds(bounds)}.`,
        `Range.${what}`,
      );
    }
  }
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    for (let c = bounds.left; c <= bounds.right; c++) {
      const v = Array.isArray(input) ? input[r - bounds.top]?.[c - bounds.left] : input;
      if (v !== null && v !== undefined) apply(ensureCell(ref.sheet, r, c), v as T);
    }
  }
}

export class FakeRange extends FakeObject<RangeRef> {
  constructor(ctx: FakeContext, resolver: () => RangeRef | null) {
    super(ctx, resolver, "Range");
  }

  protected override isGone(ref: RangeRef): boolean {
    return ref.sheet.deleted;
  }

  protected readProperty(ref: RangeRef, name: string): unknown {
    const b = ref.bounds;
    switch (name) {
      case "address":
        return rangeAddress(ref);
      case "rowIndex":
        return b.top - 1;
      case "columnIndex":
        return b.left - 1;
      case "rowCount":
        return rows(b);
      case "columnCount":
        return cols(b);
      case "values":
        return readGrid<CellValue>(ref, (cell) => cell?.value ?? "");
      case "numberFormat":
        return readGrid(ref, (cell) => cell?.numberFormat ?? "General");
      case "formulas":
        return readGrid<CellValue>(ref, (cell) => cell?.formula ?? cell?.value ?? "");
      default:
        throw officeError("InvalidArgument", `Range has no property ${name} in the test double.`);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): CellValue[][] {
    return this.get("values");
  }
  set values(input: Grid<CellValue | null>) {
    this.queue("values", input, (ref) => writeGrid(ref, input, "values", enterValue));
  }
  /**
   * ExcelApi 1.16 (Range.valuesAsJson reference); on an older host the property does not exist,
   * which Office.js reports as ApiNotFound.
   */
  set valuesAsJson(input: { type: string; basicValue?: unknown }[][]) {
    this.queue("valuesAsJson", input, (ref) => {
      if (this.ctx.state.excelApiMinor < 16) {
        throw officeError("ApiNotFound", "Range.valuesAsJson needs ExcelApi 1.16.", "Range.valuesAsJson");
      }
      writeGrid(ref, input, "valuesAsJson", enterTypedValue);
    });
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(input: Grid<string | null>) {
    this.queue("numberFormat", input, (ref) =>
      writeGrid(ref, input, "numberFormat", (cell, v: string) => (cell.numberFormat = v)),
    );
  }
  get formulas(): CellValue[][] {
    return this.get("formulas");
  }
  set hyperlink(link: Hyperlink) {
    this.queue("hyperlink", link, (ref) => {
      if (rows(ref.bounds) * cols(ref.bounds) !== 1) {
        throw officeError("InvalidArgument", "A hyperlink is set on one cell here.", "Range.hyperlink");
      }
      const cell = ensureCell(ref.sheet, ref.bounds.top, ref.bounds.left);
      cell.hyperlink = { ...link };
      // Excel shows textToDisplay as the cell's text, literally.
      if (link.textToDisplay !== undefined) {
        delete cell.formula;
        cell.value = link.textToDisplay;
      }
    });
  }

  /**
   * ExcelApi 1.9: each cell's fill colour as `#RRGGBB`, `#FFFFFF` for a cell without a fill (as
   * Excel reports it), in `value` after the sync. Only `format/fill/color` is modelled.
   */
  getCellProperties(spec: { format?: { fill?: { color?: boolean } } }): {
    readonly value: { format: { fill: { color: string } } }[][];
  } {
    let value: { format: { fill: { color: string } } }[][] | undefined;
    this.ctx.enqueue("Range.getCellProperties", spec, () => {
      if (this.ctx.state.excelApiMinor < 9) {
        throw officeError(
          "ApiNotFound",
          "Range.getCellProperties needs ExcelApi 1.9.",
          "Range.getCellProperties",
        );
      }
      const grid = readGrid(this.entity(), (cell) => ({
        format: { fill: { color: cell?.format.fill ?? "#FFFFFF" } },
      }));
      return { response: grid, commit: () => (value = grid) };
    });
    return {
      get value() {
        if (value === undefined)
          throw officeError("PropertyNotLoaded", "The cell properties are not available before a sync.");
        return value;
      },
    };
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => this.tryEntity());
  }

  merge(across = false): void {
    this.queue("merge", { across }, (ref) => {
      const b = ref.bounds;
      if (ref.sheet.merges.some((m) => boundsIntersect(m, b)))
        throw officeError("InvalidOperation", `Merge ${formatBounds(b)} overlaps another merge.`);
      if (across) {
        for (let r = b.top; r <= b.bottom; r++)
          ref.sheet.merges.push({ top: r, bottom: r, left: b.left, right: b.right });
      } else {
        ref.sheet.merges.push({ ...b });
      }
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.ctx, () => this.tryEntity());
  }

  get dataValidation(): FakeDataValidationProxy {
    return new FakeDataValidationProxy(this.ctx, () => this.tryEntity());
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, () => this.tryEntity());
  }

  /** Activates the range's sheet and selects the range; a hidden sheet cannot be selected, as in Excel. */
  select(): void {
    this.queue("select", null, (ref) => {
      if (ref.sheet.visibility !== "Visible") {
        throw officeError("InvalidOperation", "A range on a hidden sheet cannot be selected.");
      }
      this.ctx.state.activeSheetId = ref.sheet.id;
      this.ctx.state.selection = { sheetId: ref.sheet.id, address: rangeAddress(ref) };
    });
  }
}
