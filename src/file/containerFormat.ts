/**
 * Recognises what kind of file a buffer holds from its first bytes, so that a file that is not an
 * .xlsx gets a message saying what it looks like instead of a zip library's error.
 */
export type ContainerFormat = "zip" | "empty" | "encrypted-ooxml" | "legacy-xls" | "text" | "unknown";

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// A password-protected .xlsx is a Compound File holding these streams (MS-OFFCRYPTO); their names
// are stored UTF-16LE in the compound file's directory.
const ENCRYPTED_STREAM = Buffer.from("EncryptedPackage", "utf16le");
const TEXT_PROBE_BYTES = 4096;

function startsWith(data: Buffer, magic: readonly number[]): boolean {
  return data.length >= magic.length && magic.every((byte, i) => data[i] === byte);
}

export function detectContainerFormat(data: Buffer): ContainerFormat {
  if (data.length === 0) return "empty";
  if (startsWith(data, ZIP_MAGIC)) return "zip";
  if (startsWith(data, CFB_MAGIC)) {
    return data.includes(ENCRYPTED_STREAM) ? "encrypted-ooxml" : "legacy-xls";
  }
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
