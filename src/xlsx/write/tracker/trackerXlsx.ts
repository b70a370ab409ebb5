/**
 * Renders a `TrackerSheets` description (the example portfolio, bench and test fixtures) as .xlsx
 * bytes: `{date}` cells as date serials with a date format, `{percent}` as numbers with `0%`,
 * `{error}` as Excel error values, text always as text (never a formula). Title rows sit above a
 * bold, filled header with an autofilter; panes freeze below it.
 *
 * @example trackerXlsxBytes(generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: "2026-11-30" }))
 */
import { columnLetters } from "../../../core/model/a1";
import type { RawScalar } from "../../../core/model/raw";
import { specCellFormat, specCellValue } from "../../../core/example/specCells";
import type { SheetSpec, TrackerSheets } from "../../../core/example/trackerSheets";
import { isDateCell, isErrorCell } from "../../../core/example/trackerSheets";
import { cellXml, errorCellXml } from "../cellXml";
import { Relationships } from "../relationships";
import type { StyleTable } from "../styleTable";
import { XlsxPackage, type PackageSheet } from "../xlsxPackage";
import { writeWorksheetXml } from "../worksheetXml";
import type { PartWriter } from "../zip/partWriter";
import { writeZip } from "../zip/writeZip";
import { PORTABLE_ZIP_CODEC, type ZipCodec } from "../zip/zipCodec";

export interface TrackerXlsxOptions {
  /** Document date and zip entry dates; defaults to now. */
  readonly timestamp?: Date;
  readonly codec?: ZipCodec;
}

const HEADER_FILL = "DCE6F1";
const NOTE_COLOUR = "595959";
/** Column widths are measured on the first rows only: O(1) per sheet, good enough for looks. */
const ROWS_MEASURED = 200;

export function trackerXlsxBytes(spec: TrackerSheets, options: TrackerXlsxOptions = {}): Uint8Array {
  const timestamp = options.timestamp ?? new Date();
  const codec = options.codec ?? PORTABLE_ZIP_CODEC;
  const pkg = new XlsxPackage({ name: "Calibri", size: 11 }, codec);
  spec.sheets.forEach((sheet, i) => pkg.addSheet(trackerSheet(sheet, pkg, i === 0)));
  return writeZip(pkg.entries(timestamp), timestamp, codec);
}

function trackerSheet(sheet: SheetSpec, pkg: XlsxPackage, first: boolean): PackageSheet {
  const titleRows = sheet.titleRows ?? [];
  const headerRow = titleRows.length + 1;
  const width = Math.max(1, sheet.header.length);
  const lastRow = headerRow + sheet.rows.length;
  const range = `A${headerRow}:${columnLetters(width)}${lastRow}`;
  return {
    name: sheet.name,
    rels: new Relationships(),
    xml: pkg.writePart((writer) =>
      writeWorksheetXml(
        {
          dimension: `A1:${columnLetters(width)}${lastRow}`,
          selected: first,
          showGridLines: true,
          freeze: { rows: headerRow, cols: 0 },
          columnWidths: sheet.header.map((_h, c) => ({ col: c + 1, width: columnWidth(sheet, c) })),
          writeRows: (sink) => {
            titleRows.forEach((values, i) => sink.write(titleRowXml(values, i + 1, pkg, i === 0)));
            sink.write(headerRowXml(sheet.header, headerRow, pkg));
            writeDataRows(sheet, headerRow, pkg, sink);
          },
          autoFilter: range,
          merges: [],
          pageSetup: { orientation: "landscape" },
          tableRelIds: [],
        },
        writer,
      ),
    ),
  };
}

function titleRowXml(values: readonly RawScalar[], row: number, pkg: XlsxPackage, title: boolean): string {
  const style = pkg.styles.cellXf({
    font: title ? { bold: true, size: 14 } : { italic: true, color: NOTE_COLOUR },
  });
  const cells = values.map((value, c) => cellXml(`${columnLetters(c + 1)}${row}`, value, style, pkg.strings));
  return `<row r="${row}">${cells.join("")}</row>`;
}

function headerRowXml(header: readonly string[], row: number, pkg: XlsxPackage): string {
  const style = pkg.styles.cellXf({ font: { bold: true }, fill: HEADER_FILL, borderBottom: "auto" });
  const cells = header.map((text, c) => cellXml(`${columnLetters(c + 1)}${row}`, text, style, pkg.strings));
  return `<row r="${row}">${cells.join("")}</row>`;
}

function writeDataRows(sheet: SheetSpec, headerRow: number, pkg: XlsxPackage, sink: PartWriter): void {
  const formats = sheet.columnFormats ?? {};
  const letters = sheet.header.map((_h, c) => columnLetters(c + 1));
  const styleOf = formatStyles(pkg.styles);
  sheet.rows.forEach((cells, r) => {
    const row = headerRow + 1 + r;
    let xml = "";
    cells.forEach((cell, c) => {
      const ref = `${letters[c] ?? columnLetters(c + 1)}${row}`;
      const value = specCellValue(sheet, r, c, cell);
      const style = styleOf(specCellFormat(cell, formats[c]));
      xml +=
        isErrorCell(cell) && typeof value === "string"
          ? errorCellXml(ref, value, style)
          : cellXml(ref, value, style, pkg.strings);
    });
    sink.write(`<row r="${row}">${xml}</row>`);
  });
}

/** Style index per number format (null = the default style), looked up once per format. */
function formatStyles(styles: StyleTable): (format: string | null) => number {
  const cache = new Map<string, number>();
  return (format) => {
    if (format === null) return 0;
    let index = cache.get(format);
    if (index === undefined) {
      index = styles.cellXf({ numFmt: format });
      cache.set(format, index);
    }
    return index;
  };
}

function columnWidth(sheet: SheetSpec, c: number): number {
  let widest = (sheet.header[c] ?? "").length + 2;
  const measured = Math.min(sheet.rows.length, ROWS_MEASURED);
  for (let r = 0; r < measured; r++) {
    const cell = sheet.rows[r]?.[c] ?? null;
    const length =
      cell === null ? 0 : typeof cell === "object" ? (isDateCell(cell) ? 11 : 6) : String(cell).length;
    widest = Math.max(widest, length + 2);
  }
  return Math.min(50, Math.max(8, widest));
}
