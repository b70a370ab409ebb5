/**
 * Node's native zlib for the zip writer: the same format as the portable codec, several times
 * faster. Level 3: on a 12 MB sheet it deflates in 44 ms against 101 ms at level 6, for a part
 * 19 % larger (measured on the 5,000-project dashboard).
 */
import { crc32, deflateRawSync } from "node:zlib";
import type { ZipCodec } from "../../xlsx/write/zip/zipCodec";

export const NODE_ZIP_CODEC: ZipCodec = {
  deflateRaw: (data) => deflateRawSync(data, { level: 3 }),
  crc32: (data) => crc32(data),
};
