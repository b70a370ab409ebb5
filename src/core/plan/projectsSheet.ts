import type { ProjectKpis } from "../kpi/report";
import { FORMATS, numberCell, textCell } from "./formats";
import type { DashboardInput } from "./input";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_NAMES } from "../model/ownedSheets";
import type { PlanCell, SheetPlan, Theme } from "./types";

interface Column {
  readonly header: string;
  readonly width: number;
  readonly cell: (p: ProjectKpis) => PlanCell;
}

const money = (pick: (p: ProjectKpis) => number | null) => (p: ProjectKpis) =>
  numberCell(pick(p), FORMATS.money);
const ratio = (pick: (p: ProjectKpis) => number | null) => (p: ProjectKpis) =>
  numberCell(pick(p), FORMATS.ratio);

/** Every per-project KPI, one row per project, in the order of kpi-definitions.md, with the PM's Status Comment beside the RAG. */
export const PROJECT_COLUMNS: readonly Column[] = [
  { header: "Project ID", width: 12, cell: (p) => textCell(p.projectId) },
  { header: "Project Name", width: 30, cell: (p) => textCell(p.projectName) },
  { header: "Program", width: 20, cell: (p) => textCell(p.program) },
  { header: "Phase", width: 11, cell: (p) => textCell(p.phase) },
  { header: "Reported RAG", width: 10, cell: (p) => textCell(p.reportedRag) },
  { header: "Computed RAG", width: 10, cell: (p) => textCell(p.computedRag) },
  { header: "Watermelon", width: 11, cell: (p) => textCell(p.watermelon ? "Yes" : "No") },
  // The PM's own words beside the figures (template 1.2), as literal text.
  { header: "Status Comment", width: 40, cell: (p) => textCell(p.statusComment) },
  { header: "BAC", width: 13, cell: money((p) => p.bac) },
  { header: "PV", width: 13, cell: money((p) => p.pv) },
  { header: "EV", width: 13, cell: money((p) => p.ev) },
  { header: "AC", width: 13, cell: money((p) => p.ac) },
  { header: "SV", width: 12, cell: money((p) => p.sv) },
  { header: "CV", width: 12, cell: money((p) => p.cv) },
  { header: "SPI", width: 10, cell: ratio((p) => p.spi) },
  { header: "CPI", width: 10, cell: ratio((p) => p.cpi) },
  { header: "EAC", width: 13, cell: money((p) => p.eac) },
  { header: "EAC (atypical)", width: 13, cell: money((p) => p.eacAtypical) },
  { header: "EAC (composite)", width: 13, cell: money((p) => p.eacComposite) },
  { header: "ETC", width: 13, cell: money((p) => p.etc) },
  { header: "VAC", width: 13, cell: money((p) => p.vac) },
  { header: "TCPI", width: 10, cell: ratio((p) => p.tcpi) },
  { header: "SPI(t)", width: 10, cell: ratio((p) => p.spiT) },
  { header: "Slip (days)", width: 10, cell: (p) => numberCell(p.slipDays, FORMATS.days) },
  { header: "Labour cost", width: 13, cell: money((p) => p.laborCost) },
  { header: "Errors", width: 8, cell: (p) => numberCell(p.errors, FORMATS.count) },
  { header: "Warnings", width: 9, cell: (p) => numberCell(p.warnings, FORMATS.count) },
  { header: "Fresh", width: 7, cell: (p) => textCell(p.fresh ? "Yes" : "No") },
];

/** The PMOProjects table's header row: project i (report order) is on row PROJECTS_HEADER_ROW + 1 + i. */
export const PROJECTS_HEADER_ROW = 4;
const HEADER_ROW = PROJECTS_HEADER_ROW;

/** One row per project with every KPI, as an Excel table with RAG colours and index icons. */
export function buildProjectsSheet(input: DashboardInput, theme: Theme): SheetPlan {
  const { report } = input;
  const sheet = new SheetBuilder(SHEET_NAMES.projects, { tabColor: theme.palette[1] });
  sheet.text(1, 1, "Projects — earned value and RAG", "title");
  sheet.text(
    2,
    1,
    `As of ${report.asOf}. Money in ${report.settings.currency}. RAG thresholds: Green ≥ ${report.settings.ragGreen}, Amber ≥ ${report.settings.ragAmber}.`,
    "subtitle",
  );
  PROJECT_COLUMNS.forEach((c, i) => sheet.width(i + 1, c.width));
  sheet.freeze(HEADER_ROW, 2);
  if (report.projects.length === 0) {
    sheet.text(HEADER_ROW, 1, "No projects found in the trackers.", "note");
    return sheet.build();
  }
  const t = sheet.dataTable(
    HEADER_ROW,
    1,
    PROJECT_COLUMNS.map((c) => c.header),
    report.projects.map((p) => PROJECT_COLUMNS.map((c) => c.cell(p))),
    { tableName: "PMOProjects", tableStyle: "TableStyleLight9" },
  );
  const col = (header: string) => PROJECT_COLUMNS.findIndex((c) => c.header === header);
  for (const header of ["Reported RAG", "Computed RAG"]) {
    for (const rag of ["Green", "Amber", "Red"] as const) {
      sheet.conditional({ kind: "textEquals", range: t.column(col(header)), text: rag, style: `rag${rag}` });
    }
  }
  sheet.conditional({ kind: "textEquals", range: t.column(col("Watermelon")), text: "Yes", style: "ragRed" });
  for (const header of ["SPI", "CPI", "SPI(t)"]) {
    sheet.conditional({
      kind: "iconSet",
      range: t.column(col(header)),
      icons: "3TrafficLights1",
      thresholds: [report.settings.ragAmber, report.settings.ragGreen],
    });
  }
  sheet.conditional({
    kind: "cellIs",
    range: t.column(col("VAC")),
    operator: "lessThan",
    values: [0],
    style: "ragRed",
  });
  return sheet.build();
}
