/**
 * One SheetPlan → one worksheet part with its tables, charts and drawing: cells and styles,
 * widths and heights, view, merges, conditional formats, data validation, internal hyperlinks,
 * print setup.
 */
import { MAX_ROWS } from "../../../core/model/a1";
import type { ChartPlan, PlanCell, RowRunPlan, SheetPlan, TablePlan, Theme } from "../../../core/plan/types";
import { cellRef, columnRef, parseCellRef, parseRange } from "../cellRef";
import { cellXml } from "../cellXml";
import { OFFICE_REL, Relationships } from "../relationships";
import { CONTENT_TYPES, type PackageSheet, type XlsxPackage } from "../xlsxPackage";
import { writeWorksheetXml, type WorksheetContent } from "../worksheetXml";
import { chartXml } from "./charts/chartXml";
import { drawingXml, type AnchoredChart } from "./charts/drawingXml";
import { conditionalFormattingXml } from "./conditionalFormats";
import { dataValidationsXml } from "./dataValidations";
import { hyperlinksXml, type InternalLink } from "./hyperlinks";
import { sheetCellBlocks } from "../../../core/plan/sheetCells";
import { PlanGrid, type Segment } from "./planGrid";
import type { planStyleIndex } from "./planStyles";
import { RunWriter } from "./rowRuns";
import type { PartWriter } from "../zip/partWriter";
import { checkTable, tableColumnNames, tableXml } from "./tableXml";

export interface PlanSheetContext {
  readonly pkg: XlsxPackage;
  readonly theme: Theme;
  readonly sheetNames: ReadonlySet<string>;
  readonly styleIndex: ReturnType<typeof planStyleIndex>;
  /** Table names used so far, upper-cased: Excel compares them case-insensitively, workbook-wide. */
  readonly tableNames: Set<string>;
  /** From how many rows a sheet's runs are stored (see STORED_RUNS_FROM_ROWS). */
  readonly storedRunsFromRows: number;
}

/**
 * The runs to store: all of a sheet's, when they are many and the codec can store them; none
 * otherwise (then their rows are ordinary cells, which every reader opens).
 */
function storedRunsOf(sheet: SheetPlan, context: PlanSheetContext): readonly RowRunPlan[] {
  const runs = sheet.rowRuns?.runs ?? [];
  const rows = runs.reduce((n, run) => n + run.rows, 0);
  return context.pkg.storesRuns && runs.length > 0 && rows >= context.storedRunsFromRows ? runs : [];
}

export function renderPlanSheet(sheet: SheetPlan, context: PlanSheetContext, first: boolean): PackageSheet {
  const runs = storedRunsOf(sheet, context);
  // A sheet that stores runs holds its text inline: reading it back then needs no shared strings.
  const inlineStrings = runs.length > 0;
  const grid = new PlanGrid(inlineStrings ? sheet.blocks : sheetCellBlocks(sheet));
  const rels = new Relationships();
  // Tables first: their header names replace the header cells, and their rIds come before the drawing's.
  const tableRelIds = sheet.tables.map((table) => addTable(sheet.name, table, grid, rels, context));
  const links: InternalLink[] = [];
  checkMerges(sheet);
  const bounds = withRuns(grid.bounds(), runs);
  const drawingRelId = addCharts(sheet.name, sheet.charts, rels, context);
  const content: WorksheetContent = {
    ...(sheet.tabColor === undefined ? {} : { tabColor: sheet.tabColor }),
    fitToPage: sheet.print.fitToWidth,
    ...(bounds === null
      ? {}
      : { dimension: rangeText(bounds.top, bounds.left, bounds.bottom, bounds.right) }),
    selected: first,
    showGridLines: sheet.showGridLines,
    ...(sheet.freeze === undefined ? {} : { freeze: sheet.freeze }),
    columnWidths: sheet.columnWidths,
    writeRows: (sink) => writeSheetRows(sheet, grid, context, links, { sink, runs }),
    merges: sheet.merges,
    conditionalFormatting: conditionalFormattingXml(
      sheet.conditionalFormats,
      context.theme,
      context.pkg.styles,
    ),
    ...((sheet.dataValidations ?? []).length === 0
      ? {}
      : { dataValidations: dataValidationsXml(sheet.dataValidations ?? []) }),
    hyperlinks: () => (links.length === 0 ? "" : hyperlinksXml(links)),
    pageSetup: {
      orientation: sheet.print.orientation,
      // One page wide, and one page tall only where the plan asks.
      ...(sheet.print.fitToWidth ? { fitToWidth: 1, fitToHeight: sheet.print.onePage === true ? 1 : 0 } : {}),
    },
    ...(drawingRelId === undefined ? {} : { drawingRelId }),
    tableRelIds,
  };
  const xml = context.pkg.writePart((writer) => writeWorksheetXml(content, writer));
  return {
    name: sheet.name,
    xml,
    rels,
    inlineStrings,
    ...(sheet.print.area === undefined ? {} : { printArea: sheet.print.area }),
  };
}

