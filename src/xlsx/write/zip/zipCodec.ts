/**
 * How the zip writer compresses and checksums a part, chunk by chunk: a part is deflated while it
 * is written, so a sheet of a hundred megabytes of XML is never held whole. The portable codec
 * (fflate and a table CRC) runs in the task pane; the CLI passes Node's native zlib, several times
 * faster on the tens of megabytes of sheet XML a large dashboard holds.
 */
import { Deflate } from "fflate";
import { crc32 } from "./crc32";

/** One raw-DEFLATE stream (no zlib header, as zip entries store it), fed chunk by chunk. */
export interface Deflater {
  /** Compresses `chunk`; `final` ends the stream. Returns the compressed bytes produced. */
  push(chunk: Uint8Array, final: boolean): Uint8Array[];
}

export interface ZipCodec {
  readonly deflater: () => Deflater;
  /**
   * True when every `push` returns a DEFLATE stream of its own, byte-aligned and referring to no
   * earlier bytes, so chunks can be cut out and copied into another part (stored runs).
   */
  readonly independentChunks?: boolean;
  /** True when `push` is done with the chunk once it returns, so the writer may reuse its buffer. */
  readonly consumesChunk?: boolean;
  /** CRC-32 of `data` continuing from `previous` (the CRC of the bytes before it; 0 to start). */
  readonly crc32: (data: Uint8Array, previous: number) => number;
}

/**
 * Whether parts deflated with `codec` can store runs (see PartWriter.beginRun): only when its
 * chunks are independent DEFLATE streams can a run's bytes stand on their own (the CLI's zlib; the
 * pane's streaming fflate cannot).
 */
export function storesRuns(codec: ZipCodec): boolean {
  return codec.independentChunks === true;
}

export const PORTABLE_ZIP_CODEC: ZipCodec = {
  deflater: () => {
    let produced: Uint8Array[] = [];
    const stream = new Deflate({ level: 6 }, (data) => produced.push(data));
    return {
      push(chunk, final) {
        stream.push(chunk, final);
        const out = produced;
        produced = [];
        return out;
      },
    };
  },
  crc32,
};
