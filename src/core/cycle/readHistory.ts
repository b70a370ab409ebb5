import { isoFromDay } from "../model/calendar";
import type { RawListObject, RawScalar, RawSheet, RawWorkbook } from "../model/raw";
import { dayFromSerial } from "../values/serialDate";
import type { History } from "./history";
import { PORTFOLIO_HISTORY, PROJECT_HISTORY, RISK_HISTORY, type HistoryTableDef } from "./historyTables";
import { gridRow } from "../model/gridRows";

/** The owned sheet that carries the history from one month to the next. */
export const HISTORY_SHEET = "PMO History";

type Parsed = string | number | boolean | null;

function dateValue(value: RawScalar, date1904: boolean): string | null {
  if (typeof value === "number") {
    const day = dayFromSerial(value, date1904);
    return day === null ? null : isoFromDay(day);
  }
  if (typeof value === "string") {
    const text = value.trim().slice(0, 10);
    return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
  }
  return null;
}

function numberValue(value: RawScalar): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function textValue(value: RawScalar): string | null {
  if (value === null) return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

function booleanValue(value: RawScalar): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  return typeof value === "string" && ["true", "yes", "1"].includes(value.trim().toLowerCase());
}

function parse(kind: string, value: RawScalar, date1904: boolean): Parsed {
  switch (kind) {
    case "date":
      return dateValue(value, date1904);
    case "text":
      return textValue(value);
    case "boolean":
      return booleanValue(value);
    default:
      return numberValue(value);
  }
}

/** A history table's rows from cell rows, a column's cells at `indexes[i]` (-1: absent). */
function parseRows<Row>(
  def: HistoryTableDef<Row>,
  cellRows: Iterable<readonly RawScalar[]>,
  indexes: readonly number[],
  date1904: boolean,
): Row[] {
  const columns = def.columns.map((column, i) => ({
    key: column.key as string,
    kind: column.kind,
    index: indexes[i] ?? -1,
  }));
  const required = def.required as readonly string[];
  const rows: Row[] = [];
  for (const cells of cellRows) {
    // An empty row has no As Of (a stored history's rows, left unread, leave the table's range empty).
    if (cells.length === 0) continue;
    const record: Record<string, Parsed> = {};
    for (const column of columns) {
      record[column.key] =
        column.index < 0 ? null : parse(column.kind, cells[column.index] ?? null, date1904);
    }
    // A row without its As Of or ID is dropped (it names no period or thing).
    if (required.every((key) => record[key] !== null)) rows.push(record as Row);
  }
  return rows;
}

/** The data rows of a table as stored in the grid (rows past the grid's end hold nothing). */
function* tableCells(sheet: RawSheet, table: RawListObject): Generator<readonly RawScalar[]> {
  const last = Math.min(table.bottom, sheet.top + sheet.cells.height - 1);
  for (let row = table.top + (table.hasHeader ? 1 : 0); row <= last; row++) {
    yield gridRow(sheet.cells, row - sheet.top);
  }
}

/** Rows of one history table, its columns found by header (the first of a repeated header). */
function readTable<Row>(
  sheet: RawSheet,
  table: RawListObject,
  def: HistoryTableDef<Row>,
  date1904: boolean,
): Row[] {
  const headerRow = gridRow(sheet.cells, table.top - sheet.top);
  const columnOf = new Map<string, number>();
  for (let col = table.left; col <= table.right; col++) {
    const header = textValue(headerRow[col - sheet.left] ?? null);
    if (header !== null && !columnOf.has(header.toLowerCase()))
      columnOf.set(header.toLowerCase(), col - sheet.left);
  }
  const indexes = def.columns.map((c) => columnOf.get(c.header.toLowerCase()) ?? -1);
  return parseRows(def, tableCells(sheet, table), indexes, date1904);
}

/**
 * Rows of a history table written by PMO Pulse in its own column order (a stored period's rows,
 * which carry no header), each row's cells from index 0.
 */
export function readHistoryRows<Row>(
  def: HistoryTableDef<Row>,
  cellRows: readonly (readonly RawScalar[])[],
  date1904: boolean,
): Row[] {
  return parseRows(
    def,
    cellRows,
    def.columns.map((_c, i) => i),
    date1904,
  );
}

/** The table by name; in Excel it may be `Name_2` when the workbook already had a table of that name. */
function findTable(sheet: RawSheet, name: string): RawListObject | undefined {
  const tables = (sheet.listObjects ?? []).filter((t) => t.hasHeader);
  const lower = name.toLowerCase();
  return (
    tables.find((t) => t.name.toLowerCase() === lower) ??
    tables.find(
      (t) => t.name.toLowerCase().startsWith(`${lower}_`) && /^_\d+$/.test(t.name.slice(name.length)),
    )
  );
}

/** The history held by a PMO History sheet's three tables; a table that is missing gives no rows. */
export function readHistorySheet(sheet: RawSheet, date1904: boolean): History {
  const read = <Row>(def: HistoryTableDef<Row>): Row[] => {
    const table = findTable(sheet, def.name);
    return table === undefined ? [] : readTable(sheet, table, def, date1904);
  };
  return { portfolio: read(PORTFOLIO_HISTORY), projects: read(PROJECT_HISTORY), risks: read(RISK_HISTORY) };
}

/** The history of a dashboard workbook, or null when it has no PMO History sheet. */
export function readHistory(workbook: RawWorkbook, sheetName = HISTORY_SHEET): History | null {
  const sheet = workbook.sheets.find((s) => s.name === sheetName);
  return sheet === undefined ? null : readHistorySheet(sheet, workbook.date1904);
}
