/** The workbook the test double holds: plain data that proxies read and queued operations change. */
import type { Bounds } from "./fakeA1";
import { cellKey } from "./fakeA1";

export type CellValue = string | number | boolean;

export interface CellFormat {
  fontName?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  underline?: string;
  fill?: string;
  horizontalAlignment?: string;
  wrapText?: boolean;
  borderBottom?: { style?: string; color?: string };
}

export interface Hyperlink {
  documentReference?: string;
  address?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface FakeCell {
  value: CellValue;
  /** Set when the entered text became a formula (Excel's behaviour for `=...` in a non-text cell). */
  formula?: string;
  numberFormat: string;
  format: CellFormat;
  hyperlink?: Hyperlink;
}

export interface FakeTable {
  readonly id: string;
  name: string;
  readonly sheet: FakeSheet;
  /** Grows when a column is added (`table.columns.add`). */
  bounds: Bounds;
  showHeaders: boolean;
  style: string;
}

export interface FakeConditionalFormat {
  readonly type: string;
  readonly sheet: FakeSheet;
  readonly bounds: Bounds;
  /** Everything set on the rule (`cellValue.rule`, `iconSet.criteria`, `format.fill.color`, ...). */
  readonly settings: Record<string, unknown>;
}

export interface FakeDataValidation {
  readonly bounds: Bounds;
  rule?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface RangeRef {
  readonly sheet: FakeSheet;
  readonly bounds: Bounds;
}

export interface FakeSeries {
  name: string;
  chartType?: string;
  values?: RangeRef;
  xValues?: RangeRef;
  bubbleSizes?: RangeRef;
  fill?: string;
  lineColor?: string;
  pointFills: Record<number, string>;
}

export interface FakeChart {
  readonly id: string;
  name: string;
  readonly type: string;
  readonly sheet: FakeSheet;
  readonly source: RangeRef;
  readonly seriesBy: string;
  series: FakeSeries[];
  title?: string;
  legend: { visible: boolean; position?: string };
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  valueAxisNumberFormat?: string;
  position?: { start: string; end?: string };
}

export interface FakeSheet {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  showGridlines: boolean;
  freeze: { rows: number; cols: number };
  cells: Map<string, FakeCell>;
  /** Formats applied to the whole sheet (`sheet.getRange().format...`). */
  sheetFormat: CellFormat;
  merges: Bounds[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  tables: FakeTable[];
  conditionalFormats: FakeConditionalFormat[];
  dataValidations: FakeDataValidation[];
  charts: FakeChart[];
  pageLayout: { orientation: string; zoom?: Record<string, unknown>; printArea?: string };
  deleted: boolean;
}

/** The range last selected with `Range.select()`. */
export interface FakeSelection {
  readonly sheetId: string;
  /** `Sheet!A1` as Office.js gives `Range.address`. */
  readonly address: string;
}

export interface FakeWorkbookState {
  name: string;
  date1904: boolean;
  sheets: FakeSheet[];
  settings: Map<string, unknown>;
  activeSheetId?: string;
  /** Base64 packages passed to `Excel.createWorkbook` (each opened as a new workbook in Excel). */
  createdWorkbooks: string[];
  selection?: FakeSelection;
  nextId: number;
}

export function newId(state: FakeWorkbookState, kind: string): string {
  state.nextId += 1;
  return `{${kind}-${String(state.nextId).padStart(8, "0")}}`;
}

export function newSheet(state: FakeWorkbookState, name: string): FakeSheet {
  return {
    id: newId(state, "SHEET"),
    name,
    visibility: "Visible",
    tabColor: "",
    showGridlines: true,
    freeze: { rows: 0, cols: 0 },
    cells: new Map(),
    sheetFormat: {},
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    tables: [],
    conditionalFormats: [],
    dataValidations: [],
    charts: [],
    pageLayout: { orientation: "Portrait" },
    deleted: false,
  };
}

export function getCell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

export function ensureCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: "", numberFormat: "General", format: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What Excel does with a value written through `range.values`: like typing it. In a text (`@`)
 * cell everything stays literal; otherwise `=`/`+`/`-`/`@` text becomes a formula, numeric text a
 * number and TRUE/FALSE a boolean. Tests rely on this to prove the writer's formula safety.
 */
export function enterValue(cell: FakeCell, value: CellValue): void {
  delete cell.formula;
  if (typeof value !== "string" || cell.numberFormat === "@") {
    cell.value = value;
    return;
  }
  if (PLAIN_NUMBER.test(value.trim())) {
    cell.value = Number(value.trim());
    return;
  }
  if (/^(true|false)$/i.test(value)) {
    cell.value = value.toLowerCase() === "true";
    return;
  }
  if (value.length > 1 && "=+-@".includes(value.charAt(0))) {
    cell.formula = value.startsWith("=") ? value : `=${value}`;
    cell.value = 0;
    return;
  }
  cell.value = value;
}
