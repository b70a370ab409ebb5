/**
 * Node's native zlib and Buffer for reading stored runs (see RunCodec): the same bytes, checks and
 * text as the portable codec, without compiling fflate's inflater in a fresh CLI process.
 */
import { crc32, inflateRawSync } from "node:zlib";
import type { RunCodec } from "../../xlsx/rowRuns/runCodec";
import { asciiText } from "./asciiText";

export const NODE_RUN_CODEC: RunCodec = {
  // One byte over the size is enough for the caller to see a run that inflates too far.
  inflateRaw: (data, size) => inflateRawSync(data, { maxOutputLength: size + 1 }),
  crc32: (data) => crc32(data),
  decodeUtf8: (data) => asciiText(data) ?? new TextDecoder("utf-8").decode(data),
};
