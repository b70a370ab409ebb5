/**
 * The cell values of a stored run, read with the same sheet reader as any worksheet: the run's
 * rows inflated and wrapped in a `<sheetData>` of their own (they carry no references, so they are
 * rows 1, 2, 3… here, cells from column A).
 */
import { gridRow } from "../../core/model/gridRows";
import type { RawScalar } from "../../core/model/raw";
import { concatBytes } from "../concatBytes";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "../limits";
import { MAIN_NAMESPACE } from "../namespaces";
import { SheetHandler } from "../parts/sheetPart";
import { XmlScanner } from "../xml/xmlScanner";
import { XlsxError } from "../xlsxError";
import { readOwnRows } from "./ownRows";
import { PORTABLE_RUN_CODEC, type RunCodec } from "./runCodec";
import type { StoredRun } from "./storedRun";

/** An empty final block (fixed Huffman, end of block): ends the run's stream for the inflater. */
const FINAL_BLOCK = new Uint8Array([0x03, 0x00]);

function damagedRun(run: StoredRun, detail: string): XlsxError {
  return new XlsxError(
    `its stored run "${run.key}" is damaged (${detail}); open the workbook in Excel and save it again`,
  );
}

/** The run's rows, each from column A (index 0); throws XlsxError when the bytes are not what its index says. */
export function storedRunRows(
  run: StoredRun,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
  codec: RunCodec = PORTABLE_RUN_CODEC,
): RawScalar[][] {
  if (run.size > limits.maxPartBytes) throw damagedRun(run, "larger than a part may be");
  const input = concatBytes([run.compressed, FINAL_BLOCK]);
  let bytes: Uint8Array;
  try {
    bytes = codec.inflateRaw(input, run.size);
  } catch (error) {
    throw damagedRun(run, error instanceof Error ? error.message : String(error));
  }
  if (bytes.length !== run.size) throw damagedRun(run, "not the size its index says");
  if (codec.crc32(bytes) !== run.crc) throw damagedRun(run, "its checksum does not match");
  const xml = codec.decodeUtf8(bytes);
  const own = readOwnRows(xml);
  if (own !== null && own.length === run.rows) return own;
  return generalRows(run, xml, limits);
}

/** The rows through the general sheet reader (rows in any form a worksheet may hold). */
function generalRows(run: StoredRun, xml: string, limits: XlsxLimits): RawScalar[][] {
  const handler = new SheetHandler({ sharedStrings: [], cellFormats: [], date1904: false, limits });
  const scanner = new XmlScanner(handler, limits.maxXmlTokenChars);
  scanner.write(`<worksheet xmlns="${MAIN_NAMESPACE}"><sheetData>`);
  scanner.write(xml);
  scanner.write("</sheetData></worksheet>");
  scanner.end();
  const grid = handler.grid.finish();
  const rows: RawScalar[][] = [];
  for (let row = 1; row <= run.rows; row++) {
    if (row < grid.top) {
      rows.push([]);
      continue;
    }
    const padded: RawScalar[] = new Array<RawScalar>(grid.left - 1).fill(null);
    rows.push(padded.concat(gridRow(grid.cells, row - grid.top)));
  }
  return rows;
}
