/**
 * The dashboard plan: one declarative description of the output sheets. The .xlsx writer
 * (src/file) and the Office.js writer (src/excel) both render exactly this, so the CLI and the
 * add-in produce the same dashboard. No adapter logic and no I/O here: plain data.
 *
 * Addresses are 1-based row/column numbers; ranges are A1 strings on the same sheet (`B5:B16`).
 */

/** Named styles resolved through the theme (theme.ts); adapters map them to native formats. */
export type StyleName =
  | "title"
  | "subtitle"
  | "sectionHeader"
  | "tableHeader"
  /** A header over a column of numbers: right-aligned like the numbers under it. */
  | "tableHeaderRight"
  /** A required column's header in a blank tracker (the others use `tableHeader`). */
  | "requiredHeader"
  | "tileLabel"
  | "tileValue"
  /** A tile value coloured by its threshold (good / watch / act). */
  | "tileGreen"
  | "tileAmber"
  | "tileRed"
  | "body"
  | "muted"
  | "note"
  | "narrative"
  | "tileChange"
  | "ragGreen"
  | "ragAmber"
  | "ragRed"
  | "error"
  | "warning"
  | "info"
  | "link";

export interface StyleDef {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** `RRGGBB` */
  readonly color?: string;
  readonly fill?: string;
  readonly align?: "left" | "center" | "right";
  readonly wrap?: boolean;
  readonly underline?: boolean;
  readonly borderBottom?: string;
}

export interface Theme {
  readonly font: string;
  readonly styles: Readonly<Record<StyleName, StyleDef>>;
  /** Series colours for charts, in order. */
  readonly palette: readonly string[];
  readonly rag: { readonly Green: string; readonly Amber: string; readonly Red: string };
}

/** A cell's value. Strings are always literal text (never formulas), whatever they look like. */
export type PlanValue = string | number | boolean | null;

export interface PlanCell {
  readonly value: PlanValue;
  /** Excel number format, e.g. `#,##0`, `0.00`, `0%`, `yyyy-mm-dd`. Dates are given as Excel serials with a date format. */
  readonly format?: string;
  readonly style?: StyleName;
  /** Internal link (`sheet` + `cell`), rendered as a hyperlink. */
  readonly link?: { readonly sheet: string; readonly cell: string };
}

/** A rectangle of cells starting at (row, col). */
export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly PlanCell[])[];
}

/**
 * Whole rows of one table (the rows of one history period), kept together so the file writer can
 * store them as one unit and copy them unchanged next month instead of writing them again. The
 * cells start at column A and nothing else is on those rows.
 */
export interface RowRunPlan {
  /** Unique in the workbook, e.g. `ProjectHistory 2026-10-31`. */
  readonly key: string;
  /** The first sheet row. */
  readonly row: number;
  readonly rows: number;
  /** Cells per row, from column A. */
  readonly columns: number;
  /**
   * The rows' cells; for a period carried from an earlier dashboard, a function that reads them,
   * called only by a writer that cannot copy `stored` (see `runCells`).
   */
  readonly cells: readonly (readonly PlanCell[])[] | (() => readonly (readonly PlanCell[])[]);
  /** The rows as an earlier file stored them, copied as they are by the writer that stored them. */
  readonly stored?: unknown;
}

/** Cell formats the runs' cells may use, in a fixed order, so a stored run's style indexes stay valid. */
export interface RowRunsPlan {
  readonly formats: readonly (string | undefined)[];
  readonly runs: readonly RowRunPlan[];
}

export interface TablePlan {
  /** Excel table name, unique in the workbook (`PMOProjects`). */
  readonly name: string;
  /** Range including the header row. */
  readonly range: string;
  readonly style: string;
}

export type ConditionalFormatPlan =
  | {
      /** Cells whose text equals `text` get the style (RAG cells). */
      readonly kind: "textEquals";
      readonly range: string;
      readonly text: string;
      readonly style: StyleName;
    }
  | {
      readonly kind: "cellIs";
      readonly range: string;
      readonly operator: "lessThan" | "greaterThan" | "between" | "equal";
      readonly values: readonly number[];
      readonly style: StyleName;
    }
  | {
      /** 2- or 3-colour scale on numbers; `points` are numeric thresholds (min, [mid], max). */
      readonly kind: "colorScale";
      readonly range: string;
      readonly colors: readonly string[];
      readonly points: readonly number[];
    }
  | {
      /** 3-icon traffic lights: red below `thresholds[0]`, amber below `thresholds[1]`, else green. */
      readonly kind: "iconSet";
      readonly range: string;
      readonly icons: "3TrafficLights1" | "3Symbols" | "3Arrows";
      readonly thresholds: readonly [number, number];
    };

