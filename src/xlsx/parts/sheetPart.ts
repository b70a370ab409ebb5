import { parseRangeAddress } from "../../core/model/a1";
import type { CellFill, RawScalar } from "../../core/model/raw";
import type { XlsxLimits } from "../limits";
import { isMain, isOfficeRelationships } from "../namespaces";
import { scanPart, type ReadSteps } from "../readSteps";
import type { XmlAttributes, XmlHandler } from "../xml/xmlScanner";
import { referenceColumn, unsignedInteger } from "./cellReference";
import { cellValueOf, formulaValueOf } from "./cellValue";
import type { Grid } from "./gridBuilder";
import { GridBuilder } from "./gridBuilder";
import { PlainCell, scanPlainCell } from "./plainCell";
import { isRowEnd, isXmlSpace, PlainRow, scanRowStart } from "./plainRow";
import { StringItemText } from "./sharedStrings";

export interface SheetContent {
  readonly grid: Grid;
  /** Relationship ids of the sheet's table parts. */
  readonly tableRelationshipIds: readonly string[];
  /** Valueless cells with a solid fill (a RAG given by colour alone), at most `MAX_FILLS`. */
  readonly fills: readonly CellFill[];
}

/** Coloured empty cells kept per sheet: a status column's worth many times over, never a whole banded sheet's. */
export const MAX_FILLS = 100_000;

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Style index → number format. */
  readonly cellFormats: readonly (string | null)[];
  /** Style index → solid fill colour (RRGGBB), for cells without a value; absent: none kept. */
  readonly cellFills?: readonly (string | null)[];
  readonly date1904: boolean;
  readonly limits: XlsxLimits;
  /**
   * The sheet's stored runs are left out (see leaveOutRuns): its `<dimension>` counts rows that
   * will not come, so columns are not made that long (a 36-period history claims 231,670 rows).
   */
  readonly runsLeftOut?: boolean;
}

/**
 * Streams one worksheet part: `<sheetData>` rows and cells into a GridBuilder, then merges and
 * table parts. Only what RawSheet needs is kept; styles are looked up to a number format per cell.
 * Plain cells (nearly all of them) are read whole by `scanPlainCell`; the rest cell by element.
 */
export class SheetHandler implements XmlHandler {
  readonly grid: GridBuilder;
  readonly tableRelationshipIds: string[] = [];
  private readonly inline = new StringItemText();
  private inSheetData = false;
  private row = 0;
  private col = 0;
  // The cell being read.
  private inCell = false;
  private cellType: string | null = null;
  private cellStyle = 0;
  private valueText: string | null = null;
  private inValue = false;
  private hasFormula = false;
  private inInline = false;
  private hasInline = false;
  private readonly plain = new PlainCell();
  private readonly plainRow = new PlainRow();
  /** Valueless filled cells by row × 16,384 + column (a row read twice, fast then general, keeps one). */
  readonly fills = new Map<number, CellFill>();

  /** `fastCells: false` reads every cell element by element (the tests compare both paths). */
  constructor(
    private readonly context: SheetContext,
    private readonly fastCells = true,
  ) {
    this.grid = new GridBuilder(context.limits, context.sharedStrings, context.cellFormats);
  }

  /**
   * The scanner's fast path, in the main namespace: a whole `<row>` whose cells are all plain, or
   * one plain `<c>`, read as `openRow`/`closeCell` would read them; -1 leaves it to the scanner.
   */
  element(s: string, lt: number, defaultNs: string): number {
    if (!this.fastCells || !this.inSheetData || this.inCell || !isMain(defaultNs) || lt + 1 >= s.length)
      return -1;
    const next = s.charCodeAt(lt + 1);
    if (next === 99 /* c */) return this.plainCell(s, lt) ? this.plain.end : -1;
    if (next === 114 /* r */) return this.plainRowAt(s, lt);
    return -1;
  }

  private plainCell(s: string, lt: number): boolean {
    const plain = this.plain;
    if (!scanPlainCell(s, lt, this.context.limits.maxXmlTokenChars, plain)) return false;
    this.col = plain.col > 0 ? plain.col : this.col + 1;
    const type = plain.type;
    const style = Math.max(0, plain.style);
    // Digits only: what `cellValueOf` gives for a number or a shared string, without the text.
    if (plain.digits >= 0) {
      if (type === "s") this.grid.sharedString(this.col, plain.digits, style);
      else this.grid.number(this.col, plain.digits, style);
      return true;
    }
    const { sharedStrings, date1904 } = this.context;
    const valueOf = plain.formula ? formulaValueOf : cellValueOf;
    const value = type === "inlineStr" ? plain.value : valueOf(type, plain.value, sharedStrings, date1904);
    // As `closeCell`: a formula without a value is kept as uncalculated, any other empty cell is not.
    if (value !== null || plain.formula) this.grid.cell(this.col, value, style, value === null);
    else this.keepFill(style);
    return true;
  }

  /** A valueless cell's solid fill, if its style has one (a RAG given by colour alone). */
  private keepFill(style: number): void {
    const rgb = this.context.cellFills?.[style];
    if (rgb === undefined || rgb === null || this.fills.size >= MAX_FILLS) return;
    this.fills.set(this.row * 16_384 + this.col, { row: this.row, col: this.col, rgb });
  }

