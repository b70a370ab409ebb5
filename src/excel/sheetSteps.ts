/**
 * Compiles one SheetPlan into write steps: small closures that queue Office.js operations, each with
 * an estimated request size, so the writer can pack them into syncs by payload rather than by rows.
 */
import type { CellBlock, PlanCell, SheetPlan, Theme } from "../core/plan/types";
import { cellAddress, quoteSheetName } from "../core/model/a1";
import { addChart, chartOperationCount } from "./charts";
import { addConditionalFormat } from "./conditionalFormats";
import { applyDataValidation } from "./dataValidations";
import { OPERATION_OVERHEAD_BYTES, PAYLOAD_BUDGET_BYTES, jsonBytes } from "./payload";
import { styleRects } from "./styleRuns";
import { applyStyle, hexColor, styleOperationCount } from "./styleFormat";
import { sheetCellBlocks } from "../core/plan/sheetCells";

export interface WriteStep {
  readonly bytes: number;
  readonly queue: () => void;
  /** Queued after every sheet's other steps: a chart may read another plan sheet. */
  readonly late?: boolean;
}

/** Where a sheet's operations go: `worksheet` is set by the sheet's first step. */
export interface SheetHandle {
  readonly planName: string;
  worksheet?: Excel.Worksheet;
  readonly tables: { planName: string; table: Excel.Table }[];
}

export interface SheetNames {
  /** Name the sheet is created under. */
  readonly createAs: string;
  /** Final sheet name of each plan sheet, for internal links. */
  readonly linkTarget: (planSheet: string) => string;
  readonly tableName: (planTable: string) => string;
  /** Name any plan sheet is created under (a chart's series may read another sheet). */
  readonly createdAs?: (planSheet: string) => string;
  readonly mode: CellWriteMode;
}

/** How cell values are written into this workbook. */
export interface CellWriteMode {
  /**
   * ExcelApi 1.16 is supported: values go through `Range.valuesAsJson`, text as a typed String.
   * Otherwise through `Range.values`, each text with Excel's quote prefix. The `Range.values`
   * reference says text starting with `=`, `+` or `-` is read as a formula; a text number format
   * is not documented to prevent that, so tracker text is never written bare.
   */
  readonly typedText: boolean;
  /** The workbook counts dates from 1904: the plan's 1900-system serials move 1,462 days down. */
  readonly date1904: boolean;
}

export const DEFAULT_WRITE_MODE: CellWriteMode = { typedText: false, date1904: false };

/** Days between the 1900 and the 1904 date systems' serials for the same day. */
const DAYS_1900_TO_1904 = 1462;

/** The plan's date format (FORMATS.date); only date cells are shifted in a 1904 workbook. */
function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  // Quoted text and escapes are not date parts; what is left must hold a year, month or day code.
  const bare = format.replace(/"[^"]*"|\\./g, "").toLowerCase();
  return /[yd]/.test(bare) && !/[#0]/.test(bare);
}

const SIMPLE_OP = OPERATION_OVERHEAD_BYTES;

/** Excel column width (characters of the default font) to points, as Office.js wants. */
export function widthToPoints(width: number): number {
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

function cellValue(cell: PlanCell | undefined, mode: CellWriteMode): string | number | boolean {
  const v = cell?.value ?? null;
  if (v === null) return "";
  if (typeof v === "number" && mode.date1904 && isDateFormat(cell?.format)) return v - DAYS_1900_TO_1904;
  // Excel keeps a leading apostrophe as the cell's quote prefix, not as part of its text.
  if (typeof v === "string" && !mode.typedText && v !== "") return `'${v}`;
  return v;
}

/** One value as `Range.valuesAsJson` takes it (ExcelApi 1.16): the type says what it is. */
function typedValue(v: string | number | boolean): Excel.CellValue {
  if (typeof v === "number") return { type: "Double", basicValue: v };
  if (typeof v === "boolean") return { type: "Boolean", basicValue: v };
  if (v === "") return { type: "Empty", basicValue: "" };
  return { type: "String", basicValue: v };
}

/** Strings get the text format `@` too, so a PM typing over them later types text. */
function cellFormat(cell: PlanCell | undefined): string {
  if (typeof cell?.value === "string") return "@";
  return cell?.format ?? "General";
}

function valueChunks(
  handle: SheetHandle,
  block: CellBlock,
  budget: number,
  mode: CellWriteMode,
): WriteStep[] {
  const width = block.cells.reduce((w, row) => Math.max(w, row.length), 0);
  if (width === 0) return [];
  const rows = block.cells.map((row) => {
    const plain = Array.from({ length: width }, (_, c) => cellValue(row[c], mode));
    const values = mode.typedText ? plain.map(typedValue) : plain;
    const formats = Array.from({ length: width }, (_, c) => cellFormat(row[c]));
    return { values, formats, bytes: jsonBytes(values) + jsonBytes(formats) + 2 };
  });
  const steps: WriteStep[] = [];
  const limit = budget - 2 * SIMPLE_OP;
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes + (rows[end]?.bytes ?? 0) <= limit)) {
      bytes += rows[end]?.bytes ?? 0;
      end++;
    }
    const slice = rows.slice(start, end);
    const top = block.row + start;
    steps.push({
      bytes: bytes + 2 * SIMPLE_OP,
      queue: () => {
        const range = sheetOf(handle).getRangeByIndexes(top - 1, block.col - 1, slice.length, width);
        range.numberFormat = slice.map((r) => r.formats);
        if (mode.typedText) range.valuesAsJson = slice.map((r) => r.values as Excel.CellValue[]);
        else range.values = slice.map((r) => r.values);
      },
    });
    start = end;
  }
  return steps;
}

