/**
 * Moving the user's view in Excel: show a sheet, or select one cell (a finding's cell). Both are
 * one sync and change nothing in the workbook's content.
 */
import { AppError, toAppError } from "./appError";

const CELL_ADDRESS = /^\$?[A-Za-z]{1,3}\$?\d{1,7}$/;

/** Activates the sheet named `sheet` (case-insensitive, as Excel matches names). */
export async function activateSheet(context: Excel.RequestContext, sheet: string): Promise<void> {
  try {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  } catch (error) {
    throw toAppError(error, `Showing the sheet "${sheet}"`);
  }
}

/** Activates `sheet` and selects `cell` (an A1 address such as `F12`). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  if (!CELL_ADDRESS.test(cell)) {
    throw new AppError("invalid-argument", `"${cell}" is not a cell address like F12 (sheet "${sheet}").`);
  }
  try {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  } catch (error) {
    throw toAppError(error, `Selecting ${sheet}!${cell}`);
  }
}