function rangeText(top: number, left: number, bottom: number, right: number): string {
  const tl = cellRef(top, left);
  return top === bottom && left === right ? tl : `${tl}:${cellRef(bottom, right)}`;
}

function headerText(value: unknown): string {
  return typeof value === "string"
    ? value
    : typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : "";
}

function addTable(
  sheetName: string,
  table: TablePlan,
  grid: PlanGrid,
  rels: Relationships,
  context: PlanSheetContext,
): string {
  const box = checkTable(sheetName, table);
  const key = table.name.toUpperCase();
  if (context.tableNames.has(key)) {
    throw new Error(`Sheet "${sheetName}": the table name "${table.name}" is used twice in the workbook`);
  }
  context.tableNames.add(key);
  const pkg = context.pkg;
  const cols = Array.from({ length: box.right - box.left + 1 }, (_unused, j) => box.left + j);
  const names = tableColumnNames(cols.map((c) => headerText(grid.cellAt(box.top, c)?.value)));
  grid.add({
    row: box.top,
    col: box.left,
    cells: names.map((name, j) => ({ ...grid.cellAt(box.top, box.left + j), value: name })),
  });
  const n = pkg.next("table");
  const ref = rangeText(box.top, box.left, box.bottom, box.right);
  pkg.addPart(`xl/tables/table${n}.xml`, tableXml(n, table, ref, names), CONTENT_TYPES.table);
  return rels.add(`${OFFICE_REL}/table`, `../tables/table${n}.xml`);
}

/** The used range grown to cover the row runs (they start at column A). */
function withRuns(
  bounds: ReturnType<PlanGrid["bounds"]>,
  runs: readonly RowRunPlan[],
): ReturnType<PlanGrid["bounds"]> {
  let box = bounds;
  for (const run of runs) {
    const bottom = run.row + run.rows - 1;
    box =
      box === null
        ? { top: run.row, left: 1, bottom, right: run.columns }
        : {
            top: Math.min(box.top, run.row),
            left: 1,
            bottom: Math.max(box.bottom, bottom),
            right: Math.max(box.right, run.columns),
          };
  }
  return box;
}

/**
 * Runs in row order, checked to hold rows no block or row height also claims: a run's rows are
 * written whole, by themselves.
 */
function orderedRuns(
  sheetName: string,
  given: readonly RowRunPlan[],
  rowNumbers: readonly number[],
): RowRunPlan[] {
  const runs = [...given].sort((a, b) => a.row - b.row);
  if (runs.length === 0) return runs;
  const written = new Set(rowNumbers);
  let end = 0;
  for (const run of runs) {
    if (run.row <= end) throw new Error(`Sheet "${sheetName}": run ${run.key} overlaps the run before it`);
    // The row right before a run must be written (or end the run before): its rows are numbered from it.
    if (!written.has(run.row - 1) && end !== run.row - 1) {
      throw new Error(`Sheet "${sheetName}": run ${run.key} does not follow a written row`);
    }
    end = run.row + run.rows - 1;
  }
  return runs;
}