function sheetOf(handle: SheetHandle): Excel.Worksheet {
  if (!handle.worksheet) throw new Error(`Sheet ${handle.planName} is used before it is created.`);
  return handle.worksheet;
}

function linkSteps(handle: SheetHandle, block: CellBlock, names: SheetNames): WriteStep[] {
  return block.cells.flatMap((row, r) =>
    row.flatMap((cell, c) => {
      const link = cell.link;
      if (!link) return [];
      const hyperlink: Excel.RangeHyperlink = {
        documentReference: `${quoteSheetName(names.linkTarget(link.sheet))}!${link.cell}`,
        ...(typeof cell.value === "string" ? { textToDisplay: cell.value } : {}),
      };
      return [
        {
          bytes: SIMPLE_OP + jsonBytes(hyperlink),
          queue: () => {
            sheetOf(handle).getRangeByIndexes(block.row + r - 1, block.col + c - 1, 1, 1).hyperlink =
              hyperlink;
          },
        },
      ];
    }),
  );
}

/**
 * Freezes the plan's panes of one written sheet: activates it first, since a freeze acts on the
 * active sheet's view (office-js#3148, #2196). Queued after the refresh's commit.
 */
export function queueFreeze(sheet: Excel.Worksheet, plan: SheetPlan): boolean {
  const { freeze } = plan;
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0)) return false;
  sheet.activate();
  if (freeze.rows > 0 && freeze.cols > 0) {
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
  } else if (freeze.rows > 0) {
    sheet.freezePanes.freezeRows(freeze.rows);
  } else {
    sheet.freezePanes.freezeColumns(freeze.cols);
  }
  return true;
}

/** Every step of one sheet, in the order Excel needs them (values before links and tables). */
export function sheetSteps(
  context: Excel.RequestContext,
  plan: SheetPlan,
  theme: Theme,
  handle: SheetHandle,
  names: SheetNames,
  budget: number = PAYLOAD_BUDGET_BYTES,
): WriteStep[] {
  const create: WriteStep = {
    bytes: 6 * SIMPLE_OP,
    queue: () => {
      const sheet = context.workbook.worksheets.add(names.createAs);
      sheet.load("id");
      handle.worksheet = sheet;
      sheet.getRange().format.font.name = theme.font;
      sheet.showGridlines = plan.showGridLines;
      if (plan.tabColor !== undefined) sheet.tabColor = hexColor(plan.tabColor);
    },
  };
  const step = (ops: number, queue: (sheet: Excel.Worksheet) => void): WriteStep => ({
    bytes: ops * SIMPLE_OP,
    queue: () => queue(sheetOf(handle)),
  });
  // Row runs are plain cells here: only the file writer stores them as units.
  const blocks = sheetCellBlocks(plan);
  const values = blocks.flatMap((block) => valueChunks(handle, block, budget, names.mode));
  const styles = blocks.flatMap((block) =>
    styleRects(block).map((rect) => {
      const multiRow = rect.bottom > rect.top;
      const def = theme.styles[rect.style];
      return step(1 + styleOperationCount(def, multiRow), (sheet) =>
        applyStyle(
          sheet.getRange(`${cellAddress(rect.top, rect.left)}:${cellAddress(rect.bottom, rect.right)}`),
          def,
          multiRow,
        ),
      );
    }),
  );
  const merges = plan.merges.map((address) => step(2, (sheet) => sheet.getRange(address).merge(false)));
  const widths = plan.columnWidths.map(({ col, width }) =>
    step(2, (sheet) => {
      sheet.getRangeByIndexes(0, col - 1, 1, 1).format.columnWidth = widthToPoints(width);
    }),
  );
  const heights = (plan.rowHeights ?? []).map(({ row, height }) =>
    step(2, (sheet) => {
      // Any cell of the row sets the whole row's height.
      sheet.getRangeByIndexes(row - 1, 0, 1, 1).format.rowHeight = height;
    }),
  );
  const links = blocks.flatMap((block) => linkSteps(handle, block, names));
  const tables = plan.tables.map((t) =>
    step(4, (sheet) => {
      const table = sheet.tables.add(sheet.getRange(t.range), true);
      table.name = names.tableName(t.name);
      table.style = t.style;
      handle.tables.push({ planName: t.name, table });
    }),
  );
  const conditional = plan.conditionalFormats.map((cf) =>
    step(6, (sheet) => addConditionalFormat(sheet, cf, theme)),
  );
  const validations = (plan.dataValidations ?? []).map((v) =>
    step(5, (sheet) => applyDataValidation(sheet.getRange(v.range), v)),
  );
  const createdAs = names.createdAs ?? ((name: string) => name);
  const charts = plan.charts.map((chart): WriteStep => ({
    ...step(chartOperationCount(chart), (sheet) =>
      addChart(sheet, chart, theme, (name) => context.workbook.worksheets.getItem(createdAs(name))),
    ),
    late: true,
  }));
  // Freezing is not here: it acts on the active sheet's view (office-js#3148, #2196), so the refresh
  // freezes each sheet after its commit (`freezeSheets`), where a failure cannot undo the refresh.
  const layout = step(4, (sheet) => {
    sheet.pageLayout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
    // Only documented zoom values: fit to 1 × 1 page for the one-page dashboard. "As many pages tall
    // as needed" (verticalFitToPages 0) is undocumented and may be ignored (office-js#1860), so other
    // sheets keep Excel's default scaling; the PM can set print scaling in Excel.
    if (plan.print.onePage === true)
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
    if (plan.print.area !== undefined) sheet.pageLayout.setPrintArea(plan.print.area);
  });
  return [
    create,
    ...values,
    ...styles,
    ...merges,
    ...widths,
    ...heights,
    ...links,
    ...tables,
    ...conditional,
    ...validations,
    ...charts,
    layout,
  ];
}
