/**
 * Node's native zlib and Buffer for reading stored runs (see RunCodec): the same bytes, checks and
 * text as the portable codec, without compiling fflate's inflater in a fresh CLI process.
 */
import { Buffer, isAscii } from "node:buffer";
import { crc32, inflateRawSync } from "node:zlib";
import type { RunCodec } from "../../xlsx/rowRuns/runCodec";

export const NODE_RUN_CODEC: RunCodec = {
  // One byte over the size is enough for the caller to see a run that inflates too far.
  inflateRaw: (data, size) => inflateRawSync(data, { maxOutputLength: size + 1 }),
  crc32: (data) => crc32(data),
  decodeUtf8: (data) =>
    // ASCII (nearly every run) is the same text read as Latin-1, which needs no decoder.
    isAscii(data)
      ? Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1")
      : new TextDecoder("utf-8").decode(data),
};