/**
 * What a data validation accepts. Numbers and dates give at least one bound (dates and limits as
 * Excel serials / plain numbers; percents as fractions): both → between, `min` → at least, `max` →
 * at most. A list is written inline (`"Green,Amber,Red"`) unless `source` names a range holding
 * the values (sheet-qualified and absolute, no `=`: `Instructions!$H$3:$H$9`), which Excel needs
 * when a value has a comma or quote or the list is over 255 characters.
 */
export type DataValidationRule =
  /** Any value: only the input message is shown (a text column's description). */
  | { readonly kind: "any" }
  | { readonly kind: "list"; readonly values: readonly string[]; readonly source?: string }
  | {
      readonly kind: "whole" | "decimal" | "date";
      readonly min?: number;
      readonly max?: number;
    };

/**
 * Excel data validation (Data > Data Validation) on a range: the rule, the input message shown when
 * a cell is selected, and the alert shown when a typed value breaks the rule (`stop` rejects it).
 * Blank cells are always allowed: a blank tracker is mostly blank.
 */
export interface DataValidationPlan {
  /** A1 range on the sheet, e.g. `G2:G2` or `G2:G1048576`. */
  readonly range: string;
  readonly rule: DataValidationRule;
  /** Input message; Excel limits the title to 32 and the text to 255 characters (adapters cut longer). */
  readonly prompt?: { readonly title: string; readonly message: string };
  /** Absent for `any`. */
  readonly error?: {
    readonly style: "stop" | "warning" | "information";
    readonly title: string;
    readonly message: string;
  };
}

export type ChartType =
  | "doughnut"
  | "columnClustered"
  | "columnStacked"
  | "barClustered"
  | "line"
  | "scatter"
  | "bubble"
  | "columnLine";

export interface SeriesPlan {
  readonly name: string;
  /** The sheet the ranges are on, when not the chart's own (the trend charts read PMO History). */
  readonly sheet?: string;
  /** Category labels (or X values for scatter/bubble), e.g. `A5:A16`. */
  readonly categories: string;
  readonly values: string;
  /** Bubble sizes (bubble charts only). */
  readonly sizes?: string;
  /** For `columnLine`: which part this series is drawn as. */
  readonly as?: "column" | "line";
  /** `RRGGBB`; otherwise the theme palette. Doughnut: one colour per point. */
  readonly colors?: readonly string[];
  /** `seriesName`: each point is labelled with the series name (the worst projects on the bubble chart). */
  readonly label?: "seriesName";
  /** Cached values so readers that do not recalculate still draw the chart. */
  readonly categoryCache: readonly (string | number)[];
  readonly valueCache: readonly (number | null)[];
  readonly sizeCache?: readonly (number | null)[];
}

export interface ChartPlan {
  /** Stable id, unique in the plan (`ragDistribution`). */
  readonly id: string;
  readonly type: ChartType;
  readonly title: string;
  readonly series: readonly SeriesPlan[];
  /** Top-left and bottom-right cells the chart covers (1-based, bottom-right exclusive). */
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
  readonly xAxisTitle?: string;
  readonly yAxisTitle?: string;
  /** Number format of the value axis. */
  readonly valueFormat?: string;
  /** Fixed axis bounds (scatter/bubble X axis; the value axis), so an axis can start near the data. */
  readonly xAxisMin?: number;
  readonly xAxisMax?: number;
  readonly yAxisMin?: number;
  readonly yAxisMax?: number;
  /**
   * Column series share one slot per category (overlap 100 %): for series that split one measure
   * over the categories, e.g. planned hours up to the as-of month and forecast after it.
   */
  readonly overlapColumns?: boolean;
  readonly legend: "right" | "bottom" | "none";
}

export interface SheetPlan {
  readonly name: string;
  readonly tabColor?: string;
  readonly columnWidths: readonly { readonly col: number; readonly width: number }[];
  /** Row heights in points, for rows whose wrapped text needs more than one line (table headers). */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly blocks: readonly CellBlock[];
  /** Rows kept as stored units (PMO History's periods); not part of `blocks`. */
  readonly rowRuns?: RowRunsPlan;
  readonly merges: readonly string[];
  readonly tables: readonly TablePlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  /** Absent on dashboard sheets; the blank tracker's tables have one per validated column. */
  readonly dataValidations?: readonly DataValidationPlan[];
  readonly charts: readonly ChartPlan[];
  readonly print: {
    readonly orientation: "portrait" | "landscape";
    readonly fitToWidth: boolean;
    /** Also one page tall (the dashboard page); otherwise as many pages tall as needed. */
    readonly onePage?: boolean;
    /** What prints (A1 range); absent = the used range. The dashboard leaves its chart data out. */
    readonly area?: string;
  };
  readonly showGridLines: boolean;
}

export interface DashboardPlan {
  readonly theme: Theme;
  readonly sheets: readonly SheetPlan[];
}
