import { rowsGrid } from "../core/model/rowsGrid";
import type { RawListObject, RawSheet, RawWorkbook } from "../core/model/raw";
import { detectContainerFormat, unreadableFormatReason } from "./containerFormat";
import type { XlsxLimits } from "./limits";
import { DEFAULT_XLSX_LIMITS } from "./limits";
import { XlsxPackage } from "./package";
import { notXlsxReason } from "./packageKind";
import type { Relationship } from "./parts/relationships";
import { readRelationships } from "./parts/relationships";
import { readSharedStrings } from "./parts/sharedStrings";
import type { SheetContext } from "./parts/sheetPart";
import { readSheetPart } from "./parts/sheetPart";
import { SheetTooLargeError } from "./parts/sheetTooLargeError";
import { readCellStyles } from "./parts/styles";
import { readThemeColours } from "./parts/themeColours";
import { readTablePart } from "./parts/tablePart";
import type { SheetEntry } from "./parts/workbookPart";
import { readWorkbookPart } from "./parts/workbookPart";
import { damaged, XlsxError } from "./xlsxError";
import { XmlSyntaxError } from "./xml/xmlSyntaxError";
import { runSteps, runStepsAsync, type ReadSteps } from "./readSteps";
import type { ReadCodec } from "./zip/readCodec";
import { readZipDirectory } from "./zip/zipDirectory";
import type { StoredRun } from "./rowRuns/storedRun";

export type XlsxReadResult =
  | {
      readonly ok: true;
      readonly workbook: RawWorkbook;
      /** With `leaveOutStoredRuns`: each sheet's runs left unread, by sheet name (none: absent). */
      readonly storedRuns?: ReadonlyMap<string, readonly StoredRun[]>;
    }
  | {
      readonly ok: false;
      /** One line a PM can act on, without the file name ("the file is empty (0 bytes)"). */
      readonly reason: string;
      /** What exactly went wrong, for debugging. */
      readonly cause?: unknown;
    };

/** Sheet kinds that hold no cells: chart sheets, dialog sheets, Excel 4 macro sheets. */
const SHEETS_WITHOUT_CELLS = new Set(["chartsheet", "dialogsheet", "macrosheet"]);

/**
 * Reads .xlsx bytes into a RawWorkbook, in the browser or in Node (no platform APIs): every
 * worksheet in tab order, hidden and very hidden ones too; chart, dialog and macro sheets are left
 * out. A file that cannot be a workbook (empty, not a zip, .xls/.xlsb/.ods, password-protected,
 * damaged, a workbook part or sheet part missing) is `ok: false` with its reason. A sheet whose
 * own part is broken or over a limit is still listed, empty, with `unreadable` saying why, so the
 * rest of the file is read.
 *
 * @example
 * const result = readXlsxBytes(new Uint8Array(await file.arrayBuffer()), file.name);
 * if (result.ok) analyse(result.workbook); else show(`${file.name}: ${result.reason}`);
 */
export function readXlsxBytes(
  bytes: Uint8Array,
  fileName: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
  options: XlsxReadOptions = {},
): XlsxReadResult {
  try {
    const pkg = openPackage(bytes, limits);
    const storedRuns = new Map<string, readonly StoredRun[]>();
    const workbook = runSteps(pkg, readWorkbook(pkg, fileName, limits, options, storedRuns));
    return withRuns(workbook, storedRuns);
  } catch (error) {
    return failure(error);
  }
}

/**
 * `readXlsxBytes` with a platform codec (the CLI's: node:zlib on the thread pool): the same steps
 * and the same result, each part's chunks awaited as the codec inflates them.
 */
