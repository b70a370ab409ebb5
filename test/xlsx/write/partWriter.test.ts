import { inflateRawSync } from "node:zlib";
import { NODE_ZIP_CODEC } from "../../../src/file/zip/nodeZipCodec";
import { crc32 } from "../../../src/xlsx/write/zip/crc32";
import { PartWriter, deflatePart, type DeflatedPart } from "../../../src/xlsx/write/zip/partWriter";
import { PORTABLE_ZIP_CODEC, type ZipCodec } from "../../../src/xlsx/write/zip/zipCodec";

const text = (s: string) => new TextEncoder().encode(s);

function inflate(part: DeflatedPart): string {
  return inflateRawSync(Buffer.concat(part.chunks.map((c) => Buffer.from(c)))).toString("utf8");
}

describe("crc32", () => {
  it("gives the standard check value and continues across pieces", () => {
    expect(crc32(text("123456789"))).toBe(0xcbf43926);
    expect(crc32(text("56789"), crc32(text("1234")))).toBe(0xcbf43926);
    expect(NODE_ZIP_CODEC.crc32(text("56789"), NODE_ZIP_CODEC.crc32(text("1234"), 0))).toBe(0xcbf43926);
  });
});

describe.each<[string, ZipCodec]>([
  ["portable (fflate)", PORTABLE_ZIP_CODEC],
  ["Node zlib", NODE_ZIP_CODEC],
])("PartWriter with the %s codec", (_name, codec) => {
  it("deflates a part of several megabytes written in pieces into one stream with its CRC and size", () => {
    // 3.4 MB over 1 MB buffers, with multi-byte characters and one piece longer than a buffer.
    const rows = Array.from(
      { length: 40_000 },
      (_v, i) => `<row r="${i + 1}"><c t="s"><v>Réunion ${i}</v></c></row>`,
    );
    const long = "€".repeat(700_000);
    const writer = new PartWriter(codec);
    for (const row of rows) writer.write(row);
    writer.write(long);
    writer.write("</sheetData>");
    const part = writer.finish();
    const expected = `${rows.join("")}${long}</sheetData>`;
    expect(inflate(part)).toBe(expected);
    const bytes = text(expected);
    expect(part.size).toBe(bytes.length);
    expect(part.crc).toBe(crc32(bytes));
    expect(part.compressedSize).toBe(part.chunks.reduce((n, c) => n + c.length, 0));
    expect(part.compressedSize).toBeLessThan(bytes.length / 3);
  });

  it("keeps a surrogate pair whole when a very long piece is split", () => {
    const writer = new PartWriter(codec);
    const piece = `${"a".repeat(174_761)}😀${"b".repeat(400_000)}`;
    writer.write(piece);
    expect(inflate(writer.finish())).toBe(piece);
  });

  it("deflates an empty part and a part given whole", () => {
    expect(inflate(new PartWriter(codec).finish())).toBe("");
    const whole = deflatePart(text("<Types/>"), codec);
    expect(inflate(whole)).toBe("<Types/>");
    expect(whole.crc).toBe(crc32(text("<Types/>")));
  });
});
