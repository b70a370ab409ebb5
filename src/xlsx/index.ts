/**
 * The portable .xlsx reader: bytes in, RawWorkbook out, with no Node or DOM API, so the CLI and
 * the task pane (e.g. "Consolidate trackers", reading files the user picks) share it.
 */
export { readXlsxBytes } from "./readXlsxBytes";
export type { XlsxReadOptions, XlsxReadResult } from "./readXlsxBytes";
export { DEFAULT_XLSX_LIMITS } from "./limits";
export type { XlsxLimits } from "./limits";
