import { findEndOfCentralDirectory } from "./zip/zipDirectory";

/**
 * Recognises what kind of file some bytes hold from their first bytes (and, for a zip with data in
 * front of it, its last ones), so that a file that is not an .xlsx gets a message saying what it
 * looks like instead of a zip error.
 */
export type ContainerFormat = "zip" | "empty" | "encrypted-ooxml" | "legacy-xls" | "text" | "unknown";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptedPackage" in UTF-16LE: the stream a password-protected .xlsx keeps inside a Compound File (MS-OFFCRYPTO). */
const ENCRYPTED_STREAM = [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]);
const TEXT_PROBE_BYTES = 4096;

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return data.length >= magic.length && magic.every((byte, i) => data[i] === byte);
}

function includesBytes(data: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (
    let at = data.indexOf(first ?? 0);
    at >= 0 && at + needle.length <= data.length;
    at = data.indexOf(first ?? 0, at + 1)
  ) {
    if (needle.every((byte, i) => data[at + i] === byte)) return true;
  }
  return false;
}

export function detectContainerFormat(data: Uint8Array): ContainerFormat {
  if (data.length === 0) return "empty";
  if (data[0] === 0x50 && data[1] === 0x4b) return "zip";
  if (startsWith(data, CFB_MAGIC))
    return includesBytes(data, ENCRYPTED_STREAM) ? "encrypted-ooxml" : "legacy-xls";
  // A zip with something in front of it still ends with a zip's end record; the zip reader names the problem.
  if (findEndOfCentralDirectory(data) >= 0) return "zip";
  // Text files (CSV, TSV, HTML, XML) have no NUL bytes; binary formats almost always do.
  return data.subarray(0, TEXT_PROBE_BYTES).includes(0) ? "unknown" : "text";
}

/** The human reason for a format that is not a readable .xlsx (null for "zip"). */
export function unreadableFormatReason(format: ContainerFormat): string | null {
  switch (format) {
    case "zip":
      return null;
    case "empty":
      return "the file is empty (0 bytes)";
    case "encrypted-ooxml":
      return "the workbook is password-protected; remove the password in Excel and save it again";
    case "legacy-xls":
      return "not an .xlsx workbook (it looks like an old .xls file); save it as .xlsx";
    case "text":
      return "not an .xlsx workbook (it looks like a text or CSV file); save it as .xlsx";
    case "unknown":
      return "not an .xlsx workbook; save it as .xlsx";
  }
}
