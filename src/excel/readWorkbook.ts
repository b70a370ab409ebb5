/**
 * Reads the open workbook into the core's RawWorkbook in a few syncs whatever its size:
 * 1. sheet list, tables, the ownership marker and the date system;
 * 2. every candidate sheet's used range dimensions, every table's range and (ExcelApi 1.13) its
 *    merged areas;
 * 3+. values and number formats in row chunks packed under the payload budget (one sync for a
 *     small workbook; a 100,000-row sheet takes a handful).
 */
import type { CellRange, RawListObject, RawScalar, RawSheet, RawWorkbook } from "../core/model/raw";
import { toAppError } from "./appError";
import { OWNED_SHEETS_SETTING, loadOwnershipMarker, ownedSheetIds } from "./ownership";
import {
  PAYLOAD_BUDGET_BYTES,
  READ_BYTES_PER_CELL,
  isPayloadError,
  packBySize,
  syncBatches,
} from "./payload";
import { rowsGrid } from "../core/model/rowsGrid";
import { mergedAreasFromAddress } from "./mergedAreas";
import { readFills } from "./readFills";

export interface ReadOptions {
  /** Name used in findings; default: the workbook's name. */
  readonly fileName?: string;
  readonly budgetBytes?: number;
  readonly ownedSheetsSetting?: string;
  /**
   * Read only PMO Pulse's own sheet of this plan name (`PMO History`, or `PMO History (2)` when it
   * was written beside a user's sheet of that name) instead of the trackers.
   */
  readonly ownedSheet?: string;
  /** Read the sheets' merged areas (`Range.getMergedAreasOrNullObject`, ExcelApi 1.13). */
  readonly mergedAreas?: boolean;
  /**
   * The sheet columns whose empty cells' fill colours to read (a RAG by colour alone; the core's
   * `colourColumns`), with `Range.getCellProperties` (ExcelApi 1.9); absent: none.
   */
  readonly fillColumns?: (sheet: RawSheet) => readonly number[];
}

/** The plan sheet `base` as the atomic refresh names it: `base`, or `base (n)` beside a user sheet. */
function isNamed(name: string, base: string): boolean {
  const lower = name.toLowerCase();
  const b = base.toLowerCase();
  return lower === b || (lower.startsWith(`${b} (`) && /^ \(\d+\)$/.test(lower.slice(b.length)));
}

interface UsedArea {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

interface Chunk {
  readonly area: UsedArea;
  readonly areaIndex: number;
  readonly firstRow: number;
  readonly rows: number;
}

type Grid = { values: RawScalar[][]; formats: (string | null)[][] };

/** DATE(1904,1,1) is serial 0 in the 1904 date system and 1462 in the 1900 system. */
const DATE_1904_PROBE = { year: 1904, month: 1, day: 1, serialIn1904: 0 };
const RETRY_FACTOR = 4;
const MAX_ATTEMPTS = 3;

function chunksFor(areas: readonly UsedArea[], bytesPerCell: number, budget: number): Chunk[] {
  return areas.flatMap((area, areaIndex) => {
    const rowsPerChunk = Math.max(1, Math.floor(budget / (area.cols * bytesPerCell)));
    const chunks: Chunk[] = [];
    for (let first = 0; first < area.rows; first += rowsPerChunk) {
      chunks.push({ area, areaIndex, firstRow: first, rows: Math.min(rowsPerChunk, area.rows - first) });
    }
    return chunks;
  });
}

/** Loads every chunk; if Excel still says a batch is too large, retries with a larger per-cell estimate. */
async function readGrids(
  context: Excel.RequestContext,
  areas: readonly UsedArea[],
  budget: number,
  bytesPerCell: number,
  attempt = 1,
): Promise<Grid[]> {
  const grids: Grid[] = areas.map(() => ({ values: [], formats: [] }));
  const chunks = chunksFor(areas, bytesPerCell, budget);
  const batches = packBySize(chunks, (c) => c.rows * c.area.cols * bytesPerCell, budget);
  const loaded: { chunk: Chunk; range: Excel.Range }[][] = [];
  try {
    await syncBatches(context, batches, (batch) => {
      loaded.push(
        batch.map((chunk) => {
          const { area } = chunk;
          const range = area.sheet.getRangeByIndexes(
            area.top - 1 + chunk.firstRow,
            area.left - 1,
            chunk.rows,
            area.cols,
          );
          range.load("values,numberFormat");
          return { chunk, range };
        }),
      );
    });
  } catch (error) {
    if (attempt < MAX_ATTEMPTS && isPayloadError(error)) {
      return readGrids(context, areas, budget, bytesPerCell * RETRY_FACTOR, attempt + 1);
    }
    throw error;
  }
  loaded.flat().forEach(({ chunk, range }) => {
    const grid = grids[chunk.areaIndex];
    if (!grid) return;
    range.values.forEach((row) => grid.values.push(row.map((v) => (v === "" ? null : (v as RawScalar)))));
    range.numberFormat.forEach((row) =>
      grid.formats.push(row.map((f) => (typeof f === "string" ? f : null))),
    );
  });
  return grids;
}

interface LoadedAreas {
  readonly used: { sheet: Excel.Worksheet; range: Excel.Range }[];
  readonly tableRanges: { table: Excel.Table; sheetId: string; range: Excel.Range }[];
  /** Each sheet's merged areas, when they were asked for and Excel gave them. */
  readonly merges: ReadonlyMap<Excel.Worksheet, CellRange[]>;
}

/**
 * The second sync: every sheet's used range and every table's range, and (ExcelApi 1.13) every
 * sheet's merged areas. Excel fails the whole batch for a sheet with more than 512 merged areas;
 * the batch is then sent again without them, so such a sheet costs one sync, never the read.
 */
async function loadAreas(
  context: Excel.RequestContext,
  candidates: readonly Excel.Worksheet[],
  tableItems: readonly Excel.Table[],
  withMerges: boolean,
): Promise<LoadedAreas> {
  const used = candidates.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { sheet, range };
  });
  const tableRanges = tableItems.map((table) => {
    const range = table.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { table, sheetId: table.worksheet.id, range };
  });
  // The whole sheet's: merges whose top-left cell is in the range (office-js issue 3611).
  const mergedAreas = withMerges
    ? candidates.map((sheet) => ({
        sheet,
        areas: sheet.getRange().getMergedAreasOrNullObject().load("address"),
      }))
    : [];
  try {
    await context.sync();
  } catch (error) {
    if (!withMerges) throw error;
    return loadAreas(context, candidates, tableItems, false);
  }
  const merges = new Map<Excel.Worksheet, CellRange[]>();
  for (const { sheet, areas } of mergedAreas) {
    if (!areas.isNullObject) merges.set(sheet, mergedAreasFromAddress(areas.address));
  }
  return { used, tableRanges, merges };
}

