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

export interface WriteStep {
  readonly bytes: number;
  readonly queue: () => void;
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
}

const SIMPLE_OP = OPERATION_OVERHEAD_BYTES;

/** Excel column width (characters of the default font) to points, as Office.js wants. */
export function widthToPoints(width: number): number {
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

function cellValue(cell: PlanCell | undefined): string | number | boolean {
  const v = cell?.value ?? null;
  return v === null ? "" : v;
}

/** Strings get the text format `@` before their value is written, so Excel never parses them. */
function cellFormat(cell: PlanCell | undefined): string {
  if (typeof cell?.value === "string") return "@";
  return cell?.format ?? "General";
}

function valueChunks(handle: SheetHandle, block: CellBlock, budget: number): WriteStep[] {
  const width = block.cells.reduce((w, row) => Math.max(w, row.length), 0);
  if (width === 0) return [];
  const rows = block.cells.map((row) => {
    const values = Array.from({ length: width }, (_, c) => cellValue(row[c]));
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
        range.values = slice.map((r) => r.values);
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
  const values = plan.blocks.flatMap((block) => valueChunks(handle, block, budget));
  const styles = plan.blocks.flatMap((block) =>
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
  const links = plan.blocks.flatMap((block) => linkSteps(handle, block, names));
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
  const charts = plan.charts.map((chart) =>
    step(chartOperationCount(chart), (sheet) => addChart(sheet, chart, theme)),
  );
  const layout = step(5, (sheet) => {
    const { freeze } = plan;
    if (freeze && freeze.rows > 0 && freeze.cols > 0) {
      sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
    } else if (freeze && freeze.rows > 0) {
      sheet.freezePanes.freezeRows(freeze.rows);
    } else if (freeze && freeze.cols > 0) {
      sheet.freezePanes.freezeColumns(freeze.cols);
    }
    sheet.pageLayout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
    // One page wide, as many pages tall as needed (0 = automatic).
    if (plan.print.fitToWidth) {
      sheet.pageLayout.zoom = {
        horizontalFitToPages: 1,
        verticalFitToPages: plan.print.onePage === true ? 1 : 0,
      };
    }
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
