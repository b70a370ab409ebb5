/**
 * Bounds the reader keeps against hostile or broken files: each is far above what a real tracker
 * needs (a 20,000-project portfolio's largest sheet inflates to about 200 MB and holds 5 M cells
 * at most) and far below what would exhaust a 2 GB Node heap or a browser tab.
 */
export interface XlsxLimits {
  /** Inflated bytes of any one part (a zip bomb stops here). */
  readonly maxPartBytes: number;
  /** Inflated bytes of all parts read, together. */
  readonly maxTotalBytes: number;
  /** Cells holding a value or formula, per sheet. */
  readonly maxCellsPerSheet: number;
  /** Grid slots a sheet's rows span (sparse cells far apart widen every row in between). */
  readonly maxGridSlotsPerSheet: number;
  /** Entries in the zip's central directory. */
  readonly maxZipEntries: number;
  /** Characters of one XML element or text node (Excel's cell limit is 32,767). */
  readonly maxXmlTokenChars: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxPartBytes: 1024 ** 3,
  maxTotalBytes: 2 * 1024 ** 3,
  maxCellsPerSheet: 5_000_000,
  maxGridSlotsPerSheet: 20_000_000,
  maxZipEntries: 100_000,
  maxXmlTokenChars: 16 * 1024 * 1024,
};

/** Thousands separators, for limit messages ("5,000,000 cells"). */
export function groupDigits(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "1 GB", "512 MB": sizes in limit messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${groupDigits(bytes / 1024 ** 3)} GB`;
  if (bytes >= 1024 ** 2) return `${groupDigits(bytes / 1024 ** 2)} MB`;
  return `${groupDigits(bytes)} bytes`;
}
