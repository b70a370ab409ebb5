import { type RiskSeverity, riskSeverity } from "../kpi/risks";
import { FORMATS, dateCell, numberCell, textCell } from "./formats";
import type { DashboardInput } from "./input";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_NAMES } from "../model/ownedSheets";
import type { SheetPlan, StyleName, Theme } from "./types";

const SEVERITY_STYLE: Record<RiskSeverity, StyleName> = {
  High: "ragRed",
  Medium: "ragAmber",
  Low: "ragGreen",
};

function scoreStyle(score: number): StyleName {
  return SEVERITY_STYLE[riskSeverity(score)];
}

/** 5×5 heat map, systemic categories, overdue risk actions and dependencies at risk. */
export function buildRisksSheet(input: DashboardInput, theme: Theme): SheetPlan {
  const { report, attention } = input;
  const { risks } = report;
  const sheet = new SheetBuilder(SHEET_NAMES.risks, { tabColor: theme.palette[4] });
  sheet.text(1, 1, "Risks and dependencies", "title");
  sheet.text(
    2,
    1,
    `As of ${report.asOf}. Open risks: ${risks.open} (high ${risks.high}, medium ${risks.medium}, low ${risks.low}); overdue actions: ${risks.overdue}.`,
    "subtitle",
  );
  // Even columns under the 5×5 map; the last column of each list holds the long text and runs on.
  [16, 14, 14, 14, 14, 14, 60].forEach((w, i) => sheet.width(i + 1, w));

  sheet.section(4, 1, "Open risks: probability × impact", 7);
  sheet.text(5, 2, "Impact →", "muted");
  sheet.rows(6, 1, [
    [
      textCell("Probability ↓", "tableHeader"),
      ...[1, 2, 3, 4, 5].map((i) => textCell(String(i), "tableHeader")),
    ],
  ]);
  const grid = [5, 4, 3, 2, 1].map((p) => [
    textCell(String(p), "tableHeader"),
    ...[1, 2, 3, 4, 5].map((i) =>
      numberCell(risks.heatmap[p - 1]?.[i - 1] ?? 0, FORMATS.count, scoreStyle(p * i)),
    ),
  ]);
  sheet.rows(7, 1, grid);
  let row = 13;

  sheet.section(row, 1, "Systemic risk categories (open risks in 3 or more projects)", 7);
  if (risks.systemic.length === 0) {
    sheet.text(row + 1, 1, "No systemic categories.", "note");
    row += 3;
  } else {
    const t = sheet.dataTable(
      row + 1,
      1,
      ["Category", "Projects", "Project IDs"],
      risks.systemic.map((s) => [
        textCell(s.category),
        numberCell(s.projects.length, FORMATS.count),
        textCell(s.projects.join(", ")),
      ]),
    );
    row = t.lastRow + 2;
  }

  sheet.section(row, 1, "Overdue risk actions", 7);
  if (attention.overdueRisks.length === 0) {
    sheet.text(row + 1, 1, "No overdue risk actions.", "note");
    row += 3;
  } else {
    const t = sheet.dataTable(
      row + 1,
      1,
      ["Risk ID", "Project ID", "Score", "Owner", "Due date", "Days overdue", "Title"],
      attention.overdueRisks.map((r) => [
        textCell(r.riskId),
        textCell(r.projectId),
        numberCell(r.score, FORMATS.count, scoreStyle(r.score)),
        textCell(r.owner),
        dateCell(r.dueDate),
        numberCell(r.daysOverdue, FORMATS.days),
        textCell(r.title),
      ]),
      { tableName: "PMOOverdueRisks" },
    );
    row = t.lastRow + 2;
  }

  sheet.section(row, 1, "Cross-project dependencies at risk", 7);
  const atRisk = report.dependencies.filter((d) => d.atRisk);
  if (atRisk.length === 0) {
    sheet.text(
      row + 1,
      1,
      report.dependencies.length === 0 ? "No dependencies recorded." : "No dependency is at risk.",
      "note",
    );
  } else {
    sheet.dataTable(
      row + 1,
      1,
      ["From project", "To project", "Milestones (from → to)"],
      atRisk.map((d) => [
        textCell(d.fromProject),
        textCell(d.toProject),
        textCell(`${d.fromMilestone} → ${d.toMilestone}`),
      ]),
      { tableName: "PMODependenciesAtRisk" },
    );
  }
  return sheet.build();
}