export async function readXlsxBytesAsync(
  bytes: Uint8Array,
  fileName: string,
  codec: ReadCodec,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
  options: XlsxReadOptions = {},
): Promise<XlsxReadResult> {
  try {
    const pkg = openPackage(bytes, limits);
    const storedRuns = new Map<string, readonly StoredRun[]>();
    const workbook = await runStepsAsync(
      pkg,
      readWorkbook(pkg, fileName, limits, options, storedRuns),
      codec,
    );
    return withRuns(workbook, storedRuns);
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): XlsxReadResult {
  if (error instanceof XlsxError) return { ok: false, reason: error.reason, cause: error.cause };
  if (error instanceof XmlSyntaxError) return { ok: false, reason: damaged("").reason, cause: error };
  throw error;
}

export interface XlsxReadOptions {
  /**
   * Read only the sheets with these names (the others are left out of the result, unread): a
   * previous dashboard is read for its PMO History alone, not its other large sheets.
   */
  readonly onlySheets?: readonly string[];
  /**
   * Leave the runs a PMO Pulse writer stored (a dashboard's history periods) unread: the sheet is
   * read without those rows, and the runs are returned to be copied or read later.
   */
  readonly leaveOutStoredRuns?: boolean;
}

function withRuns(
  workbook: RawWorkbook,
  storedRuns: ReadonlyMap<string, readonly StoredRun[]>,
): XlsxReadResult {
  return { ok: true, workbook, ...(storedRuns.size === 0 ? {} : { storedRuns }) };
}

function openPackage(bytes: Uint8Array, limits: XlsxLimits): XlsxPackage {
  const formatReason = unreadableFormatReason(detectContainerFormat(bytes));
  if (formatReason !== null) throw new XlsxError(formatReason);
  return new XlsxPackage(bytes, readZipDirectory(bytes, limits), limits);
}

function* readWorkbook(
  pkg: XlsxPackage,
  fileName: string,
  limits: XlsxLimits,
  options: XlsxReadOptions,
  storedRuns: Map<string, readonly StoredRun[]>,
): ReadSteps<RawWorkbook> {
  const workbookPart = yield* workbookPartName(pkg);
  if (workbookPart === null) throw new XlsxError(notXlsxReason(pkg));
  const info = yield* readWorkbookPart(workbookPart);
  const relationships = yield* readRelationships(pkg, workbookPart);
  const parts = sheetParts(pkg, info.sheets, relationships, options.onlySheets);
  // Sheets whose stored runs are left out, and whether all the sheets read hold their text inline.
  let allInline = parts.length > 0;
  for (const { entry, part } of parts) {
    const left = options.leaveOutStoredRuns === true ? pkg.leaveOutRuns(part) : null;
    if (left !== null && left.runs.length > 0) storedRuns.set(entry.name, left.runs);
    allInline &&= left?.inlineStrings === true;
  }
  // Not read when no sheet read refers to it (a dashboard's PMO History read for its history).
  const sharedStrings = allInline ? undefined : relationships.find((r) => r.kind === "sharedStrings");
  const styles = relationships.find((r) => r.kind === "styles");
  // The theme is read only for the fills that name its colours; a damaged one names none.
  const themePart = relationships.find((r) => r.kind === "theme");
  const theme =
    themePart === undefined || !pkg.has(themePart.target) ? [] : yield* readThemeOrNone(themePart.target);
  const cellStyles =
    styles === undefined ? { formats: [], fills: [] } : yield* readCellStyles(styles.target, theme);
  const context: SheetContext = {
    sharedStrings:
      sharedStrings === undefined
        ? []
        : yield* readSharedStrings(sharedStrings.target, limits.maxXmlTokenChars),
    cellFormats: cellStyles.formats,
    cellFills: cellStyles.fills,
    date1904: info.date1904,
    limits,
  };
  const sheets: RawSheet[] = [];
  for (const { entry, part } of parts) {
    const runsLeftOut = storedRuns.has(entry.name);
    sheets.push(yield* readSheet(pkg, entry, part, runsLeftOut ? { ...context, runsLeftOut } : context));
  }
  return { file: fileName, date1904: info.date1904, sheets };
}

/** The theme's colours, or none when its part cannot be read (only RAG fills depend on it). */
function* readThemeOrNone(partName: string): ReadSteps<(string | null)[]> {
  try {
    return yield* readThemeColours(partName);
  } catch (error) {
    if (error instanceof XmlSyntaxError || error instanceof XlsxError) return [];
    throw error;
  }
}

/** The worksheet parts to read, in tab order: `onlySheets` when given, never chart, dialog or macro sheets. */
function sheetParts(
  pkg: XlsxPackage,
  entries: readonly SheetEntry[],
  relationships: readonly Relationship[],
  wanted: readonly string[] | undefined,
): { entry: SheetEntry; part: string }[] {
  const parts: { entry: SheetEntry; part: string }[] = [];
  for (const entry of entries) {
    if (wanted !== undefined && !wanted.includes(entry.name)) continue;
    const relationship = relationships.find((r) => r.id === entry.relationshipId);
    if (relationship === undefined) throw damaged(`sheet "${entry.name}" has no relationship`);
    if (relationship.kind !== null && SHEETS_WITHOUT_CELLS.has(relationship.kind)) continue;
    if (!pkg.has(relationship.target)) throw damaged(`the part of sheet "${entry.name}" is missing`);
    parts.push({ entry, part: relationship.target });
  }
  return parts;
}

/** The main part the package relationships point at; the conventional name when they are absent. */
function* workbookPartName(pkg: XlsxPackage): ReadSteps<string | null> {
  const office = (yield* readRelationships(pkg, "")).find((r) => r.kind === "officeDocument");
  if (office !== undefined && pkg.has(office.target)) return office.target;
  return pkg.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
}

function emptySheet(name: string, unreadable: string): RawSheet {
  return {
    name,
    top: 1,
    left: 1,
    cells: rowsGrid([]),
    uncalculated: [],
    listObjects: [],
    merges: [],
    unreadable,
  };
}

/** One worksheet; a broken or oversized part becomes an empty sheet that says why. */
function* readSheet(
  pkg: XlsxPackage,
  entry: SheetEntry,
  part: string,
  context: SheetContext,
): ReadSteps<RawSheet> {
  try {
    const { grid, tableRelationshipIds, fills } = yield* readSheetPart(part, context);
    const listObjects = yield* readTables(pkg, part, tableRelationshipIds);
    return { name: entry.name, ...grid, listObjects, ...(fills.length > 0 ? { fills } : {}) };
  } catch (error) {
    if (error instanceof SheetTooLargeError)
      return emptySheet(entry.name, `the sheet is too large: ${error.message}`);
    if (error instanceof XmlSyntaxError)
      return emptySheet(entry.name, `its XML is damaged (${error.message})`);
    if (error instanceof XlsxError) {
      const detail = error.cause instanceof Error ? ` (${error.cause.message})` : "";
      return emptySheet(entry.name, `${error.reason}${detail}`);
    }
    throw error;
  }
}

/** The sheet's Excel tables; a table part that cannot be read is left out (the grid is still read). */
function* readTables(
  pkg: XlsxPackage,
  sheetPart: string,
  ids: readonly string[],
): ReadSteps<RawListObject[]> {
  if (ids.length === 0) return [];
  let relationships: Relationship[];
  try {
    relationships = yield* readRelationships(pkg, sheetPart);
  } catch (error) {
    if (error instanceof XmlSyntaxError || error instanceof XlsxError) return [];
    throw error;
  }
  const tables: RawListObject[] = [];
  for (const id of ids) {
    const relationship = relationships.find((r) => r.id === id && r.kind === "table");
    if (relationship === undefined || !pkg.has(relationship.target)) continue;
    try {
      const table = yield* readTablePart(relationship.target);
      if (table !== null) tables.push(table);
    } catch (error) {
      if (!(error instanceof XmlSyntaxError || error instanceof XlsxError)) throw error;
    }
  }
  return tables;
}
