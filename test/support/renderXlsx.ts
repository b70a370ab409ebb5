/**
 * Renders one workbook the way a person would look at it: LibreOffice prints it to PDF, poppler
 * turns each page into a PNG (see renderMany.ts for several at once).
 */
import { renderManyToPngs } from "./renderMany";

/** PNG paths of every printed page in page order (60 dpi), or null when soffice/pdftoppm are missing. */
export async function renderToPngs(xlsxPath: string, outDir: string): Promise<string[] | null> {
  const pages = await renderManyToPngs([xlsxPath], outDir);
  return pages === null ? null : (pages.get(xlsxPath) ?? []);
}
