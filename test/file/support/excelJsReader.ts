import { ValueType, Workbook } from "exceljs";
import type { Cell, Worksheet } from "exceljs";
import JSZip from "jszip";
import { parseRangeAddress } from "../../../src/core/model/a1";
import type { RawListObject, RawScalar, RawSheet, RawWorkbook } from "../../../src/core/model/raw";
import { convertCellValue } from "./excelJsCellValue";
import { rowsGrid } from "../../../src/core/model/rowsGrid";

/**
 * The reader PMO Pulse used before its own (ExcelJS 4.4.0's whole-workbook reader), kept for
 * the tests as the reference the new reader is compared with on every fixture workbook.
 */
interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Cells that occupy the sheet: values, formulas and the covered cells of merged ranges. */
function eachOccupiedCell(sheet: Worksheet, visit: (cell: Cell, row: number, col: number) => void): void {
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => visit(cell, rowNumber, colNumber));
  });
}

function usedBounds(sheet: Worksheet): Bounds | null {
  let bounds: Bounds | null = null;
  eachOccupiedCell(sheet, (_cell, row, col) => {
    if (bounds === null) {
      bounds = { top: row, left: col, bottom: row, right: col };
      return;
    }
    bounds.top = Math.min(bounds.top, row);
    bounds.left = Math.min(bounds.left, col);
    bounds.bottom = Math.max(bounds.bottom, row);
    bounds.right = Math.max(bounds.right, col);
  });
  return bounds;
}

function numberFormatOf(cell: Cell): string | null {
  const format = cell.numFmt;
  return typeof format === "string" && format !== "" && format !== "General" ? format : null;
}

/** ExcelJS keeps a read table's model in `table` (its typings do not describe it). */
function tableModel(table: unknown): { name: string; ref: string } | null {
  if (typeof table !== "object" || table === null || !("table" in table)) return null;
  const model = table.table;
  if (typeof model !== "object" || model === null) return null;
  const name = "name" in model ? model.name : undefined;
  const ref = "tableRef" in model ? model.tableRef : "ref" in model ? model.ref : undefined;
  return typeof name === "string" && typeof ref === "string" ? { name, ref } : null;
}

function listObjectsOf(sheet: Worksheet, rowFlags: ReadonlyMap<string, TableRowFlags>): RawListObject[] {
  const listObjects: RawListObject[] = [];
  for (const table of sheet.getTables() as unknown[]) {
    const model = tableModel(table);
    const range = model === null ? null : parseRangeAddress(model.ref);
    if (model === null || range === null) continue;
    const flags = rowFlags.get(model.name);
    listObjects.push({
      name: model.name,
      ...range,
      hasHeader: flags?.hasHeader ?? true,
      totalsRowCount: flags?.totalsRowCount ?? 0,
    });
  }
  return listObjects;
}

/**
 * One worksheet as a RawSheet: the grid of its used range (the bounding box of cells holding a
 * value or formula, plus merged areas; formatting alone does not count), with number formats,
 * uncalculated formulas, merged ranges (value kept only in the top-left cell) and Excel tables.
 * Rows are ragged: each ends at its last occupied cell.
 */
function sheetToRaw(
  sheet: Worksheet,
  date1904: boolean,
  rowFlags: ReadonlyMap<string, TableRowFlags>,
): RawSheet {
  const bounds = usedBounds(sheet);
  const listObjects = listObjectsOf(sheet, rowFlags);
  if (bounds === null) {
    return {
      name: sheet.name,
      top: 1,
      left: 1,
      cells: rowsGrid([]),
      uncalculated: [],
      listObjects,
      merges: [],
    };
  }
  const { top, left } = bounds;
  const values: RawScalar[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = top; r <= bounds.bottom; r++) {
    values.push([]);
    formats.push([]);
  }
  const uncalculated: string[] = [];
  const merges = new Map<string, Bounds>();

  eachOccupiedCell(sheet, (cell, row, col) => {
    const valueRow = values[row - top];
    const formatRow = formats[row - top];
    if (valueRow === undefined || formatRow === undefined) return;
    const index = col - left;
    while (valueRow.length < index) {
      valueRow.push(null);
      formatRow.push(null);
    }
    if (cell.type === ValueType.Merge) {
      // ExcelJS repeats the master's value in every covered cell; Office.js gives null there.
      valueRow.push(null);
      formatRow.push(null);
      const master = cell.master.fullAddress;
      const merge = merges.get(master.address);
      if (merge === undefined) {
        merges.set(master.address, { top: master.row, left: master.col, bottom: row, right: col });
      } else {
        merge.bottom = Math.max(merge.bottom, row);
        merge.right = Math.max(merge.right, col);
      }
      return;
    }
    const converted = convertCellValue(cell.value, date1904);
    valueRow.push(converted.value);
    formatRow.push(numberFormatOf(cell));
    if (converted.uncalculated) uncalculated.push(cell.address);
  });

  return {
    name: sheet.name,
    top,
    left,
    cells: rowsGrid(values, formats),
    uncalculated,
    listObjects,
    merges: [...merges.values()],
  };
}

const TABLE_ROOT = /<(?:[A-Za-z_][\w.-]*:)?table\b([^>]*)>/;

interface TableRowFlags {
  readonly hasHeader: boolean;
  readonly totalsRowCount: number;
}

/** Table name → header and totals rows (ExcelJS reads a table without `headerRowCount` as headerless). */
async function readTableHeaderFlags(zip: JSZip): Promise<Map<string, TableRowFlags>> {
  const flags = new Map<string, TableRowFlags>();
  for (const part of zip.file(/^xl\/tables\/[^/]+\.xml$/)) {
    const root = TABLE_ROOT.exec(await part.async("string"))?.[1] ?? "";
    const name = /\bname="([^"]*)"/.exec(root)?.[1];
    if (name === undefined) continue;
    const totals = Number(/\btotalsRowCount="([^"]*)"/.exec(root)?.[1] ?? "0");
    flags.set(name, {
      hasHeader: Number(/\bheaderRowCount="([^"]*)"/.exec(root)?.[1] ?? "1") > 0,
      totalsRowCount: Number.isInteger(totals) && totals > 0 ? 1 : 0,
    });
  }
  return flags;
}

/** Reads .xlsx bytes the way the ExcelJS-based reader did. */
export async function readWithExcelJs(data: Buffer, fileName: string): Promise<RawWorkbook> {
  const zip = await JSZip.loadAsync(data);
  const headerFlags = await readTableHeaderFlags(zip);
  const workbook = new Workbook();
  // Data validation is skipped, as the product reader did: ExcelJS expands each range cell by cell.
  await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0], {
    ignoreNodes: ["dataValidations"],
  });
  const date1904 = workbook.properties.date1904 === true;
  const sheets: RawSheet[] = [];
  workbook.eachSheet((sheet) => {
    sheets.push(sheetToRaw(sheet, date1904, headerFlags));
  });
  return { file: fileName, date1904, sheets };
}
