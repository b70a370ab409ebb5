/**
 * A worksheet part assembled in the CT_Worksheet order of ECMA-376 (sml.xsd): sheetPr, dimension,
 * sheetViews, sheetFormatPr, cols, sheetData, autoFilter, mergeCells, conditionalFormatting,
 * dataValidations, hyperlinks, pageMargins, pageSetup, drawing, tableParts. Each writer (dashboard
 * plan, tracker) fills in what it has; the order here keeps every sheet schema-valid.
 */
import { columnLetters } from "../../core/model/a1";
import { hexColor } from "./color";
import { escapeXml } from "./xmlText";
import type { PartWriter } from "./zip/partWriter";

export interface WorksheetContent {
  readonly tabColor?: string;
  readonly fitToPage?: boolean;
  /** The used range, e.g. `A1:H40`; absent for an empty sheet. */
  readonly dimension?: string;
  readonly selected: boolean;
  readonly showGridLines: boolean;
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly columnWidths: readonly { readonly col: number; readonly width: number }[];
  /**
   * Writes the `<row>` elements in ascending row order straight into the part (stored runs
   * included, through the part writer's run methods).
   */
  readonly writeRows: (sink: PartWriter) => void;
  readonly autoFilter?: string;
  readonly merges: readonly string[];
  /** Pre-rendered `<conditionalFormatting>` elements, `<dataValidations>`, `<hyperlinks>`. */
  readonly conditionalFormatting?: string;
  readonly dataValidations?: string;
  /** Asked for after the rows are written (the rows find the links). */
  readonly hyperlinks?: () => string;
  readonly pageSetup: {
    readonly orientation: "portrait" | "landscape";
    /** With fitToPage: pages wide and tall (0 = as many as needed). */
    readonly fitToWidth?: number;
    readonly fitToHeight?: number;
  };
  readonly drawingRelId?: string;
  readonly tableRelIds: readonly string[];
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function sheetPrXml(content: WorksheetContent): string {
  const tab = content.tabColor === undefined ? "" : `<tabColor rgb="FF${hexColor(content.tabColor)}"/>`;
  const fit = content.fitToPage ? '<pageSetUpPr fitToPage="1"/>' : "";
  return tab === "" && fit === "" ? "" : `<sheetPr>${tab}${fit}</sheetPr>`;
}

function sheetViewXml(content: WorksheetContent): string {
  const attrs = `${content.selected ? ' tabSelected="1"' : ""}${content.showGridLines ? "" : ' showGridLines="0"'}`;
  const freeze = content.freeze;
  if (freeze === undefined || (freeze.rows <= 0 && freeze.cols <= 0)) {
    return `<sheetViews><sheetView${attrs} workbookViewId="0"/></sheetViews>`;
  }
  const pane =
    freeze.rows > 0 && freeze.cols > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
  const topLeft = `${columnLetters(freeze.cols + 1)}${freeze.rows + 1}`;
  const split = `${freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : ""}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ""}`;
  return (
    `<sheetViews><sheetView${attrs} workbookViewId="0">` +
    `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    "</sheetView></sheetViews>"
  );
}

function colsXml(widths: WorksheetContent["columnWidths"]): string {
  if (widths.length === 0) return "";
  const byCol = new Map<number, number>();
  for (const { col, width } of widths) byCol.set(col, width);
  const cols = [...byCol]
    .sort(([a], [b]) => a - b)
    .map(([col, width]) => `<col min="${col}" max="${col}" width="${width}" customWidth="1"/>`);
  return `<cols>${cols.join("")}</cols>`;
}

function pageSetupXml(setup: WorksheetContent["pageSetup"]): string {
  const fit =
    (setup.fitToWidth === undefined ? "" : ` fitToWidth="${setup.fitToWidth}"`) +
    (setup.fitToHeight === undefined ? "" : ` fitToHeight="${setup.fitToHeight}"`);
  return (
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup orientation="${setup.orientation}"${fit}/>`
  );
}

/** Writes the part; rows go straight into it, so a 200,000-row sheet is never one string. */
export function writeWorksheetXml(content: WorksheetContent, sink: PartWriter): void {
  const merges = content.merges.map((range) => `<mergeCell ref="${escapeXml(range)}"/>`);
  const tables = content.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`);
  sink.write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      sheetPrXml(content) +
      (content.dimension === undefined ? "" : `<dimension ref="${content.dimension}"/>`) +
      sheetViewXml(content) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      colsXml(content.columnWidths) +
      "<sheetData>",
  );
  content.writeRows(sink);
  const tail = [
    "</sheetData>",
    content.autoFilter === undefined ? "" : `<autoFilter ref="${content.autoFilter}"/>`,
    merges.length === 0 ? "" : `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>`,
    content.conditionalFormatting ?? "",
    content.dataValidations ?? "",
    content.hyperlinks?.() ?? "",
    pageSetupXml(content.pageSetup),
    content.drawingRelId === undefined ? "" : `<drawing r:id="${content.drawingRelId}"/>`,
    tables.length === 0 ? "" : `<tableParts count="${tables.length}">${tables.join("")}</tableParts>`,
    "</worksheet>",
  ];
  sink.write(tail.join(""));
}
