import type { RawSheet } from "../model/raw";
import { headerKey } from "../model/names";
import { columnNames } from "../template/tableNames";
import type { TemplateDef } from "../template/types";
import { enumReader } from "../values/enumValue";
import { HEADER_SEARCH_ROWS } from "./findHeader";

/** A header is short; longer text is never tried (untrusted text). */
const MAX_HEADER_LENGTH = 60;

/**
 * The sheet columns (1-based) whose header, in the rows a header is looked for in, names a list
 * column that takes Green, Amber and Red (the RAG Status, under any of its names): where a RAG may
 * be given by colour alone. The task pane reads the fills of those columns' empty cells only, as
 * reading every cell's fill would cost a request per sheet as large as its values. The header
 * names are gathered once per template; the function returned looks at one sheet.
 */
export function colourColumns(template: TemplateDef): (sheet: RawSheet) => number[] {
  const names = new Set<string>();
  for (const table of template.tables) {
    for (const column of table.columns) {
      if (column.enum === undefined) continue;
      const read = enumReader(column.enum);
      if (read("Green") === null || read("Amber") === null || read("Red") === null) continue;
      for (const name of columnNames(column)) names.add(headerKey(name));
    }
  }
  return (sheet) => {
    const found = new Set<number>();
    const grid = sheet.cells;
    for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.height); r++) {
      for (let c = 0; c < grid.width(r); c++) {
        const value = grid.value(r, c);
        if (typeof value === "string" && value.length <= MAX_HEADER_LENGTH && names.has(headerKey(value)))
          found.add(sheet.left + c);
      }
    }
    return [...found].sort((a, b) => a - b);
  };
}
