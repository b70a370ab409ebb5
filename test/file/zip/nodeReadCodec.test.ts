/**
 * The CLI's read codec must give exactly what the portable path gives: the same text from the same
 * bytes however they are split into chunks, and the same inflated bytes, with damaged data and an
 * early stop handled.
 */
import { deflateRawSync } from "node:zlib";
import { NODE_READ_CODEC } from "../../../src/file/zip/nodeReadCodec";
import { utf8StreamDecoder } from "../../../src/xlsx/utf8";

function decodeInChunks(bytes: Uint8Array, cuts: readonly number[]): string {
  const decoder = NODE_READ_CODEC.utf8Decoder();
  let text = "";
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    text += decoder.decode(bytes.subarray(from, cut), { stream: true });
    from = cut;
  }
  return text + decoder.decode();
}

function portableDecode(bytes: Uint8Array): string {
  const decoder = utf8StreamDecoder();
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}

const SAMPLES: Record<string, Uint8Array> = {
  ascii: Buffer.from('<c r="A1"><v>12</v></c><c r="B1" t="s"><v>3</v></c>'),
  "two-, three- and four-byte characters": Buffer.from("<t>Zoë · 5 € · 📈 · 東京</t><t>plain</t>"),
  "a byte-order mark at the start": Buffer.from("\uFEFF<t>a</t><t>b</t>"),
  "U+FEFF after ASCII (kept, as it is not at the start)": Buffer.from("<t>a</t>\uFEFF<t>b</t>"),
  "invalid and truncated sequences": Buffer.concat([
    Buffer.from("<t>"),
    Buffer.from([0xc3, 0x41, 0xe2, 0x82, 0x3c, 0xff, 0xf0, 0x9f, 0x93]),
    Buffer.from("</t><t>after</t>"),
    Buffer.from([0xe2, 0x82]),
  ]),
};

describe("the CLI's UTF-8 decoder", () => {
  for (const [name, bytes] of Object.entries(SAMPLES)) {
    it(`decodes ${name} as TextDecoder does, cut anywhere into one, two or three chunks`, () => {
      const expected = portableDecode(bytes);
      expect(decodeInChunks(bytes, [])).toBe(expected);
      for (let a = 0; a <= bytes.length; a++) {
        expect(decodeInChunks(bytes, [a])).toBe(expected);
        for (let b = a; b <= Math.min(bytes.length, a + 5); b++)
          expect(decodeInChunks(bytes, [a, b])).toBe(expected);
      }
    });
  }

  it("drops a byte-order mark only at the start of the part", () => {
    expect(decodeInChunks(SAMPLES["a byte-order mark at the start"] as Uint8Array, [1])).toBe(
      "<t>a</t><t>b</t>",
    );
    expect(decodeInChunks(Buffer.from("<a/>\uFEFF<b/>"), [4])).toBe("<a/>\uFEFF<b/>");
  });
});

async function inflateAll(compressed: Uint8Array): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of NODE_READ_CODEC.inflate(compressed)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe("the CLI's inflater", () => {
  const xml = Buffer.from(
    Array.from(
      { length: 100_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 7}</v></c></row>`,
    ).join(""),
  );

  it("gives back the bytes deflated, over many chunks", async () => {
    expect(xml.length).toBeGreaterThan(3 * 1024 * 1024);
    expect((await inflateAll(deflateRawSync(xml))).equals(xml)).toBe(true);
  });

  it("rejects damaged and truncated data", async () => {
    await expect(inflateAll(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x01]))).rejects.toThrow(/invalid/);
    const whole = deflateRawSync(xml);
    await expect(inflateAll(whole.subarray(0, whole.length >> 1))).rejects.toThrow(/unexpected end/);
  });

  it("stops when the reader stops early", async () => {
    const chunks = NODE_READ_CODEC.inflate(deflateRawSync(xml))[Symbol.asyncIterator]();
    const first = await chunks.next();
    expect(first.done).toBe(false);
    expect((await chunks.return?.())?.done).toBe(true);
    expect((await chunks.next()).done).toBe(true);
  });
});
