/**
 * How a stored run's bytes are inflated, checked and decoded. The portable codec (fflate, a table
 * CRC and TextDecoder) runs anywhere, the task pane included; the CLI passes Node's native zlib and
 * Buffer (src/file/zip/nodeRunCodec.ts), which read the previous period of a --previous dashboard
 * in a fresh process about 50 ms faster than fflate still being compiled.
 */
import { inflateSync } from "fflate";
import { decodeUtf8 } from "../utf8";
import { crc32 } from "../write/zip/crc32";

export interface RunCodec {
  /**
   * Raw DEFLATE data inflated into at most `size` bytes (the run's size by its index); throws when
   * the data is damaged. More than `size` bytes may be cut or refused: either way the caller sees
   * the size is wrong.
   */
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  /** CRC-32 of `data`. */
  crc32(data: Uint8Array): number;
  /** UTF-8 text, as `TextDecoder("utf-8")` gives it. */
  decodeUtf8(data: Uint8Array): string;
}

export const PORTABLE_RUN_CODEC: RunCodec = {
  inflateRaw: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  crc32: (data) => crc32(data),
  decodeUtf8,
};
