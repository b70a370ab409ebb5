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

  findings(): Finding[] {
    return this.entries
      .sort((a, b) => a.table - b.table || a.row - b.row || a.col - b.col || a.seq - b.seq)
      .map((e) => e.finding);
  }
}