function writeSheetRows(
  sheet: SheetPlan,
  grid: PlanGrid,
  context: PlanSheetContext,
  links: InternalLink[],
  out: {
    readonly sink: PartWriter;
    /** The runs to store (see storedRunsOf). */
    readonly runs: readonly RowRunPlan[];
  },
): void {
  const { sink } = out;
  const heights = new Map((sheet.rowHeights ?? []).map(({ row, height }) => [row, height]));
  // The grid's rows are sorted and distinct already; rows given a height only are added to them.
  const rowNumbers =
    heights.size === 0
      ? grid.rowNumbers()
      : [...new Set([...grid.rowNumbers(), ...heights.keys()])].sort((a, b) => a - b);
  const runs = orderedRuns(sheet.name, out.runs, rowNumbers);
  const runWriter = new RunWriter({
    sheetName: sheet.name,
    formats: sheet.rowRuns?.formats ?? [],
    styleIndex: context.styleIndex,
    styles: context.pkg.runStyles,
  });
  let nextRun = 0;
  const writeRunsBefore = (row: number): void => {
    for (let run = runs[nextRun]; run !== undefined && run.row < row; run = runs[++nextRun]) {
      if (row < run.row + run.rows)
        throw new Error(`Sheet "${sheet.name}": row ${row} is inside run ${run.key}`);
      runWriter.write(run, sink);
    }
  };
  const strings = runs.length > 0 ? null : context.pkg.strings;
  const letters: string[] = [];
  for (const row of rowNumbers) {
    writeRunsBefore(row);
    // Throws with the row named when a plan row is off the sheet.
    if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) cellRef(row, 1);
    const height = heights.get(row);
    let cells = "";
    // Indexed loops, no callback per cell: this runs for every cell of the dashboard.
    const segments = grid.segmentsOf(row);
    for (let s = 0; s < segments.length; s++) {
      const segment = segments[s] as Segment;
      const list = segment.cells;
      for (let j = 0; j < list.length; j++) {
        const cell = list[j];
        if (cell === undefined) continue;
        const col = segment.col + j;
        const ref = `${(letters[col] ??= columnRef(col))}${row}`;
        cells += cellXml(ref, cell.value, context.styleIndex(cell.style, cell.format), strings);
        if (cell.link !== undefined) links.push(internalLink(sheet, context, ref, cell));
      }
    }
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    sink.write(`<row r="${row}"${ht}>${cells}</row>`);
  }
  writeRunsBefore(Number.POSITIVE_INFINITY);
}

function internalLink(
  sheet: SheetPlan,
  context: PlanSheetContext,
  ref: string,
  cell: PlanCell,
): InternalLink {
  const link = cell.link;
  if (link === undefined) throw new Error(`Sheet "${sheet.name}", cell ${ref}: not a link`);
  if (!context.sheetNames.has(link.sheet)) {
    throw new Error(`Sheet "${sheet.name}", cell ${ref}: link to unknown sheet "${link.sheet}"`);
  }
  parseCellRef(link.cell);
  const display = cell.value === null ? "" : String(cell.value);
  return { ref, targetSheet: link.sheet, targetCell: link.cell, display };
}

/** Overlapping merges make Excel repair the file; say which two instead. */
function checkMerges(sheet: SheetPlan): void {
  const boxes = sheet.merges.map((range) => ({ range, box: parseRange(range) }));
  boxes.forEach(({ range, box }, i) => {
    for (const other of boxes.slice(0, i)) {
      const b = other.box;
      if (box.left <= b.right && b.left <= box.right && box.top <= b.bottom && b.top <= box.bottom) {
        throw new Error(`Sheet "${sheet.name}": cannot merge ${range}: it overlaps ${other.range}`);
      }
    }
  });
}

/** Chart parts are numbered across the workbook, drawings per sheet with charts, both from 1. */
function addCharts(
  sheetName: string,
  charts: readonly ChartPlan[],
  sheetRels: Relationships,
  context: PlanSheetContext,
): string | undefined {
  if (charts.length === 0) return undefined;
  const { pkg } = context;
  const drawingNumber = pkg.next("drawing");
  const drawingRels = new Relationships();
  const anchored: AnchoredChart[] = charts.map((chart) => {
    const n = pkg.next("chart");
    pkg.addPart(`xl/charts/chart${n}.xml`, chartXml(chart, sheetName, context.theme), CONTENT_TYPES.chart);
    return { chart, relId: drawingRels.add(`${OFFICE_REL}/chart`, `../charts/chart${n}.xml`) };
  });
  pkg.addPart(`xl/drawings/drawing${drawingNumber}.xml`, drawingXml(anchored), CONTENT_TYPES.drawing);
  pkg.addPart(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, drawingRels.xml());
  return sheetRels.add(`${OFFICE_REL}/drawing`, `../drawings/drawing${drawingNumber}.xml`);
}
