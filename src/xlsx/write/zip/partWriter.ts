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

/** A compressed chunk, or one still deflating on another thread (see `ZipCodec.deflateLater`). */
type Piece = Uint8Array | Promise<Uint8Array>;

/** A run while the part is written: the pieces it spans, with the CRC and size of its text. */
interface PieceRun {
  readonly key: string;
  readonly rows: number;
  readonly from: number;
  readonly to: number;
  readonly size: number;
  readonly crc: number;
}
/** The most bytes one UTF-16 code unit can take in UTF-8. */
const MAX_BYTES_PER_UNIT = 3;

export class PartWriter {
  private readonly deflater: Deflater;
  /** The compressed chunks in order; their sizes are known once every one has deflated. */
  private readonly pieces: Piece[] = [];
  private buffer = new Uint8Array(CHUNK_BYTES);
  private used = 0;
  private crc = 0;
  private size = 0;
  private readonly runs: PieceRun[] = [];
  /** The run being written: the piece it starts at, and its own CRC and size so far. */
  private run: { from: number; crc: number; size: number } | null = null;

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
    this.run = { from: this.pieces.length, crc: 0, size: 0 };
  }

  /** Ends the run begun last and records it under `key`. */
  endRun(key: string, rows: number): void {
    if (!this.storesRuns) return;
    this.flush();
    const run = this.run;
    if (run === null) throw new Error("no run is open");
    this.runs.push({ key, rows, from: run.from, to: this.pieces.length, size: run.size, crc: run.crc });
    this.run = null;
  }

  /** Copies a stored run's compressed bytes unchanged (needs `storesRuns`). */
  writeStored(stored: StoredRun): void {
    if (!this.storesRuns || this.run !== null) throw new Error("cannot copy a stored run here");
    this.flush();
    const from = this.pieces.length;
    this.pieces.push(stored.compressed);
    this.runs.push({
      key: stored.key,
      rows: stored.rows,
      from,
      to: from + 1,
      size: stored.size,
      crc: stored.crc,
    });
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

  /** Ends the part; the writer must not be used after. Its codec must not deflate later. */
  finish(): DeflatedPart {
    this.end();
    const chunks = this.pieces.map((piece) => {
      if (piece instanceof Promise)
        throw new Error("the part is still deflating: finish it with finishLater");
      return piece;
    });
    return this.assemble(chunks);
  }

  /** Ends the part, waiting for chunks that deflate on another thread; the writer must not be used after. */
  async finishLater(): Promise<DeflatedPart> {
    this.end();
    return this.assemble(await Promise.all(this.pieces));
  }

  private end(): void {
    if (this.run !== null) throw new Error("a run is still open");
    this.compress(true);
  }

  /** The part from its compressed chunks: their total size, and each run's place in bytes. */
  private assemble(chunks: Uint8Array[]): DeflatedPart {
    const offsets = [0];
    for (const chunk of chunks) offsets.push((offsets[offsets.length - 1] as number) + chunk.length);
    const at = (piece: number): number => offsets[piece] as number;
    const part = { chunks, compressedSize: at(chunks.length), crc: this.crc, size: this.size };
    if (this.runs.length === 0) return part;
    const runs = this.runs.map((run): RunRecord => ({
      key: run.key,
      rows: run.rows,
      offset: at(run.from),
      length: at(run.to) - at(run.from),
      size: run.size,
      crc: run.crc,
    }));
    return { ...part, runs };
  }

  /** Compresses what is buffered, if anything, as a chunk of its own. */
  private flush(): void {
    if (this.used > 0) this.compress(false);
  }

  private compress(final: boolean): void {
    const later = this.codec.deflateLater;
    const chunk = this.buffer.subarray(0, this.used);
    this.crc = this.codec.crc32(chunk, this.crc);
    this.size += chunk.length;
    if (this.run !== null) {
      this.run.crc = this.codec.crc32(chunk, this.run.crc);
      this.run.size += chunk.length;
    }
    if (later !== undefined) {
      // The thread deflating it reads the buffer until it is done: the next text goes into a new one.
      this.pieces.push(later(chunk, final));
      this.buffer = new Uint8Array(CHUNK_BYTES);
    } else {
      // A deflater that may keep a view of the chunk until it compresses it gets a copy.
      const input = this.codec.consumesChunk === true ? chunk : chunk.slice();
      for (const out of this.deflater.push(input, final)) this.pieces.push(out);
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