  /**
   * A row read whole when it ends in this chunk and holds nothing but plain cells; otherwise the
   * cells read so far are taken back and the general path reads the row from its start.
   */
  private plainRowAt(s: string, lt: number): number {
    const row = this.plainRow;
    if (!scanRowStart(s, lt, row)) return -1;
    const previousRow = this.row;
    const previousCol = this.col;
    this.beginRow(row.r);
    if (row.selfClosing) {
      this.grid.endRow();
      return row.end;
    }
    let p = row.end;
    const mark = this.grid.cellCount;
    for (;;) {
      // Whitespace between the elements (an exporter that indents its XML) means nothing.
      while (p < s.length && isXmlSpace(s.charCodeAt(p))) p++;
      if (isRowEnd(s, p)) {
        this.grid.endRow();
        return p + 6;
      }
      if (p + 1 >= s.length || s.charCodeAt(p) !== 60 || s.charCodeAt(p + 1) !== 99 || !this.plainCell(s, p))
        break;
      p = this.plain.end;
    }
    this.grid.abandonRow(mark);
    this.row = previousRow;
    this.col = previousCol;
    return -1;
  }

  private beginRow(r: number): void {
    this.row = r >= 1 && r <= 1_048_576 ? r : this.row + 1;
    this.col = 0;
    this.grid.beginRow(this.row);
  }

  open(ns: string, local: string, attributes: XmlAttributes): boolean {
    if (!isMain(ns)) return false;
    if (this.inCell) return this.openInCell(local);
    switch (local) {
      case "sheetData":
        this.inSheetData = true;
        break;
      case "row":
        if (this.inSheetData) this.openRow(attributes);
        break;
      case "c":
        if (this.inSheetData) this.openCell(attributes);
        break;
      case "dimension": {
        const range = parseRangeAddress(attributes.get("ref") ?? "");
        if (range !== null && !this.inSheetData && this.context.runsLeftOut !== true) {
          this.grid.expectRows(range.bottom);
        }
        break;
      }
      case "mergeCell": {
        const range = parseRangeAddress(attributes.get("ref") ?? "");
        if (range !== null) this.grid.merge(range);
        break;
      }
      case "tablePart": {
        const id = attributes.getNs(isOfficeRelationships, "id");
        if (id !== null) this.tableRelationshipIds.push(id);
        break;
      }
    }
    return false;
  }

  private openRow(attributes: XmlAttributes): void {
    const r = Number(attributes.get("r"));
    this.beginRow(Number.isInteger(r) ? r : -1);
  }

  private openCell(attributes: XmlAttributes): void {
    const col = attributes.parseInPlace("r", referenceColumn);
    this.col = col > 0 ? col : this.col + 1;
    this.inCell = true;
    this.cellType = attributes.get("t");
    this.cellStyle = Math.max(0, attributes.parseInPlace("s", unsignedInteger));
    this.valueText = null;
    this.hasFormula = false;
    this.hasInline = false;
  }

  /** An element inside `<c>`; returns true for the ones whose text is the value. */
  private openInCell(local: string): boolean {
    if (this.inInline) return this.inline.open(local);
    if (local === "v") {
      this.inValue = true;
      this.valueText = "";
      return true;
    }
    if (local === "f") {
      this.hasFormula = true;
    } else if (local === "is") {
      this.inInline = true;
      this.hasInline = true;
    }
    return false;
  }

  close(ns: string, local: string): boolean {
    if (!isMain(ns)) return false;
    if (this.inInline) {
      if (local === "is") this.inInline = false;
      else this.inline.close(local);
    } else if (this.inValue && local === "v") {
      this.inValue = false;
    } else if (this.inCell && local === "c") {
      this.closeCell();
    } else if (local === "row" && this.inSheetData) {
      this.grid.endRow();
    } else if (local === "sheetData") {
      this.inSheetData = false;
    }
    return false;
  }

  private closeCell(): void {
    this.inCell = false;
    const { sharedStrings, date1904 } = this.context;
    const text = this.valueText;
    let value: RawScalar;
    if (this.cellType === "inlineStr") value = this.hasInline ? this.inline.take() : text;
    else
      value = (this.hasFormula ? formulaValueOf : cellValueOf)(this.cellType, text, sharedStrings, date1904);
    const uncalculated = this.hasFormula && value === null;
    if (value === null && !uncalculated) {
      this.keepFill(this.cellStyle);
      return;
    }
    this.grid.cell(this.col, value, this.cellStyle, uncalculated);
  }

  text(text: string): void {
    if (this.inInline) this.inline.text(text);
    else if (this.valueText !== null) this.valueText += text;
  }
}

/** Reads one worksheet part. Throws on XML that is not well formed or a sheet over the limits. */
export function* readSheetPart(partName: string, context: SheetContext): ReadSteps<SheetContent> {
  const handler = new SheetHandler(context);
  yield* scanPart(partName, handler);
  return {
    grid: handler.grid.finish(),
    tableRelationshipIds: handler.tableRelationshipIds,
    fills: [...handler.fills.values()],
  };
}
