import { rangeAddress } from "../model/a1";
import type {
  CellBlock,
  ChartPlan,
  ConditionalFormatPlan,
  PlanCell,
  RowRunPlan,
  SheetPlan,
  StyleName,
  TablePlan,
} from "./types";
import { fitCell, fitCellText, fitRows } from "./cellText";

/** Excel's default column width (characters) and a row height (points) that fits two lines. */
const DEFAULT_WIDTH = 8.43;
const TWO_LINE_HEIGHT = 30;

/** Where a data table landed, so charts and conditional formats can point at its columns. */
export interface PlacedTable {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly rowCount: number;
  /** A1 range of column `index` (0-based within the table), data rows only. */
  column(index: number): string;
  /** The whole table including the header row. */
  readonly range: string;
}

export interface DataTableOptions {
  /** Excel table name; omit for a plain styled block. */
  readonly tableName?: string;
  readonly tableStyle?: string;
}

/** A column whose filled cells are all numbers (at least one). */
function isNumberColumn(data: readonly (readonly PlanCell[])[], index: number): boolean {
  let numbers = 0;
  // Indexed: called per column of tables thousands of rows long, where a for…of allocates per row.
  for (let r = 0; r < data.length; r++) {
    const value = data[r]?.[index]?.value;
    if (value === null || value === undefined) continue;
    if (typeof value !== "number") return false;
    numbers++;
  }
  return numbers > 0;
}

/**
 * Accumulates one sheet of the plan. Builders call it top to bottom; `build()` returns plain data.
 */
export class SheetBuilder {
  private readonly blocks: CellBlock[] = [];
  private readonly merges: string[] = [];
  private readonly tables: TablePlan[] = [];
  private readonly conditionalFormats: ConditionalFormatPlan[] = [];
  private readonly charts: ChartPlan[] = [];
  private readonly widths = new Map<number, number>();
  private readonly heights = new Map<number, number>();
  private readonly runs: RowRunPlan[] = [];
  private formatsOfRuns: readonly (string | undefined)[] = [];
  private freezePanes: { rows: number; cols: number } | undefined;
  private printArea: string | undefined;

  constructor(
    private readonly name: string,
    private readonly options: {
      readonly tabColor?: string;
      readonly orientation?: "portrait" | "landscape";
      readonly showGridLines?: boolean;
    } = {},
  ) {}

  /** Every cell of the plan comes through here or `rows`: text longer than Excel allows is cut. */
  cell(row: number, col: number, cell: PlanCell): this {
    this.blocks.push({ row, col, cells: [[fitCell(cell)]] });
    return this;
  }

  text(row: number, col: number, value: string, style?: StyleName): this {
    return this.cell(row, col, { value, style });
  }

  rows(row: number, col: number, cells: readonly (readonly PlanCell[])[]): this {
    if (cells.length > 0) this.blocks.push({ row, col, cells: fitRows(cells) });
    return this;
  }

  merge(top: number, left: number, bottom: number, right: number): this {
    this.merges.push(rangeAddress(top, left, bottom, right));
    return this;
  }

  width(col: number, width: number): this {
    this.widths.set(col, width);
    return this;
  }

  /** Height in points of a row whose text wraps (Excel does not grow rows written by a program). */
  height(row: number, height: number): this {
    this.heights.set(row, height);
    return this;
  }

  /** Prints `range` on one page (the executive page); other sheets print one page wide. */
  printOnOnePage(range: string): this {
    this.printArea = range;
    return this;
  }

  freeze(rows: number, cols: number): this {
    this.freezePanes = { rows, cols };
    return this;
  }

  conditional(format: ConditionalFormatPlan): this {
    this.conditionalFormats.push(format);
    return this;
  }

  chart(chart: ChartPlan): this {
    // The category cache repeats cell text, so it is cut the same way as the cells.
    const series = chart.series.map((s) =>
      s.categoryCache.some((c) => typeof c === "string" && fitCellText(c) !== c)
        ? { ...s, categoryCache: s.categoryCache.map((c) => (typeof c === "string" ? fitCellText(c) : c)) }
        : s,
    );
    this.charts.push({ ...chart, series });
    return this;
  }

  /** A section heading across `span` columns. */
  section(row: number, col: number, title: string, span: number): this {
    this.text(row, col, title, "sectionHeader");
    for (let c = col + 1; c < col + span; c++) this.cell(row, c, { value: null, style: "sectionHeader" });
    return this;
  }

  /**
   * Header + rows at (row, col). With `tableName` and at least one row it becomes an Excel table
   * (Excel tables need a data row; an empty one is a styled header only).
   */
  dataTable(
    row: number,
    col: number,
    headers: readonly string[],
    data: readonly (readonly PlanCell[])[],
    options: DataTableOptions = {},
  ): PlacedTable {
    // A header over numbers is right-aligned like them, so the figure sits under its label.
    const numeric = headers.map((_, i) => isNumberColumn(data, i));
    this.rows(row, col, [
      headers.map((h, i): PlanCell => ({ value: h, style: numeric[i] ? "tableHeaderRight" : "tableHeader" })),
    ]);
    // Header text wraps; a header wider than its column gets a two-line row (writers do not auto-fit).
    if (headers.some((h, i) => h.length > (this.widths.get(col + i) ?? DEFAULT_WIDTH))) {
      this.heights.set(row, Math.max(this.heights.get(row) ?? 0, TWO_LINE_HEIGHT));
    }
    this.rows(row + 1, col, data);
    const lastRow = row + Math.max(data.length, 1);
    const lastCol = col + headers.length - 1;
    const range = rangeAddress(row, col, lastRow, lastCol);
    if (options.tableName !== undefined && data.length > 0) {
      this.table(options.tableName, row, col, lastRow, headers.length, options.tableStyle);
    }
    return {
      headerRow: row,
      firstRow: row + 1,
      lastRow,
      firstCol: col,
      rowCount: data.length,
      range,
      column: (index: number) => rangeAddress(row + 1, col + index, lastRow, col + index),
    };
  }

  /** The only cell formats the sheet's row runs may use (see RowRunsPlan). */
  runFormats(formats: readonly (string | undefined)[]): this {
    this.formatsOfRuns = formats;
    return this;
  }

  /** Rows kept as one unit (see RowRunPlan); their cells are not blocks. */
  rowRun(run: RowRunPlan): this {
    this.runs.push(run);
    return this;
  }

  /** An Excel table over cells placed already (a header row and data rows from `left`). */
  table(
    name: string,
    top: number,
    left: number,
    bottom: number,
    columns: number,
    style = "TableStyleLight9",
  ): this {
    this.tables.push({ name, range: rangeAddress(top, left, bottom, left + columns - 1), style });
    return this;
  }

  build(): SheetPlan {
    return {
      name: this.name,
      tabColor: this.options.tabColor,
      columnWidths: [...this.widths.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([col, width]) => ({ col, width })),
      rowHeights: [...this.heights.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([row, height]) => ({ row, height })),
      freeze: this.freezePanes,
      blocks: this.blocks,
      ...(this.runs.length === 0 ? {} : { rowRuns: { formats: this.formatsOfRuns, runs: this.runs } }),
      merges: this.merges,
      tables: this.tables,
      conditionalFormats: this.conditionalFormats,
      charts: this.charts,
      print: {
        orientation: this.options.orientation ?? "landscape",
        fitToWidth: true,
        ...(this.printArea === undefined ? {} : { area: this.printArea, onePage: true }),
      },
      showGridLines: this.options.showGridLines ?? false,
    };
  }
}
