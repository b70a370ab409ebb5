/**
 * How the zip writer compresses and checksums a part. The portable codec (fflate and a table
 * CRC) runs in the task pane; the CLI passes Node's native zlib, several times faster on the
 * tens of megabytes of sheet XML a large dashboard holds.
 */
import { deflateSync } from "fflate";
import { crc32 } from "./crc32";

export interface ZipCodec {
  /** Raw DEFLATE (no zlib header), as zip entries store it. */
  readonly deflateRaw: (data: Uint8Array) => Uint8Array;
  readonly crc32: (data: Uint8Array) => number;
}

export const PORTABLE_ZIP_CODEC: ZipCodec = {
  deflateRaw: (data) => deflateSync(data, { level: 6 }),
  crc32,
};
