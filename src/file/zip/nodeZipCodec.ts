/**
 * Node's native zlib for the zip writer: the same format as the portable codec, several times
 * faster. Level 3: on a 12 MB sheet it deflates in 44 ms against 101 ms at level 6, for a part
 * 19 % larger (measured on the 5,000-project dashboard). Each chunk is compressed on its own and
 * ends with a sync flush, so the chunks concatenate into one valid DEFLATE stream.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";
import type { ZipCodec } from "../../xlsx/write/zip/zipCodec";

export const NODE_ZIP_CODEC: ZipCodec = {
  deflater: () => ({
    push: (chunk, final) => [
      deflateRawSync(chunk, { level: 3, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
    ],
  }),
  crc32: (data, previous) => crc32(data, previous),
  // Each push is a fresh deflateRawSync: no back-reference crosses a chunk.
  independentChunks: true,
  // deflateRawSync has compressed the chunk when it returns and keeps no view of it.
  consumesChunk: true,
};
