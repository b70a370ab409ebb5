import type { XlsxLimits } from "../limits";
import { decodeLatin1, decodeUtf8 } from "../utf8";
import { damaged, XlsxError } from "../xlsxError";

/** One file of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
  /** CRC-32 of the inflated bytes, as recorded. */
  readonly crc: number;
  /** The entry's comment, when it has one (PMO Pulse keeps a stored-run index there). */
  readonly comment?: string;
  /** Compressed bytes to read instead of the archive's (a part read without its stored runs). */
  readonly compressed?: Uint8Array;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

function u16(data: Uint8Array, at: number): number {
  return (data[at] ?? 0) | ((data[at + 1] ?? 0) << 8);
}

function u32(data: Uint8Array, at: number): number {
  return (u16(data, at) + u16(data, at + 2) * 0x10000) >>> 0;
}

/** 64-bit little-endian as a number (exact below 2^53, which any real offset is). */
function u64(data: Uint8Array, at: number): number {
  return u32(data, at) + u32(data, at + 4) * 0x1_0000_0000;
}

/** Offset of the end-of-central-directory record, searching back over a possible comment; -1 if none. */
export function findEndOfCentralDirectory(data: Uint8Array): number {
  const lowest = Math.max(0, data.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = data.length - EOCD_SIZE; at >= lowest; at--) {
    if (data[at] === 0x50 && data[at + 1] === 0x4b && u32(data, at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

interface DirectoryBounds {
  readonly entries: number;
  readonly size: number;
  readonly offset: number;
  /** Where the central directory really starts in `data`. */
  readonly start: number;
}

function zip64Bounds(data: Uint8Array, eocd: number): DirectoryBounds {
  const locator = eocd - 20;
  if (locator < 0 || u32(data, locator) !== ZIP64_LOCATOR_SIGNATURE) throw damaged("zip64 locator missing");
  const record = u64(data, locator + 8);
  if (record + 56 > data.length || u32(data, record) !== ZIP64_EOCD_SIGNATURE) {
    throw damaged("zip64 end record missing");
  }
  const entries = u64(data, record + 32);
  const size = u64(data, record + 40);
  const offset = u64(data, record + 48);
  return { entries, size, offset, start: offset };
}

function directoryBounds(data: Uint8Array, eocd: number): DirectoryBounds {
  const entries = u16(data, eocd + 10);
  const size = u32(data, eocd + 12);
  const offset = u32(data, eocd + 16);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) return zip64Bounds(data, eocd);
  return { entries, size, offset, start: eocd - size };
}

/**
 * Bytes before the zip: a zip's offsets count from its first byte, so a central directory found
 * later than it says means something was put in front of the archive.
 */
function leadingJunk(bounds: DirectoryBounds): number {
  return bounds.start - bounds.offset;
}

function entryAt(data: Uint8Array, at: number, shift: number): { entry: ZipEntry; next: number } {
  if (at + 46 > data.length || u32(data, at) !== CENTRAL_SIGNATURE) throw damaged("central directory entry");
  const flags = u16(data, at + 8);
  const method = u16(data, at + 10);
  const crc = u32(data, at + 16);
  let compressedSize = u32(data, at + 20);
  let uncompressedSize = u32(data, at + 24);
  const nameLength = u16(data, at + 28);
  const extraLength = u16(data, at + 30);
  const commentLength = u16(data, at + 32);
  let localHeaderOffset = u32(data, at + 42);
  const nameBytes = data.subarray(at + 46, at + 46 + nameLength);
  const name = (flags & 0x800) !== 0 ? decodeUtf8(nameBytes) : decodeLatin1(nameBytes);
  // Zip64 extended information: the 64-bit values for the fields that hold 0xFFFFFFFF, in order.
  let extra = at + 46 + nameLength;
  const extraEnd = extra + extraLength;
  while (extra + 4 <= extraEnd) {
    const id = u16(data, extra);
    const length = u16(data, extra + 2);
    if (id === 0x0001) {
      let field = extra + 4;
      if (uncompressedSize === 0xffffffff) {
        uncompressedSize = u64(data, field);
        field += 8;
      }
      if (compressedSize === 0xffffffff) {
        compressedSize = u64(data, field);
        field += 8;
      }
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(data, field);
    }
    extra += 4 + length;
  }
  const commentBytes = data.subarray(extraEnd, extraEnd + commentLength);
  const comment = commentLength === 0 ? undefined : decodeUtf8(commentBytes);
  return {
    entry: {
      name,
      method,
      compressedSize,
      uncompressedSize,
      localHeaderOffset: localHeaderOffset + shift,
      encrypted: (flags & 0x1) !== 0,
      crc,
      ...(comment === undefined ? {} : { comment }),
    },
    next: extraEnd + commentLength,
  };
}

/**
 * The entries of a zip archive, from its central directory (the authoritative list: local headers
 * may carry zero sizes when a data descriptor follows). Throws XlsxError for a truncated or damaged
 * archive and for data in front of it.
 */
export function readZipDirectory(data: Uint8Array, limits: XlsxLimits): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(data);
  if (eocd < 0) throw damaged("no end of central directory (truncated?)");
  const bounds = directoryBounds(data, eocd);
  if (bounds.start < 0 || bounds.start + bounds.size > data.length)
    throw damaged("central directory out of range");
  const junk = leadingJunk(bounds);
  if (junk > 0) throw new XlsxError(leadingJunkReason(junk));
  if (junk < 0) throw damaged("central directory earlier than recorded (truncated?)");
  if (bounds.entries > limits.maxZipEntries) {
    throw new XlsxError(
      `the zip archive lists ${bounds.entries} files, more than a workbook ever has; it is not a valid .xlsx`,
    );
  }
  const entries: ZipEntry[] = [];
  let at = bounds.start;
  for (let i = 0; i < bounds.entries; i++) {
    const { entry, next } = entryAt(data, at, junk);
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** Data in front of a zip: a workbook glued to something else, or a file altered in transit. */
export function leadingJunkReason(bytes: number): string {
  return (
    `the file has ${bytes} byte${bytes === 1 ? "" : "s"} of other data in front of the workbook, so it is damaged ` +
    "or was altered; open the original in Excel and save it again"
  );
}
