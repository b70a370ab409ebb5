/**
 * Node's native zlib for the zip writer: the same format as the portable codec, several times
 * faster. Level 2: the 5,000-project dashboard's 26.6 MB of XML, in the writer's 1 MB chunks,
 * deflates in 99 ms against 136 ms at level 3 and 85 ms at level 1, to 4.23 MB (4.04 MB at level
 * 3, 4.42 MB at level 1): most of the speed for a file 5 % larger. Each chunk is compressed on its
 * own and ends with a sync flush, so the chunks concatenate into one valid DEFLATE stream.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";
import type { ZipCodec } from "../../xlsx/write/zip/zipCodec";

export const NODE_ZIP_CODEC: ZipCodec = {
  deflater: () => ({
    push: (chunk, final) => [
      deflateRawSync(chunk, { level: 2, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
    ],
  }),
  crc32: (data, previous) => crc32(data, previous),
  // Each push is a fresh deflateRawSync: no back-reference crosses a chunk.
  independentChunks: true,
  // deflateRawSync has compressed the chunk when it returns and keeps no view of it.
  consumesChunk: true,
};
