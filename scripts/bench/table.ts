/** Plain-text tables and number formats for the bench output. */

/** Columns padded to their widest cell: the first left-aligned, the rest right-aligned (numbers). */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(headers), rule, ...rows.map(line)].join("\n");
}

/** `1234567.8` → `1,234,568`. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  return Math.round(value).toLocaleString("en-US");
}

/** Milliseconds with precision that suits the size: `0.42`, `12.3`, `1,234`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  if (ms < 10) return ms.toFixed(2);
  if (ms < 100) return ms.toFixed(1);
  return formatCount(ms);
}

/** Bytes as MB (10^6) with one decimal, or KB under 1 MB: `3.9 MB`, `512 KB`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "n/a";
  if (bytes < 1_000_000) return `${formatCount(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function passFail(pass: boolean): string {
  return pass ? "PASS" : "FAIL";
}
