import { compareText } from "../kpi/sortText";
import { capFindings, FINDINGS_LISTED_LIMIT, type RuleCount } from "../validate/capFindings";
import { FORMATS, numberCell, textCell } from "./formats";
import type { DashboardInput } from "./input";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_NAMES } from "./sheetNames";
import type { PlanCell, SheetPlan, Theme } from "./types";

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Below the listed findings: how many more there are, by rule (the KPI JSON lists them all). */
function notListed(sheet: SheetBuilder, row: number, rest: readonly RuleCount[], total: number): void {
  sheet.section(row, 1, "Not listed", 8);
  sheet.text(
    row + 1,
    1,
    `${count(total, "more finding")} not listed: the first ${FINDINGS_LISTED_LIMIT.toLocaleString("en-US")} are ` +
      `above (errors first). Fix those and run again; the KPI JSON (pmo-pulse --json) lists every finding.`,
    "note",
  );
  sheet.dataTable(
    row + 2,
    1,
    ["Severity", "Rule", "Count"],
    rest.map((r) => [textCell(r.severity), textCell(r.rule), numberCell(r.count, FORMATS.count)]),
  );
}

/**
 * Findings with where they are and how to fix them (the first 10,000, then counts by rule); counts per
 * severity and compliance per project.
 */
export function buildValidationSheet(input: DashboardInput, theme: Theme): SheetPlan {
  const { report } = input;
  const { validation } = report;
  const sheet = new SheetBuilder(SHEET_NAMES.validation, { tabColor: theme.palette[6] });
  sheet.text(1, 1, "Validation — data quality against the PMO template", "title");
  sheet.text(
    2,
    1,
    `As of ${report.asOf}. ${count(validation.errors, "error")}, ${count(validation.warnings, "warning")}, ${count(validation.infos, "note")}. Compliance: a project with no errors and an update within ${report.settings.staleDays} days.`,
    "subtitle",
  );
  [10, 22, 16, 8, 6, 18, 22, 80].forEach((w, i) => sheet.width(i + 1, w));

  sheet.section(4, 1, "Findings by severity", 3);
  sheet.dataTable(
    5,
    1,
    ["Severity", "Count"],
    [
      [textCell("error", "error"), numberCell(validation.errors, FORMATS.count)],
      [textCell("warning", "warning"), numberCell(validation.warnings, FORMATS.count)],
      [textCell("info", "info"), numberCell(validation.infos, FORMATS.count)],
    ],
  );

  let row = 10;
  sheet.section(row, 1, "Compliance by project", 6);
  if (report.projects.length === 0) {
    sheet.text(row + 1, 1, "No projects.", "note");
    row += 3;
  } else {
    const t = sheet.dataTable(
      row + 1,
      1,
      ["Project ID", "Project Name", "Phase", "Errors", "Warnings", "Updated recently", "Compliant"],
      report.projects.map((p) => [
        textCell(p.projectId),
        textCell(p.projectName),
        textCell(p.phase),
        numberCell(p.errors, FORMATS.count),
        numberCell(p.warnings, FORMATS.count),
        textCell(p.fresh ? "Yes" : "No"),
        textCell(p.errors === 0 && p.fresh ? "Yes" : "No"),
      ]),
      { tableName: "PMOCompliance" },
    );
    sheet.conditional({ kind: "textEquals", range: t.column(6), text: "No", style: "ragRed" });
    sheet.conditional({ kind: "textEquals", range: t.column(6), text: "Yes", style: "ragGreen" });
    row = t.lastRow + 2;
  }

  sheet.section(row, 1, "All findings", 8);
  if (validation.findings.length === 0) {
    sheet.text(row + 1, 1, "No findings: every tracker matches the template.", "note");
    return sheet.build();
  }
  const sorted = [...validation.findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareText(a.file, b.file) ||
      compareText(a.sheet, b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0),
  );
  const { listed: findings, rest, restTotal } = capFindings(sorted);
  const t = sheet.dataTable(
    row + 1,
    1,
    ["Severity", "File", "Sheet", "Cell", "Row", "Column", "Rule", "Message"],
    findings.map((f): PlanCell[] => {
      const linkable = input.linkFindingsInFile === f.file && f.sheet !== "" && f.cell !== "";
      return [
        textCell(f.severity),
        textCell(f.file),
        textCell(f.sheet),
        linkable
          ? { value: f.cell, style: "link", link: { sheet: f.sheet, cell: f.cell } }
          : textCell(f.cell),
        numberCell(f.row, FORMATS.count),
        textCell(f.column),
        textCell(f.rule),
        textCell(f.message),
      ];
    }),
    { tableName: "PMOFindings" },
  );
  for (const severity of ["error", "warning", "info"] as const) {
    sheet.conditional({ kind: "textEquals", range: t.column(0), text: severity, style: severity });
  }
  if (restTotal > 0) notListed(sheet, t.lastRow + 2, rest, restTotal);
  return sheet.build();
}
