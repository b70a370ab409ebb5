import type { Finding, Severity } from "../core/model/finding";

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function countLine(findings: readonly Finding[]): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "note")}`;
}

/**
 * Findings as text, grouped by file then sheet, errors first. The message is printed as it is: it
 * names its column itself (as on the PMO Validation sheet and in the task pane), so no prefix.
 *
 *     example.xlsx
 *       Projects — 1 error, 0 warnings, 0 notes
 *         error   L7     Baseline Finish 30/04/2026 is before Start Date … [baseline-before-start]
 */
export function formatFindings(findings: readonly Finding[]): string {
  const byFile = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    const sheets = byFile.get(f.file) ?? new Map<string, Finding[]>();
    byFile.set(f.file, sheets);
    const list = sheets.get(f.sheet) ?? [];
    sheets.set(f.sheet, list);
    list.push(f);
  }
  const lines: string[] = [];
  for (const [file, sheets] of byFile) {
    lines.push(file);
    for (const [sheet, list] of sheets) {
      lines.push(`  ${sheet === "" ? "(workbook)" : sheet} — ${countLine(list)}`);
      const sorted = [...list].sort(
        (a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.row ?? 0) - (b.row ?? 0),
      );
      for (const f of sorted) {
        lines.push(`    ${f.severity.padEnd(7)} ${f.cell.padEnd(6)} ${f.message} [${f.rule}]`);
      }
    }
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
