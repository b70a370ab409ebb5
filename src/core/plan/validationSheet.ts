import { compareText } from "../kpi/sortText";
import { capFindings, FINDINGS_LISTED_LIMIT, type RuleCount } from "../validate/capFindings";
import { FORMATS, numberCell, textCell } from "./formats";
import type { Finding } from "../model/finding";
import type { DashboardInput, SourceFile } from "./input";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_NAMES } from "../model/ownedSheets";
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

/** Where the blocks of PMO Validation start, so other sheets can link to a finding's row. */
export interface ValidationLayout {
  /** "Files read" section, when the input lists its files. */
  readonly filesRow: number | null;
  readonly complianceRow: number;
  readonly findingsRow: number;
  /** The findings in the order they are listed; finding i is on sheet row `findingsRow + 2 + i`. */
  readonly findings: readonly Finding[];
  /** Findings past the listing limit, counted by rule (the KPI JSON lists them all). */
  readonly rest: readonly RuleCount[];
  readonly restTotal: number;
}

const FIRST_BLOCK_ROW = 10;

export function validationLayout(input: DashboardInput): ValidationLayout {
  const { report } = input;
  const files = input.sources ?? [];
  const filesRow = files.length > 0 ? FIRST_BLOCK_ROW : null;
  const complianceRow = filesRow === null ? FIRST_BLOCK_ROW : filesRow + files.length + 3;
  const findingsRow = complianceRow + (report.projects.length === 0 ? 3 : report.projects.length + 3);
  const sorted = [...report.validation.findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareText(a.file, b.file) ||
      compareText(a.sheet, b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0),
  );
  const { listed, rest, restTotal } = capFindings(sorted);
  return { filesRow, complianceRow, findingsRow, findings: listed, rest, restTotal };
}

function filesRead(sheet: SheetBuilder, row: number, files: readonly SourceFile[]): void {
  sheet.section(row, 1, "Files read", 3);
  sheet.dataTable(
    row + 1,
    1,
    ["File", "", "Modified"],
    files.map((f) => [textCell(f.file), textCell(null), textCell(f.modified ?? "unknown")]),
  );
  sheet.merge(row + 1, 1, row + 1, 2);
  files.forEach((_, i) => sheet.merge(row + 2 + i, 1, row + 2 + i, 2));
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

  const layout = validationLayout(input);
  if (layout.filesRow !== null) filesRead(sheet, layout.filesRow, input.sources ?? []);
  const row = layout.complianceRow;
  sheet.section(row, 1, "Compliance by project", 6);
  if (report.projects.length === 0) {
    sheet.text(row + 1, 1, "No projects.", "note");
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
  }

  const findingsRow = layout.findingsRow;
  sheet.section(findingsRow, 1, "All findings", 8);
  if (validation.findings.length === 0) {
    sheet.text(findingsRow + 1, 1, "No findings: every tracker matches the template.", "note");
    return sheet.build();
  }
  const t = sheet.dataTable(
    findingsRow + 1,
    1,
    ["Severity", "File", "Sheet", "Cell", "Row", "Column", "Rule", "Message"],
    layout.findings.map((f): PlanCell[] => {
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
  if (layout.restTotal > 0) notListed(sheet, t.lastRow + 2, layout.rest, layout.restTotal);
  return sheet.build();
}
