/**
 * Renders one SheetPlan into an ExcelJS worksheet: cells, styles, widths, view, merges, tables,
 * conditional formats and print setup. Internal links are returned for the post-processing step
 * (see hyperlinks.ts) rather than written through ExcelJS.
 */
import type { Style, Workbook, Worksheet, WorksheetView } from "exceljs";
import type { PlanValue, SheetPlan, StyleName, Theme } from "../../core/plan/types";
import { columnLetters } from "../../core/model/a1";
import { cellRef, parseCellRef, parseRange } from "./a1";
import { argbColor } from "./color";
import { conditionalFormatRule } from "./conditionalFormats";
import type { InternalLink } from "./hyperlinks";
import { cellStyle } from "./styles";
import { addTableOverCells } from "./tables";

/** Strings stay strings (ExcelJS writes them as shared strings, never formulas); NaN/±Infinity cannot be stored, so they become empty cells. */
function cellValue(value: PlanValue): string | number | boolean | null {
  return typeof value === "number" && !Number.isFinite(value) ? null : value;
}

function views(sheet: SheetPlan): Partial<WorksheetView>[] {
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    return [
      { state: "frozen", xSplit: freeze.cols, ySplit: freeze.rows, showGridLines: sheet.showGridLines },
    ];
  }
  return [{ state: "normal", showGridLines: sheet.showGridLines }];
}

/**
 * ExcelJS writes a print area by putting `$` before each corner (`A1` becomes `$A1`, a mixed
 * reference LibreOffice ignores); giving it `A$1` yields the absolute `$A$1` Excel writes.
 */
function exceljsPrintArea(area: string): string {
  const box = parseRange(area);
  return `${columnLetters(box.left)}$${box.top}:${columnLetters(box.right)}$${box.bottom}`;
}

function addWorksheet(workbook: Workbook, sheet: SheetPlan): Worksheet {
  return workbook.addWorksheet(sheet.name, {
    properties: sheet.tabColor === undefined ? {} : { tabColor: { argb: argbColor(sheet.tabColor) } },
    views: views(sheet),
    pageSetup: {
      orientation: sheet.print.orientation,
      fitToPage: sheet.print.fitToWidth,
      // One page wide, and one page tall only where the plan asks.
      fitToWidth: 1,
      fitToHeight: sheet.print.onePage === true ? 1 : 0,
      ...(sheet.print.area === undefined ? {} : { printArea: exceljsPrintArea(sheet.print.area) }),
    },
  });
}

export function writeSheet(
  workbook: Workbook,
  sheet: SheetPlan,
  theme: Theme,
  sheetNames: ReadonlySet<string>,
): InternalLink[] {
  const ws = addWorksheet(workbook, sheet);
  for (const { col, width } of sheet.columnWidths) {
    ws.getColumn(col).width = width;
  }
  for (const { row, height } of sheet.rowHeights ?? []) {
    ws.getRow(row).height = height;
  }
  // One style object per (style, format): ExcelJS caches its style id by object identity, so
  // sharing objects saves it rendering and comparing a style per cell.
  const styles = new Map<string, Partial<Style>>();
  const styleOf = (name: StyleName | undefined, format: string | undefined): Partial<Style> => {
    const key = `${name ?? ""}\u0000${format ?? ""}`;
    let style = styles.get(key);
    if (style === undefined) {
      style = cellStyle(name === undefined ? undefined : theme.styles[name], theme.font, format);
      styles.set(key, style);
    }
    return style;
  };
  const links = new Map<string, InternalLink>();
  for (const block of sheet.blocks) {
    block.cells.forEach((rowCells, i) => {
      rowCells.forEach((planCell, j) => {
        const row = block.row + i;
        const col = block.col + j;
        const cell = ws.getCell(row, col);
        cell.value = cellValue(planCell.value);
        cell.style = styleOf(planCell.style, planCell.format);
        const ref = cellRef(row, col);
        if (planCell.link) {
          if (!sheetNames.has(planCell.link.sheet)) {
            throw new Error(
              `Sheet "${sheet.name}", cell ${ref}: link to unknown sheet "${planCell.link.sheet}"`,
            );
          }
          parseCellRef(planCell.link.cell);
          links.set(ref, {
            ref,
            targetSheet: planCell.link.sheet,
            targetCell: planCell.link.cell,
            display: planCell.value === null ? "" : String(planCell.value),
          });
        } else {
          links.delete(ref);
        }
      });
    });
  }
  for (const range of sheet.merges) {
    try {
      ws.mergeCells(range);
    } catch (error) {
      throw new Error(`Sheet "${sheet.name}": cannot merge ${range}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  for (const table of sheet.tables) {
    addTableOverCells(ws, table);
  }
  sheet.conditionalFormats.forEach((format, i) => {
    ws.addConditionalFormatting({ ref: format.range, rules: [conditionalFormatRule(format, theme, i + 1)] });
  });
  return [...links.values()];
}
