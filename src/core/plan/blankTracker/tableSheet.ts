import { MAX_ROWS, columnLetters, rangeAddress } from "../../model/a1";
import type { TableDef } from "../../template/types";
import type { DataValidationPlan, PlanCell, SheetPlan } from "../types";
import { columnFormat, columnWidth } from "./columnLayout";
import { columnValidation } from "./columnValidation";

export interface TableSheetOptions {
  readonly sheetName: string;
  readonly tableName: string;
  /** Values of the first data row by column key (the single-project tracker's Project ID). */
  readonly prefill?: Readonly<Record<string, string>>;
  /** Extra input-message text by column key. */
  readonly notes?: Readonly<Record<string, string>>;
  /** Ranges holding enum values that cannot be inline lists, by column key. */
  readonly listSources?: Readonly<Record<string, string>>;
}

/**
 * One table of the template as a sheet a PM fills in: an Excel table whose header row is the
 * template's headers (required ones marked) over one empty row Excel extends as the PM types, the
 * columns' number formats on that row, and validation on each column from row 2 down, so rows typed
 * below the table are checked too.
 */
export function tableSheet(table: TableDef, options: TableSheetOptions): SheetPlan {
  const columns = table.columns;
  const header: PlanCell[] = columns.map((c) => ({
    value: c.header,
    style: c.required === true ? "requiredHeader" : "tableHeader",
  }));
  const firstRow: PlanCell[] = columns.map((c) => ({
    value: options.prefill?.[c.key] ?? null,
    format: columnFormat(c),
  }));
  const validations = columns.flatMap((c, i): DataValidationPlan[] => {
    const col = columnLetters(i + 1);
    const note = options.notes?.[c.key];
    // A column the note says may stay blank does not also say "Required.".
    const plan = columnValidation(
      note === undefined ? c : { ...c, required: false },
      `${col}2:${col}${MAX_ROWS}`,
      options.listSources?.[c.key],
      note,
    );
    return plan === null ? [] : [plan];
  });
  return {
    name: options.sheetName,
    ...(table.required === true ? { tabColor: "C55A11" } : {}),
    columnWidths: columns.map((c, i) => ({ col: i + 1, width: columnWidth(c) })),
    freeze: { rows: 1, cols: 0 },
    blocks: [{ row: 1, col: 1, cells: [header, firstRow] }],
    merges: [],
    tables: [
      { name: options.tableName, range: rangeAddress(1, 1, 2, columns.length), style: "TableStyleMedium2" },
    ],
    conditionalFormats: [],
    dataValidations: validations,
    charts: [],
    print: { orientation: "landscape", fitToWidth: true },
    showGridLines: true,
  };
}
