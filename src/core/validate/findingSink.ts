import type { Finding } from "../model/finding";

/**
 * Collects findings from rules that each sweep a whole table, and hands them back in the order a
 * PM reads a workbook: table by table, row by row, left to right, sheet-level notes first.
 */
export class FindingSink {
  private readonly entries: { finding: Finding; table: number; row: number; col: number; seq: number }[] = [];

  add(finding: Finding, table: number, row: number, col: number): void {
    this.entries.push({ finding, table, row, col, seq: this.entries.length });
  }

  /**
   * The findings in reading order, each cell's same finding once: a resource plan's row with its
   * months across is several rows of one sheet row, and a bad Project ID there was reported once
   * per month at the same cell.
   */
  findings(): Finding[] {
    const seen = new Set<string>();
    const out: Finding[] = [];
    for (const { finding: f } of this.entries.sort(
      (a, b) => a.table - b.table || a.row - b.row || a.col - b.col || a.seq - b.seq,
    )) {
      if (f.cell !== "") {
        const key = `${f.file}\u0000${f.sheet}\u0000${f.cell}\u0000${f.rule}\u0000${f.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      out.push(f);
    }
    return out;
  }
}
