import type { Finding, Severity } from "../core/model/finding";
import { capFindings, FINDINGS_LISTED_LIMIT } from "../core/validate/capFindings";

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function countLine(findings: readonly Finding[]): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "note")}`;
}

/**
 * Findings as text, grouped by file then sheet, errors first; beyond `limit` (10,000) the rest are
 * counted by rule in a last line. The message is printed as it is: it
 * names its column itself (as on the PMO Validation sheet and in the task pane), so no prefix.
 *
 *     example.xlsx
 *       Projects — 1 error, 0 warnings, 0 notes
 *         error   L7     Baseline Finish 30/04/2026 is before Start Date … [baseline-before-start]
 */
export function formatFindings(findings: readonly Finding[], limit = FINDINGS_LISTED_LIMIT): string {
  // Errors first across the whole run, so the cap never hides an error behind a warning.
  const bySeverity =
    findings.length > limit ? [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]) : findings;
  const { listed, rest, restTotal } = capFindings(bySeverity, limit);
  const shown = restTotal > 0 ? new Set(listed) : null;
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
        if (shown !== null && !shown.has(f)) continue;
        lines.push(`    ${f.severity.padEnd(7)} ${f.cell.padEnd(6)} ${f.message} [${f.rule}]`);
      }
    }
  }
  if (restTotal > 0) {
    const counts = rest.map((r) => `${r.count} ${r.severity} ${r.rule}`).join(", ");
    lines.push(
      `… and ${plural(restTotal, "more finding")} not listed (the first ${limit} are above, errors first; ` +
        `--json lists them all): ${counts}`,
    );
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
