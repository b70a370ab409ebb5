/**
 * Node's native zlib for the zip writer: the same format as the portable codec, several times
 * faster. Level 3: on a 12 MB sheet it deflates in 44 ms against 101 ms at level 6, for a part
 * 19 % larger (measured on the 5,000-project dashboard). Each chunk is compressed on its own and
 * ends with a sync flush, so the chunks concatenate into one valid DEFLATE stream.
 */
import { constants, crc32, deflateRaw, deflateRawSync, type ZlibOptions } from "node:zlib";
import type { ZipCodec } from "../../xlsx/write/zip/zipCodec";

function options(final: boolean): ZlibOptions {
  return { level: 3, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH };
}

export const NODE_ZIP_CODEC: ZipCodec = {
  deflater: () => ({
    push: (chunk, final) => [deflateRawSync(chunk, options(final))],
  }),
  // The same deflation on libuv's thread pool: the same bytes, while the main thread writes on.
  deflateInBackground: (chunk, final) =>
    new Promise((resolve, reject) => {
      deflateRaw(chunk, options(final), (error, out) => (error === null ? resolve(out) : reject(error)));
    }),
  crc32: (data, previous) => crc32(data, previous),
  // Each push is a fresh deflateRawSync: no back-reference crosses a chunk.
  independentChunks: true,
  // deflateRawSync has compressed the chunk when it returns and keeps no view of it.
  consumesChunk: true,
};
