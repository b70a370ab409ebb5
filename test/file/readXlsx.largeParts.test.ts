/**
 * Large parts are inflated in big chunks and decoded in small pieces (src/xlsx/package.ts): a
 * character whose UTF-8 bytes straddle two pieces, or two inflater chunks, must read as itself,
 * through the CLI's codec and through the portable path alike.
 */
import { readXlsxBuffer } from "../../src/file/readXlsx";
import { readXlsxBytes } from "../../src/xlsx/readXlsxBytes";
import { handWrittenXlsx } from "./handWrittenXlsx";
import { valuesOf } from "../support/rawGrid";

const ROWS = 60_000;
const PIECE = 64 * 1024;

function text(row: number): string {
  // Two-, three- and four-byte characters, and a length that varies from row to row.
  return `Zoë ${"東京".repeat(row % 3)} 📈 ${row}`;
}

function sheetData(): string {
  const rows: string[] = [];
  for (let r = 1; r <= ROWS; r++) {
    rows.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${text(r)}</t></is></c><c r="B${r}"><v>${r * 3}</v></c></row>`,
    );
  }
  return `<sheetData>${rows.join("")}</sheetData>`;
}

describe("a sheet far larger than one decoded piece", () => {
  const body = sheetData();
  let file: Buffer;

  beforeAll(async () => {
    file = await handWrittenXlsx({ sheets: [{ name: "Notes", body }] });
  });

  it("has characters cut by the piece boundaries (the case under test)", () => {
    const xml = Buffer.from(body);
    let cut = 0;
    for (let at = PIECE; at < xml.length; at += PIECE) {
      const byte = xml[at] ?? 0;
      if (byte >= 0x80 && byte < 0xc0) cut++;
    }
    expect(cut).toBeGreaterThan(5);
  });

  it("reads every row whole through the CLI's codec and through the portable path", async () => {
    const viaCodec = await readXlsxBuffer(file, "notes.xlsx");
    const portable = readXlsxBytes(new Uint8Array(file), "notes.xlsx");
    if (!portable.ok) throw new Error(portable.reason);
    for (const [way, book] of [
      ["codec", viaCodec],
      ["portable", portable.workbook],
    ] as const) {
      const values = valuesOf(book.sheets[0]);
      expect(values).toHaveLength(ROWS);
      for (let r = 1; r <= ROWS; r++) {
        const row = values[r - 1];
        if (row?.[0] !== text(r) || row[1] !== r * 3)
          throw new Error(`${way}: row ${r} reads ${JSON.stringify(row)}`);
      }
    }
  });
});
