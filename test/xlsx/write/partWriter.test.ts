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

describe("PartWriter deflating in the background", () => {
  const rows = Array.from({ length: 60_000 }, (_v, i) => `<row r="${i + 1}"><c><v>${i * 7}</v></c></row>`);
  const history = Array.from(
    { length: 30_000 },
    (_v, i) => `<row><c t="inlineStr"><is><t>P-${i}</t></is></c></row>`,
  );

  /** 2.4 MB of rows, then a run of 1.2 MB, through `writer`. */
  function write(writer: PartWriter): void {
    for (const row of rows) writer.write(row);
    writer.beginRun();
    for (const row of history) writer.write(row);
    writer.endRun("ProjectHistory 2026-10-31", history.length);
    writer.write("</sheetData>");
  }

  function bytesOf(part: DeflatedPart): Buffer {
    return Buffer.concat(part.chunks.map((c) => Buffer.from(c)));
  }

  it("gives the same part, byte for byte and run for run, as deflating each chunk in turn", async () => {
    const inTurn = new PartWriter(NODE_ZIP_CODEC);
    write(inTurn);
    const expected = inTurn.finish();
    const background = new PartWriter(NODE_ZIP_CODEC, true);
    write(background);
    const part = await background.finishInBackground();
    expect(bytesOf(part).equals(bytesOf(expected))).toBe(true);
    expect({ ...part, chunks: [] }).toEqual({ ...expected, chunks: [] });
    expect(part.runs?.[0]).toMatchObject({ key: "ProjectHistory 2026-10-31", rows: 30_000 });
    expect(inflate(part)).toBe(`${rows.join("")}${history.join("")}</sheetData>`);
  });

  it("deflates at most 8 chunks in the background at once, the others itself, and still gives the same part", async () => {
    let inFlight = 0;
    let most = 0;
    const held: (() => void)[] = [];
    const codec: ZipCodec = {
      ...NODE_ZIP_CODEC,
      // Nothing finishes until the test lets it: the writer must not wait for, or pile up, more.
      deflateInBackground: (chunk, final) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        const out = NODE_ZIP_CODEC.deflater().push(chunk, final)[0] as Uint8Array;
        return new Promise((resolve) =>
          held.push(() => {
            inFlight -= 1;
            resolve(out);
          }),
        );
      },
    };
    const writer = new PartWriter(codec, true);
    const big = "x".repeat(300_000);
    for (let i = 0; i < 50; i++) writer.write(`<c>${big}${i}</c>`);
    const finished = writer.finishInBackground();
    expect(most).toBe(8);
    for (const release of held) release();
    const part = await finished;
    expect(inflate(part)).toBe(Array.from({ length: 50 }, (_v, i) => `<c>${big}${i}</c>`).join(""));
    const inTurn = new PartWriter(NODE_ZIP_CODEC);
    for (let i = 0; i < 50; i++) inTurn.write(`<c>${big}${i}</c>`);
    expect(bytesOf(part).equals(bytesOf(inTurn.finish()))).toBe(true);
  });

  it("fails with the deflater's error, and keeps the two ways of finishing apart", async () => {
    const failing: ZipCodec = {
      ...NODE_ZIP_CODEC,
      deflateInBackground: () => Promise.reject(new Error("zlib ran out of memory")),
    };
    const writer = new PartWriter(failing, true);
    writer.write("<sheetData/>");
    await expect(writer.finishInBackground()).rejects.toThrow("zlib ran out of memory");
    expect(() => new PartWriter(NODE_ZIP_CODEC, true).finish()).toThrow(/finishInBackground/);
    await expect(new PartWriter(NODE_ZIP_CODEC).finishInBackground()).rejects.toThrow(/background/);
  });
});
