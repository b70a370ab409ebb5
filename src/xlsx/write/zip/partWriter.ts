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
/**
 * Chunks deflating in the background at once, at most (each holds its 1 MB of text until done):
 * past this, the writer deflates the next chunk itself, so memory stays bounded however fast the
 * text comes.
 */
const MAX_IN_BACKGROUND = 8;
const NOT_YET = new Uint8Array(0);

/** A run as written: its chunks (from `first`, before `end`), CRC and size; offsets come at the end. */
interface RunMark {
  readonly key: string;
  readonly rows: number;
  readonly first: number;
  end: number;
  crc: number;
  size: number;
}

export class PartWriter {
  private readonly deflater: Deflater;
  private readonly chunks: Uint8Array[] = [];
  private buffer = new Uint8Array(CHUNK_BYTES);
  private used = 0;
  private crc = 0;
  private size = 0;
  private readonly runs: RunMark[] = [];
  /** The run being written. */
  private run: RunMark | null = null;
  /** Chunks deflating in the background, and how many of them are not done yet. */
  private readonly pending: Promise<void>[] = [];
  private inBackground = 0;

  /**
   * `background`: deflate chunks with the codec's `deflateInBackground` while the text goes on
   * being written (finish with `finishInBackground`).
   */
  constructor(
    private readonly codec: ZipCodec,
    private readonly background = false,
  ) {
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
    this.run = { key: "", rows: 0, first: this.chunks.length, end: -1, crc: 0, size: 0 };
  }

  /** Ends the run begun last and records it under `key`. */
  endRun(key: string, rows: number): void {
    if (!this.storesRuns) return;
    this.flush();
    const run = this.run;
    if (run === null) throw new Error("no run is open");
    this.runs.push({ ...run, key, rows, end: this.chunks.length });
    this.run = null;
  }

  /** Copies a stored run's compressed bytes unchanged (needs `storesRuns`). */
  writeStored(stored: StoredRun): void {
    if (!this.storesRuns || this.run !== null) throw new Error("cannot copy a stored run here");
    this.flush();
    const first = this.chunks.length;
    this.chunks.push(stored.compressed);
    const { key, rows, crc, size } = stored;
    this.runs.push({ key, rows, first, end: first + 1, crc, size });
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
    if (this.background) throw new Error("a part deflated in the background ends with finishInBackground");
    return this.end();
  }

  /** Ends a part written with `background`, once its last chunk is deflated. */
  async finishInBackground(): Promise<DeflatedPart> {
    if (!this.background) throw new Error("finishInBackground needs a writer made with background");
    this.endText();
    await Promise.all(this.pending);
    return this.part();
  }

  private end(): DeflatedPart {
    this.endText();
    return this.part();
  }

  private endText(): void {
    if (this.run !== null) throw new Error("a run is still open");
    this.compress(true);
  }

  /** The part, every chunk deflated: sizes and run offsets are counted from the chunks now. */
  private part(): DeflatedPart {
    const offsets = [0];
    for (const chunk of this.chunks) offsets.push((offsets[offsets.length - 1] ?? 0) + chunk.length);
    const at = (i: number): number => offsets[i] ?? 0;
    const part = {
      chunks: this.chunks,
      compressedSize: at(this.chunks.length),
      crc: this.crc,
      size: this.size,
    };
    if (this.runs.length === 0) return part;
    const runs: RunRecord[] = this.runs.map(({ key, rows, first, end, crc, size }) => ({
      key,
      rows,
      offset: at(first),
      length: at(end) - at(first),
      size,
      crc,
    }));
    return { ...part, runs };
  }

  /** Compresses what is buffered, if anything, as a chunk of its own. */
  private flush(): void {
    if (this.used > 0) this.compress(false);
  }

  private compress(final: boolean): void {
    const deflateInBackground = this.background ? this.codec.deflateInBackground : undefined;
    const inBackground = deflateInBackground !== undefined && this.inBackground < MAX_IN_BACKGROUND;
    // A deflater that may keep a view of the chunk until it compresses it gets a copy; one that
    // works in the background gets the buffer itself, and the writer a new one.
    const chunk =
      this.codec.consumesChunk === true || inBackground
        ? this.buffer.subarray(0, this.used)
        : this.buffer.slice(0, this.used);
    this.crc = this.codec.crc32(chunk, this.crc);
    this.size += chunk.length;
    if (this.run !== null) {
      this.run.crc = this.codec.crc32(chunk, this.run.crc);
      this.run.size += chunk.length;
    }
    if (inBackground) {
      const slot = this.chunks.length;
      this.chunks.push(NOT_YET);
      this.inBackground += 1;
      this.pending.push(
        deflateInBackground(chunk, final).then((out) => {
          this.chunks[slot] = out;
          this.inBackground -= 1;
        }),
      );
      if (!final) this.buffer = new Uint8Array(CHUNK_BYTES);
    } else {
      for (const out of this.deflater.push(chunk, final)) this.chunks.push(out);
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
