/**
 * Writes a zip archive of deflated entries. Every entry gets the same date, so the same parts give
 * the same bytes. No ZIP64: a workbook we write stays far below 4 GB and 65,535 parts.
 *
 * @example writeZip([{ name: "a.xml", data: bytes }], new Date(0), PORTABLE_ZIP_CODEC)
 */
import { concatBytes } from "../../concatBytes";
import { encodeUtf8 } from "../../utf8";
import { deflatePart, type DeflatedPart } from "./partWriter";
import { PORTABLE_ZIP_CODEC, type ZipCodec } from "./zipCodec";

/** A part as bytes (deflated here) or already deflated while it was written. */
export type ZipEntry =
  | { readonly name: string; readonly data: Uint8Array }
  | {
      readonly name: string;
      readonly part: DeflatedPart;
      /** The entry's comment in the central directory (a stored-run index), at most 65,535 bytes. */
      readonly comment?: Uint8Array;
    };

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION_2_0 = 20;

/** DOS date and time fields of a zip header (local time fields, 2-second resolution). */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getUTCFullYear());
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

interface Packed {
  readonly name: Uint8Array;
  readonly part: DeflatedPart;
  readonly offset: number;
  readonly comment: Uint8Array;
}

const NO_COMMENT = new Uint8Array(0);

/** The fields local and central headers share, from "version needed" to the name length. */
function writeCommon(view: DataView, at: number, entry: Packed, stamp: { time: number; date: number }): void {
  view.setUint16(at, VERSION_2_0, true);
  view.setUint16(at + 2, UTF8_NAMES, true);
  view.setUint16(at + 4, DEFLATE, true);
  view.setUint16(at + 6, stamp.time, true);
  view.setUint16(at + 8, stamp.date, true);
  view.setUint32(at + 10, entry.part.crc, true);
  view.setUint32(at + 14, entry.part.compressedSize, true);
  view.setUint32(at + 18, entry.part.size, true);
  view.setUint16(at + 22, entry.name.length, true);
}

export function writeZip(
  entries: readonly ZipEntry[],
  timestamp: Date,
  codec: ZipCodec = PORTABLE_ZIP_CODEC,
): Uint8Array {
  return concatBytes(zipPieces(entries, timestamp, codec));
}

/**
 * The same archive as `writeZip`, as the pieces it is made of, in order: each entry's header, then
 * its compressed chunks as the part holds them, then the central directory. A caller that writes
 * them to a file one after the other never copies the parts into one array (20 MB for a dashboard
 * with a 36-month history).
 */
export function zipPieces(
  entries: readonly ZipEntry[],
  timestamp: Date,
  codec: ZipCodec = PORTABLE_ZIP_CODEC,
): Uint8Array[] {
  const stamp = dosDateTime(timestamp);
  const packed: Packed[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encodeUtf8(entry.name);
    const part = "part" in entry ? entry.part : deflatePart(entry.data, codec);
    const comment = "part" in entry ? (entry.comment ?? NO_COMMENT) : NO_COMMENT;
    if (comment.length > 0xffff) throw new Error(`${entry.name}: zip comment too long`);
    packed.push({ name, part, offset, comment });
    offset += LOCAL_HEADER + name.length + part.compressedSize;
  }
  const pieces: Uint8Array[] = [];
  for (const p of packed) {
    const header = new Uint8Array(LOCAL_HEADER + p.name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    writeCommon(view, 4, p, stamp);
    header.set(p.name, LOCAL_HEADER);
    pieces.push(header);
    for (const chunk of p.part.chunks) pieces.push(chunk);
  }
  const centralSize = packed.reduce((sum, p) => sum + CENTRAL_HEADER + p.name.length + p.comment.length, 0);
  const central = new Uint8Array(centralSize + END_RECORD);
  const view = new DataView(central.buffer);
  let at = 0;
  for (const p of packed) {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, VERSION_2_0, true); // made by
    writeCommon(view, at + 6, p, stamp);
    view.setUint16(at + 32, p.comment.length, true);
    view.setUint32(at + 42, p.offset, true);
    central.set(p.name, at + CENTRAL_HEADER);
    central.set(p.comment, at + CENTRAL_HEADER + p.name.length);
    at += CENTRAL_HEADER + p.name.length + p.comment.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, packed.length, true);
  view.setUint16(at + 10, packed.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, offset, true);
  pieces.push(central);
  return pieces;
}
