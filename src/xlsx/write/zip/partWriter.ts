/**
 * Writes one package part as text and keeps it only deflated: the text is encoded into a 1 MB
 * buffer, and each full buffer is compressed (and checksummed) at once, so a 200,000-row sheet is
 * never held as one string or one array of bytes.
 *
 * @example const w = new PartWriter(codec); w.write("<row r=\"1\"/>"); w.finish().size === 12
 */
import type { RunRecord, StoredRun } from "../../rowRuns/storedRun";
import { encodeUtf8Into } from "../../utf8";
import { crc32Combine } from "./crc32Combine";
import { storesRuns, type Deflater, type ZipCodec } from "./zipCodec";

/** A part as the zip stores it: deflated bytes, with the CRC-32 and size of the original. */
export interface DeflatedPart {
  readonly chunks: readonly Uint8Array[];
  readonly compressedSize: number;
  readonly crc: number;
  readonly size: number;
  /** The runs stored in it (see StoredRun), when its codec can store them. */
  readonly runs?: readonly RunRecord[];
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
  private compressedSize = 0;
  private readonly runs: RunRecord[] = [];
  /** The run being written: where it started, and its own CRC and size so far. */
  private run: { offset: number; crc: number; size: number } | null = null;

  constructor(private readonly codec: ZipCodec) {
    this.deflater = codec.deflater();
  }

  /** Whether runs are stored (see `storesRuns`); without, beginRun and endRun do nothing. */
  get storesRuns(): boolean {
    return storesRuns(this.codec);
  }

  /** Starts a run: what was written before it is compressed first, so the run starts a chunk. */
  beginRun(): void {
    if (!this.storesRuns) return;
    if (this.run !== null) throw new Error("a run is already open");
    this.flush();
    this.run = { offset: this.compressedSize, crc: 0, size: 0 };
  }

  /** Ends the run begun last and records it under `key`. */
  endRun(key: string, rows: number): void {
    if (!this.storesRuns) return;
    this.flush();
    const run = this.run;
    if (run === null) throw new Error("no run is open");
    this.runs.push({
      key,
      rows,
      offset: run.offset,
      length: this.compressedSize - run.offset,
      size: run.size,
      crc: run.crc,
    });
    this.run = null;
  }

  /** Copies a stored run's compressed bytes unchanged (needs `storesRuns`). */
  writeStored(stored: StoredRun): void {
    if (!this.storesRuns || this.run !== null) throw new Error("cannot copy a stored run here");
    this.flush();
    this.runs.push({
      key: stored.key,
      rows: stored.rows,
      offset: this.compressedSize,
      length: stored.compressed.length,
      size: stored.size,
      crc: stored.crc,
    });
    this.chunks.push(stored.compressed);
    this.compressedSize += stored.compressed.length;
    this.crc = crc32Combine(this.crc, stored.crc, stored.size);
    this.size += stored.size;
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
    if (this.run !== null) throw new Error("a run is still open");
    this.compress(true);
    const part = { chunks: this.chunks, compressedSize: this.compressedSize, crc: this.crc, size: this.size };
    return this.runs.length === 0 ? part : { ...part, runs: this.runs };
  }

  /** Compresses what is buffered, if anything, as a chunk of its own. */
  private flush(): void {
    if (this.used > 0) this.compress(false);
  }

  private compress(final: boolean): void {
    // A deflater that may keep a view of the chunk until it compresses it gets a copy.
    const chunk =
      this.codec.consumesChunk === true
        ? this.buffer.subarray(0, this.used)
        : this.buffer.slice(0, this.used);
    this.crc = this.codec.crc32(chunk, this.crc);
    this.size += chunk.length;
    if (this.run !== null) {
      this.run.crc = this.codec.crc32(chunk, this.run.crc);
      this.run.size += chunk.length;
    }
    for (const out of this.deflater.push(chunk, final)) {
      this.chunks.push(out);
      this.compressedSize += out.length;
    }
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
