/**
 * Writes one package part as text and keeps it only deflated: the text is encoded into a 1 MB
 * buffer, and each full buffer is compressed (and checksummed) at once, so a 200,000-row sheet is
 * never held as one string or one array of bytes.
 *
 * @example const w = new PartWriter(codec); w.write("<row r=\"1\"/>"); w.finish().size === 12
 */
import { encodeUtf8Into } from "../../utf8";
import type { Deflater, ZipCodec } from "./zipCodec";

/** A part as the zip stores it: deflated bytes, with the CRC-32 and size of the original. */
export interface DeflatedPart {
  readonly chunks: readonly Uint8Array[];
  readonly compressedSize: number;
  readonly crc: number;
  readonly size: number;
}

const CHUNK_BYTES = 1 << 20;
/** The most bytes one UTF-16 code unit can take in UTF-8. */
const MAX_BYTES_PER_UNIT = 3;

export class PartWriter {
  private readonly deflater: Deflater;
  private readonly chunks: Uint8Array[] = [];
  private readonly buffer = new Uint8Array(CHUNK_BYTES);
  private used = 0;
  private crc = 0;
  private size = 0;

  constructor(private readonly codec: ZipCodec) {
    this.deflater = codec.deflater();
  }

  write(text: string): void {
    if (text.length * MAX_BYTES_PER_UNIT <= CHUNK_BYTES - this.used) {
      this.used += encodeUtf8Into(text, this.buffer.subarray(this.used));
      return;
    }
    // Too long for what is left: split it (never inside a surrogate pair) and write the halves.
    if (text.length * MAX_BYTES_PER_UNIT > CHUNK_BYTES) {
      let cut = Math.floor(CHUNK_BYTES / MAX_BYTES_PER_UNIT / 2);
      const unit = text.charCodeAt(cut - 1);
      if (unit >= 0xd800 && unit <= 0xdbff) cut -= 1;
      this.write(text.slice(0, cut));
      this.write(text.slice(cut));
      return;
    }
    this.compress(false);
    this.write(text);
  }

  /** Ends the part; the writer must not be used after. */
  finish(): DeflatedPart {
    this.compress(true);
    const compressedSize = this.chunks.reduce((sum, c) => sum + c.length, 0);
    return { chunks: this.chunks, compressedSize, crc: this.crc, size: this.size };
  }

  private compress(final: boolean): void {
    // The deflater may keep a view of the chunk until it compresses it: hand it a copy.
    const chunk = this.buffer.slice(0, this.used);
    this.crc = this.codec.crc32(chunk, this.crc);
    this.size += chunk.length;
    for (const out of this.deflater.push(chunk, final)) this.chunks.push(out);
    this.used = 0;
  }
}

/** A whole part already in memory, deflated in one go. */
export function deflatePart(data: Uint8Array, codec: ZipCodec): DeflatedPart {
  const deflater = codec.deflater();
  const chunks = deflater.push(data, true);
  const compressedSize = chunks.reduce((sum, c) => sum + c.length, 0);
  return { chunks, compressedSize, crc: codec.crc32(data, 0), size: data.length };
}