/**
 * Reads every sheet except PMO Pulse's own dashboard sheets and very hidden sheets (add-in storage,
 * never tracker data). Office.js gives dates as serials and errors as `#N/A` text, as RawWorkbook
 * expects; an empty cell becomes `null` (so do the cells a merge covers). With `mergedAreas`
 * (ExcelApi 1.13) the merges are read too, as the file reader reads them: a value merged down
 * over rows fills each of them, and merged headings and group labels are recognised.
 */
export async function readWorkbookFromExcel(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<RawWorkbook> {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET_BYTES;
  try {
    const workbook = context.workbook;
    workbook.load("name");
    const sheets = workbook.worksheets.load("items/id,items/name,items/visibility");
    const tables = workbook.tables.load("items/name,items/showHeaders,items/showTotals,items/worksheet/id");
    const marker = loadOwnershipMarker(context, options.ownedSheetsSetting ?? OWNED_SHEETS_SETTING);
    const probe = workbook.functions.date(DATE_1904_PROBE.year, DATE_1904_PROBE.month, DATE_1904_PROBE.day);
    probe.load("value");
    await context.sync();

    const owned = new Set(ownedSheetIds(marker));
    const wanted = options.ownedSheet;
    const candidates = sheets.items.filter((s) =>
      wanted === undefined
        ? !owned.has(s.id) && s.visibility !== "VeryHidden"
        : owned.has(s.id) && isNamed(s.name, wanted),
    );
    const date1904 = probe.value === DATE_1904_PROBE.serialIn1904;
    const file = options.fileName ?? workbook.name;
    // No sheet of ours to read (no history yet): nothing more to ask Excel.
    if (wanted !== undefined && candidates.length === 0) return { file, date1904, sheets: [] };
    const candidateIds = new Set(candidates.map((s) => s.id));
    const tableItems = tables.items.filter((t) => candidateIds.has(t.worksheet.id));
    const { used, tableRanges, merges } = await loadAreas(
      context,
      candidates,
      tableItems,
      options.mergedAreas === true,
    );

    const areas: UsedArea[] = used
      .filter(({ range }) => !range.isNullObject)
      .map(({ sheet, range }) => ({
        sheet,
        name: sheet.name,
        top: range.rowIndex + 1,
        left: range.columnIndex + 1,
        rows: range.rowCount,
        cols: range.columnCount,
      }));
    const grids = await readGrids(context, areas, budget, READ_BYTES_PER_CELL);

    const rawSheets: RawSheet[] = candidates.map((sheet) => {
      const index = areas.findIndex((a) => a.sheet === sheet);
      const area = areas[index];
      const grid = grids[index];
      const listObjects: RawListObject[] = tableRanges
        .filter((t) => t.sheetId === sheet.id)
        .map(({ table, range }) => ({
          name: table.name,
          hasHeader: table.showHeaders,
          // Table.getRange() includes the totals row when it is shown (ExcelApi 1.3).
          totalsRowCount: table.showTotals ? 1 : 0,
          top: range.rowIndex + 1,
          left: range.columnIndex + 1,
          bottom: range.rowIndex + range.rowCount,
          right: range.columnIndex + range.columnCount,
        }));
      const merged = merges.get(sheet) ?? [];
      return {
        name: sheet.name,
        top: area?.top ?? 1,
        left: area?.left ?? 1,
        cells: rowsGrid(grid?.values ?? [], grid?.formats ?? []),
        ...(listObjects.length > 0 ? { listObjects } : {}),
        ...(merged.length > 0 ? { merges: merged } : {}),
      };
    });
    const fillColumns = options.fillColumns;
    if (fillColumns === undefined) return { file, date1904, sheets: rawSheets };
    const asked = rawSheets.map((raw, i) => ({
      raw,
      sheet: candidates[i] as Excel.Worksheet,
      columns: fillColumns(raw),
    }));
    const fills = await readFills(
      context,
      asked.filter((a) => a.columns.length > 0),
    );
    const withFills = rawSheets.map((raw) => {
      const found = fills.get(raw);
      return found === undefined ? raw : { ...raw, fills: found };
    });
    return { file, date1904, sheets: withFills };
  } catch (error) {
    throw toAppError(error, "Reading the workbook");
  }
}
