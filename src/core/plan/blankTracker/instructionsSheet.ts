import { quoteSheetName } from "../../model/a1";
import { GUIDE_HEADERS, guideRows, tableTitle } from "../../template/columnGuide";
import type { TemplateDef } from "../../template/types";
import type { CellBlock, PlanCell, SheetPlan } from "../types";
import { fitsInline } from "./columnValidation";

export const INSTRUCTIONS_SHEET = "Instructions";

const WIDTHS = [24, 10, 30, 30, 46, 70];

export interface InstructionsSheet {
  readonly sheet: SheetPlan;
  /** Where the values of each enum that cannot be an inline list live, by `table.column` key. */
  readonly listSources: ReadonlyMap<string, string>;
}

/** The lines above the tables: how to fill the tracker. */
export function instructionLines(template: TemplateDef, projectId?: string): string[] {
  return [
    "Each sheet is one table. Type one row per item under its headers; the table grows as you type.",
    "Orange headers are required, blue ones optional. Select a cell to see what it expects; a drop-down lists the allowed values.",
    "Keep the sheet names and headers: PMO Pulse finds the tables by them. Leave a sheet empty if it does not apply.",
    ...(projectId === undefined
      ? []
      : [`This tracker is for project ${projectId}: rows with no Project ID belong to it.`]),
  ];
}

/**
 * The Instructions sheet: every table and column with its meaning, type, allowed values and
 * rules, generated from the template, then the values of any drop-down list too long or with
 * commas to be written inline (lists refer to them).
 */
export function instructionsSheet(template: TemplateDef, projectId?: string): InstructionsSheet {
  const blocks: CellBlock[] = [];
  const text = (value: string, style?: PlanCell["style"]): PlanCell =>
    style === undefined ? { value, format: "@" } : { value, style, format: "@" };
  let row = 1;
  const put = (cells: PlanCell[][]): void => {
    blocks.push({ row, col: 1, cells });
    row += cells.length;
  };
  put([[text(`${template.name} ${template.version}: how to fill this tracker`, "title")]]);
  put(instructionLines(template, projectId).map((line) => [text(line, "body")]));
  row += 1;
  for (const table of template.tables) {
    put([
      GUIDE_HEADERS.map((_, i) =>
        i === 0 ? text(tableTitle(table), "sectionHeader") : text("", "sectionHeader"),
      ),
    ]);
    put([GUIDE_HEADERS.map((h) => text(h, "tableHeader"))]);
    put(guideRows(template, table).map((cells) => cells.map((c) => text(c, "body"))));
    row += 1;
  }
  const listSources = new Map<string, string>();
  for (const table of template.tables) {
    for (const column of table.columns) {
      const values = column.enum?.values;
      if (column.type !== "enum" || values === undefined || fitsInline(values)) continue;
      put([[text(`Drop-down values of ${table.name}: ${column.header}`, "sectionHeader")]]);
      const first = row;
      put(values.map((v) => [text(v, "body")]));
      listSources.set(
        `${table.key}.${column.key}`,
        `${quoteSheetName(INSTRUCTIONS_SHEET)}!$A$${first}:$A$${row - 1}`,
      );
      row += 1;
    }
  }
  return {
    sheet: {
      name: INSTRUCTIONS_SHEET,
      tabColor: "1F4E79",
      columnWidths: WIDTHS.map((width, i) => ({ col: i + 1, width })),
      blocks,
      merges: [],
      tables: [],
      conditionalFormats: [],
      charts: [],
      print: { orientation: "landscape", fitToWidth: true },
      showGridLines: false,
    },
    listSources,
  };
}
