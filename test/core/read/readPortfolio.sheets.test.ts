import { isoFromMonth, monthFromYm } from "../../../src/core/model/calendar";
import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { parseSheetMapping } from "../../../src/core/read/sheetMapping";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow, RISK_HEADERS } from "./fixtures";

const settings = testSettings();

describe("readPortfolio: which sheet is which table", () => {
  it("recognises sheets by table name or alias, ignoring case, spaces, _ and -", () => {
    const wb = workbook("t.xlsx", [
      sheet("project_list", [[...PROJECT_HEADERS], projectRow("P1")]),
      sheet("RISK-REGISTER", [[...RISK_HEADERS], ["R1", "P1", "Vendor late", 3, 4, "Open"]]),
      sheet("Team", [
        ["Name", "Role"],
        ["Ann Lee", "PM"],
      ]),
      sheet("Notes", [["anything"]]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.bindings.map((b) => `${b.table}=${b.sheet}`)).toEqual([
      "projects=project_list",
      "risks=RISK-REGISTER",
      "resources=Team",
    ]);
    expect(p.findings).toEqual([]);
    expect(p.risks[0]).toMatchObject({ riskId: "R1", probability: 3, impact: 4, status: "Open" });
    expect(p.resources[0]).toMatchObject({ resource: "Ann Lee", role: "PM", department: null });
  });

  it("recognises numbered tabs (1. Projects, 02_Risks) and Excel's copies (Projects (2)), the plain name first", () => {
    const numbered = readPortfolio(
      [
        workbook("t.xlsx", [
          sheet("1. Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
          sheet("02_Risks", [[...RISK_HEADERS], ["R1", "P1", "Vendor late", 3, 4, "Open"]]),
          sheet("2026", [["anything"]]),
        ]),
      ],
      STANDARD_TEMPLATE,
      settings,
    );
    expect(numbered.bindings.map((b) => `${b.table} ${b.sheet}`)).toEqual([
      "projects 1. Projects",
      "risks 02_Risks",
    ]);
    const copies = readPortfolio(
      [
        workbook("t.xlsx", [
          sheet("Projects (2)", [[...PROJECT_HEADERS], projectRow("OLD")]),
          sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
        ]),
      ],
      STANDARD_TEMPLATE,
      settings,
    );
    expect(copies.projects.map((row) => row["projectId"])).toEqual(["P1"]);
    expect(copies.findings.map(brief)).toEqual(["info duplicate-table Projects (2)!"]);
  });

  it("reads each Excel table a one-sheet report names after a table (tblProjects, tblRisks)", () => {
    const lo = (name: string, top: number, bottom: number, right: number) => ({
      name,
      hasHeader: true,
      totalsRowCount: 0,
      top,
      left: 1,
      bottom,
      right,
    });
    const rows = [
      [...PROJECT_HEADERS],
      projectRow("P1"),
      [],
      [...RISK_HEADERS],
      ["R1", "P1", "Vendor late", 3, 4, "Open"],
      ["R2", "P1", "Key person leaves", 2, 5, "Mitigating"],
    ];
    const report = sheet("Status Report", rows, {
      listObjects: [lo("tblProjects", 1, 2, 10), lo("Risk_Register", 4, 6, 6)],
    });
    const p = readPortfolio([workbook("t.xlsx", [report])], STANDARD_TEMPLATE, settings);
    expect(p.bindings.map((b) => `${b.table} ${b.sheet} ${b.headerRow}`)).toEqual([
      "projects Status Report 1",
      "risks Status Report 4",
    ]);
    expect(p.projects.map((row) => row["projectId"])).toEqual(["P1"]);
    expect(p.risks.map((r) => r.riskId)).toEqual(["R1", "R2"]);
    expect(p.findings).toEqual([]);
    // A sheet named Projects read as a plain range stops where an Excel table of risks starts.
    const named = sheet("Projects", rows, { listObjects: [lo("tblRisks", 4, 6, 6)] });
    const q = readPortfolio([workbook("t.xlsx", [named])], STANDARD_TEMPLATE, settings);
    expect(q.projects.map((row) => row["projectId"])).toEqual(["P1"]);
    expect(q.risks.map((r) => r.riskId)).toEqual(["R1", "R2"]);
    expect(q.findings).toEqual([]);
  });

  it("finds the header below a title block and addresses cells from where the used range starts", () => {
    const wb = workbook("t.xlsx", [
      sheet(
        "Projects",
        [
          ["ACME PMO — Portfolio Tracker"],
          ["Owner: PMO", null, "Version 3"],
          [...PROJECT_HEADERS],
          projectRow("P1"),
          projectRow("P2", { 2: null }),
        ],
        { top: 3, left: 2 },
      ),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.bindings[0]).toMatchObject({ sheet: "Projects", headerRow: 5 });
    expect(p.bindings[0]?.columns["projectId"]).toEqual({ col: 2, header: "Project ID" });
    expect(p.projects.map((x) => x.src.row)).toEqual([6, 7]);
    expect(p.findings).toEqual([
      {
        file: "t.xlsx",
        sheet: "Projects",
        cell: "D7",
        row: 7,
        column: "Project Manager",
        severity: "error",
        rule: "required-missing",
        message: "Project Manager is blank in row 7; it is required, so fill it in.",
        projectId: "P2",
      },
    ]);
  });

  it("does not read a sheet whose best row matches too few columns, with one info finding", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
      sheet("Dependencies", [
        ["RAID log: dependencies"],
        ["ID", "Description", "From Project", "Owner"],
        ["D1", "Needs API", "P1", "Ann"],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.dependencies).toEqual([]);
    expect(p.bindings.map((b) => b.table)).toEqual(["projects"]);
    expect(p.findings).toEqual([
      {
        file: "t.xlsx",
        sheet: "Dependencies",
        cell: "",
        row: null,
        column: null,
        severity: "info",
        rule: "sheet-not-table",
        message:
          'Sheet "Dependencies" was not read as the Dependencies table: no row in its first 30 rows has enough of ' +
          "the table's headers (the best, row 2, has 1 of its 4 columns and 1 of the 4 required: From Project, " +
          "From Milestone, To Project, To Milestone). At least 2 columns and half of the required ones are needed.",
      },
    ]);
  });

  it("reads the best-matching of several sheets for one table; the others get an info finding", () => {
    const wb = workbook("t.xlsx", [
      sheet("Project List", [[...PROJECT_HEADERS.slice(0, 8)], projectRow("OLD").slice(0, 8)]),
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.projects.map((x) => x.projectId)).toEqual(["P1"]);
    expect(p.findings.map(brief)).toEqual(["info duplicate-table Project List!"]);
    expect(p.findings[0]?.message).toBe(
      'Sheet "Project List" also looks like the Projects table; sheet "Projects" matches its columns better and ' +
        "was read instead.",
    );
  });

  it("matches headers with units, punctuation and aliases, and lists unknown columns once per sheet", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [
        [
          "Proj ID",
          "Project Title",
          "PM",
          "Stage",
          "RAG",
          "Start",
          "Planned Finish",
          "BUDGET (USD)",
          "Spent ($)",
          "Progress %",
          "Remarks",
          "Risk_Notes",
        ],
        projectRow("P1"),
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.bindings[0]?.missingRequired).toEqual([]);
    expect(p.bindings[0]?.unknownHeaders).toEqual(["Remarks", "Risk_Notes"]);
    expect(p.projects[0]).toMatchObject({ budget: 100000, actualCost: 40000, percentComplete: 0.45 });
    expect(p.findings.map(brief)).toEqual(["warning unknown-columns Projects!K1"]);
    expect(p.findings[0]?.message).toBe(
      'Sheet "Projects" has columns the Projects table does not use: "Remarks", "Risk_Notes". They are kept and ' +
        "ignored; map them to a template column if they hold template data.",
    );
  });

  it("reports each missing required column at the header row", () => {
    const headers = PROJECT_HEADERS.filter((h) => h !== "Budget" && h !== "Actual Cost");
    const wb = workbook("t.xlsx", [
      sheet("Projects", [
        ["Tracker"],
        [null, ...headers],
        [null, ...projectRow("P1").filter((_, i) => i !== 7 && i !== 8)],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.bindings[0]?.missingRequired).toEqual(["budget", "actualCost"]);
    expect(p.projects[0]).toMatchObject({ projectId: "P1", budget: null, actualCost: null });
    expect(p.findings.map((f) => [brief(f), f.row, f.column])).toEqual([
      ["error required-column-missing Projects!B2", 2, "Budget"],
      ["error required-column-missing Projects!B2", 2, "Actual Cost"],
    ]);
    expect(p.findings[0]?.message).toBe(
      'Sheet "Projects" has no "Budget" column, which the Projects table requires (the header row is row 2). ' +
        "Add the column or map your header to it.",
    );
  });

  it("reports a missing required table once", () => {
    const wb = workbook("t.xlsx", [
      sheet("Risks", [[...RISK_HEADERS], ["R1", "P1", "Vendor late", 3, 4, "Open"]]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.risks).toHaveLength(1);
    expect(p.findings).toEqual([
      {
        file: "t.xlsx",
        sheet: "",
        cell: "",
        row: null,
        column: null,
        severity: "error",
        rule: "required-table-missing",
        message:
          "No sheet holds the Projects table, which is required: add a sheet named Projects, Project List, " +
          "Project Register, Register or Portfolio with its column headers, or map a sheet to it.",
      },
    ]);
  });

  it("never reads a task schedule as the project list, though its name mentions projects", () => {
    const wb = workbook("gantt.xlsx", [
      sheet("Project Schedule", [
        ["WBS", "Task", "Lead", "Start", "End", "% Done", "Status"],
        ["1", "Planning", "Ann", 46027, 46052, 1, "Complete"],
        ["2", "Build", "Bob", 46055, 46142, 0.4, "In Progress"],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.projects).toEqual([]);
    expect(p.findings.map((f) => f.rule)).toEqual(["not-a-tracker"]);
    expect(p.findings[0]?.message).not.toContain("looks like it");
  });

  it("says how to name the project of a one-project workbook whose tables have no Project ID", () => {
    const wb = workbook("raid.xlsx", [
      sheet("Risks", [
        ["ID", "Title", "Probability", "Impact", "Status"],
        ["R1", "Vendor late", 3, 4, "Open"],
      ]),
      // Generic headers (ID, Priority, Owner, Status) that are not the project list.
      sheet("Issues", [
        ["ID", "Issue", "Priority", "Owner", "Status"],
        ["I1", "Server down", "High", "Ann", "Open"],
      ]),
      sheet("Milestones", [
        ["Milestone", "Due Date", "Status"],
        ["Go-live", 46295, "Not Started"],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    const missing = p.findings.find((f) => f.rule === "required-table-missing");
    expect(missing?.message).toBe(
      "No sheet holds the Projects table, which is required: add a sheet named Projects, Project List, " +
        "Project Register, Register or Portfolio with its column headers, or map a sheet to it. Its Milestones " +
        "and Risks sheets have no Project ID column: if the workbook is one project's, name that project (in the " +
        "CLI --project <ID>; in the add-in, Settings → Project ID) and their rows belong to it, or add a " +
        "Projects sheet with the project's row.",
    );
    const named = readPortfolio([wb], STANDARD_TEMPLATE, testSettings({ projectId: "PHX" }));
    expect(named.findings.map((f) => f.rule)).toEqual([]);
    expect([...named.risks, ...named.milestones].map((r) => r.projectId)).toEqual(["PHX", "PHX"]);
  });

  it("gives one clear finding for a workbook that is not a PMO tracker", () => {
    const wb = workbook("budget.xlsx", [
      sheet("Sheet1", [
        ["Quarter", "Revenue"],
        ["Q1", 100],
      ]),
      sheet("Projects", [
        ["Name", "Notes"],
        ["x", "y"],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.bindings).toEqual([]);
    expect(p.findings).toEqual([
      {
        file: "budget.xlsx",
        sheet: "",
        cell: "",
        row: null,
        column: null,
        severity: "error",
        rule: "not-a-tracker",
        message:
          "This workbook does not look like a PMO tracker: no sheet matches Projects, Milestones, Risks, " +
          "Resources, Allocations, Dependencies, Salary Benchmarks or Rate Card with that table's column headers (its sheets: " +
          "Sheet1, Projects). Rename a sheet and its headers to the template's, or map them.",
      },
    ]);
  });

  it("takes a singular sheet name for the table (Project, Risk, Dependency), not other endings", () => {
    const wb = workbook("t.xlsx", [
      sheet("Project", [[...PROJECT_HEADERS], projectRow("P1")]),
      sheet("risk", [[...RISK_HEADERS], ["R1", "P1", "Vendor late", 3, 4, "Open"]]),
      sheet("Dependency", [
        ["From Project", "From Milestone", "To Project", "To Milestone"],
        ["P1", "Go-live", "P1", "Handover"],
      ]),
      // Not a form of Milestones by name: read only as a sheet whose name mentions the table.
      sheet("Milestoness", [
        ["Project ID", "Milestone", "Baseline Date"],
        ["P1", "Go-live", 46142],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.bindings.map((b) => `${b.table}=${b.sheet}`)).toEqual([
      "projects=Project",
      "milestones=Milestoness",
      "risks=risk",
      "dependencies=Dependency",
    ]);
    expect(p.risks.map((r) => r.riskId)).toEqual(["R1"]);
    expect(p.findings.filter((f) => f.rule === "table-by-mention").map((f) => f.sheet)).toEqual([
      "Milestoness",
    ]);
  });

  it("offers an unknown header as the missing required column when one name starts or ends the other", () => {
    const wb = workbook("t.xlsx", [
      // Two projects: a one-project workbook's risks would take its Project ID without the column.
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1"), projectRow("P2")]),
      sheet("Risk Log", [
        ["ID", "Proj", "Risk Description", "Prob.", "Impact", "Owner", "Status", "Notes"],
        ["R1", "P1", "Vendor late", 3, 4, "Ann", "Open", ""],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.findings.map((f) => [f.rule, f.cell, f.message])).toEqual([
      [
        "required-column-missing",
        "A1",
        'Sheet "Risk Log" has no "Project ID" column, which the Risks table requires (the header row is row 1). ' +
          'Add the column or map your header to it. The column "Proj" (B1) may be it.',
      ],
      [
        "required-column-missing",
        "A1",
        'Sheet "Risk Log" has no "Probability" column, which the Risks table requires (the header row is row 1). ' +
          'Add the column or map your header to it. The column "Prob." (D1) may be it.',
      ],
      [
        "unknown-columns",
        "B1",
        'Sheet "Risk Log" has columns the Risks table does not use: "Proj", "Prob.", "Notes". They are kept ' +
          "and ignored; map them to a template column if they hold template data.",
      ],
    ]);
  });

  it("reads a resource plan with its months across columns as one row per filled month", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1"), projectRow("P2")]),
      sheet("Resource Plan", [
        // Text months, and a date cell's serial (2026-03-01) as Excel gives a date header.
        ["Resource", "Project ID", "Role", "Jan-26", "2026-02", 46082, "Total"],
        ["Ann Lee", "P1", "Analyst", 40, "", 20, 60],
        ["Bob Ray", "P2", "Developer", 80, 80, "lots", 160],
        ["Cy Dee", "P2", "Developer", null, null, null, 0],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.allocations.map((a) => [a.src.row, a.resource, a.projectId, a.month, a.plannedHours])).toEqual([
      [2, "Ann Lee", "P1", monthFromYm(2026, 1), 40],
      [2, "Ann Lee", "P1", monthFromYm(2026, 3), 20],
      [3, "Bob Ray", "P2", monthFromYm(2026, 1), 80],
      [3, "Bob Ray", "P2", monthFromYm(2026, 2), 80],
      [3, "Bob Ray", "P2", monthFromYm(2026, 3), null],
    ]);
    const own = p.findings.filter((f) => f.sheet === "Resource Plan");
    expect(own.map((f) => [f.severity, f.rule, f.cell])).toEqual([
      ["info", "months-across", "D1"],
      ["warning", "unknown-columns", "C1"],
      ["error", "invalid-number", "F3"],
    ]);
    expect(own[0]?.message).toBe(
      'Sheet "Resource Plan" lays its months across columns ("Jan-26" in D1 to "2026-03-01" in F1): each filled ' +
        "month cell was read as the Planned Hours of that month, one Allocations row per cell.",
    );
    // Role and Total are the columns left unread; the months are not among them.
    expect(own[1]?.message).toContain('use: "Role", "Total".');
    expect(p.bindings.find((b) => b.sheet === "Resource Plan")?.missingRequired).toEqual([]);
  });

  it("adds up a resource plan's weeks across columns by month, a week spanning two split by its working days", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1"), projectRow("P2")]),
      sheet("Resource Plan", [
        // Weeks commencing, day first (the settings say month first: only day first is weekly).
        ["Resource", "Project ID", "w/c 29/12/2025", "w/c 05/01/2026", "w/c 12/01/2026", "w/c 26/01/2026"],
        ["Ann Lee", "P1", 8, 8, "", 16],
        ["Bob Ray", "P2", null, 20, "x", 20],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    const plan = p.allocations.filter((a) => a.src.sheet === "Resource Plan");
    expect(plan.map((a) => [a.resource, a.month, a.plannedHours])).toEqual([
      // The week of Monday 29/12/2025 has 3 working days in December and 2 in January: 8 h is 4.8 + 3.2.
      // The blank week adds nothing.
      ["Ann Lee", monthFromYm(2025, 12), 8 * (3 / 5)],
      ["Ann Lee", monthFromYm(2026, 1), 8 * (2 / 5) + 8 + 16],
      // A bad week leaves its month without an amount (its cell has the finding).
      ["Bob Ray", monthFromYm(2026, 1), null],
    ]);
    const found = p.findings.filter((f) => f.sheet === "Resource Plan");
    expect(found.map((f) => [f.rule, f.cell])).toEqual([
      ["months-across", "C1"],
      ["invalid-number", "E3"],
    ]);
    expect(found[0]?.message).toBe(
      'Sheet "Resource Plan" lays its weeks across columns ("w/c 29/12/2025" in C1 to "w/c 26/01/2026" in F1): ' +
        "each month's weeks were added up as the Planned Hours of that month (a week spanning two months is split " +
        "between them by its working days, leaving out its days in a month the plan does not otherwise cover), one " +
        "Allocations row per month filled.",
    );
    // Weeks named by their end (w/e Friday), week-commencing date cells (Mondays 5 and 12 January),
    // and week-ending date cells (Fridays 30 January and 6 February: January's week, then February's).
    const other = readPortfolio(
      [
        workbook("ending.xlsx", [
          sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1"), projectRow("P2")]),
          sheet("Timesheet", [
            ["Resource", "Project ID", "w/e 30/01/2026", "W/E 06/02/2026"],
            ["Cy Dee", "P1", 35, 35],
          ]),
        ]),
        workbook("cells.xlsx", [
          sheet("Projects", [[...PROJECT_HEADERS], projectRow("P3"), projectRow("P4")]),
          sheet("Timesheet", [
            ["Resource", "Project ID", 46027, 46034],
            ["Di Eng", "P3", 30, 30],
          ]),
        ]),
        workbook("fridays.xlsx", [
          sheet("Projects", [[...PROJECT_HEADERS], projectRow("P5"), projectRow("P6")]),
          sheet("Timesheet", [
            ["Resource", "Project ID", 46052, 46059],
            ["Ed Fox", "P5", 37.5, 37.5],
          ]),
        ]),
      ],
      STANDARD_TEMPLATE,
      settings,
    );
    expect(other.allocations.map((a) => [a.resource, a.month, a.plannedHours])).toEqual([
      ["Cy Dee", monthFromYm(2026, 1), 35],
      ["Cy Dee", monthFromYm(2026, 2), 35],
      ["Di Eng", monthFromYm(2026, 1), 60],
      ["Ed Fox", monthFromYm(2026, 1), 37.5],
      ["Ed Fox", monthFromYm(2026, 2), 37.5],
    ]);
  });

  it("reads a resource plan in FTE as each share of the person's capacity in the month", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1"), projectRow("P2")]),
      sheet("Team", [
        ["Name", "Role", "FTE", "Weekly Capacity"],
        ["Ann Lee", "PM", 1, null],
        ["Bo Ng", "Developer", 0.5, null],
        ["Cy Dee", "Analyst", 1, 37.5],
      ]),
      sheet("Resource Plan", [
        // January 2026 has 22 working days, February 20, March 22.
        ["Resource", "Project ID", "Jan-26", "2026-02", 46082],
        ["Ann Lee", "P1", 0.5, 1, 0.25],
        ["Bo Ng", "P2", "100%", "50 %", null],
        ["cy dee", "P2", 0.2, null, null],
        ["Di Fox", "P2", 0.5, null, null],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(
      p.allocations.map((a) => [a.resource, a.month === null ? null : isoFromMonth(a.month), a.plannedHours]),
    ).toEqual([
      ["Ann Lee", "2026-01", 88],
      ["Ann Lee", "2026-02", 160],
      ["Ann Lee", "2026-03", 44],
      ["Bo Ng", "2026-01", 88], // half time: 100 % of his time is 20 hours a week
      ["Bo Ng", "2026-02", 40],
      ["Cy Dee", "2026-01", 33], // 20 % of 37.5 × 22 / 5 = 165 hours
      ["Di Fox", "2026-01", 88], // not on the Team sheet (reported): counted full time
    ]);
    expect(p.findings.map(brief)).toEqual([
      "info months-across Resource Plan!C1",
      "warning resource-name-form Resource Plan!A4",
    ]);
    expect(p.findings[0]?.message).toContain("its cells are shares of a person's time (FTE)");
  });

  it("reads a plan in FTE with a Total row under it as FTE: the skipped row's sums (3.7) are not hours", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
      sheet("Resource Allocation", [
        ["Resource", "Project ID", "Jan-26", "Feb-26"],
        ["Ann Lee", "P1", 0.5, 1],
        ["Bo Ng", "P1", 1, 1],
        ["Total", null, 1.5, 2],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.allocations.map((a) => [a.resource, a.plannedHours])).toEqual([
      ["Ann Lee", 88], // half of 40 hours × 22 working days / 5
      ["Ann Lee", 160],
      ["Bo Ng", 176],
      ["Bo Ng", 160],
    ]);
    expect(p.findings.map((f) => f.rule)).toEqual([
      "table-by-mention",
      "months-across",
      "totals-row-skipped",
    ]);
    expect(p.findings[1]?.message).toContain("its cells are shares of a person's time (FTE)");
  });

  it("reads a sheet whose name mentions two tables as the one it names last (Resource Allocation: the allocations)", () => {
    const plan = [
      ["Name", "Role", "Project ID", "Month", "Planned Hours"],
      ["Ann Lee", "Developer", "P1", "2026-01", 80],
      ["Ann Lee", "Developer", "P2", "2026-01", 40],
    ];
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1"), projectRow("P2")]),
      sheet("Resource Allocation", plan),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.allocations.map((a) => [a.resource, a.projectId, a.plannedHours])).toEqual([
      ["Ann Lee", "P1", 80],
      ["Ann Lee", "P2", 40],
    ]);
    expect(p.resources).toEqual([]);
    expect(p.findings.map((f) => f.rule)).not.toContain("duplicate-id");
    expect(p.bindings.map((b) => [b.table, b.sheet])).toEqual([
      ["projects", "Projects"],
      ["allocations", "Resource Allocation"],
    ]);
    // A name that mentions one table is still that table's, whatever else its header would fit.
    const team = readPortfolio(
      [
        workbook("t.xlsx", [
          sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
          sheet("Team Resources", [
            ["Name", "Role", "FTE"],
            ["Ann Lee", "Developer", 1],
          ]),
        ]),
      ],
      STANDARD_TEMPLATE,
      settings,
    );
    expect(team.resources.map((r) => r.resource)).toEqual(["Ann Lee"]);
  });

  it("explains a weekly plan in FTE fractions instead of reading its weeks as hours", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
      sheet("Resource Plan", [
        ["Resource", "Project ID", "w/c 05/01/2026", "w/c 12/01/2026"],
        ["Ann Lee", "P1", 0.5, 1],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    const missing = p.findings.filter((f) => f.rule === "required-column-missing");
    expect(missing[0]?.message).toContain(
      "Its week cells hold fractions of a person's time (0.5, 50 %), not hours: enter the hours of each week.",
    );
    expect(p.allocations.map((a) => a.plannedHours)).toEqual([null]);
  });

  it("does not read months across beside a Planned or Actual Hours column (whose month would it be?)", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
      sheet("Resource Plan", [
        ["Resource", "Project ID", "Actual Hours", "Jan-26", "Feb-26"],
        ["Ann Lee", "P1", 100, 40, 40],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.findings.filter((f) => f.rule === "required-column-missing").map((f) => f.column)).toEqual([
      "Month",
      "Planned Hours",
    ]);
    expect(p.findings.some((f) => f.rule === "months-across")).toBe(false);
  });

  it("reads a milestone tracker's Due, Revised and Completed dates as Baseline, Forecast and Actual", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
      sheet("Milestones", [
        ["Project ID", "Milestone", "Due Date", "Revised Date", "Completed Date", "Status"],
        ["P1", "Design sign-off", 46112, 46127, 46126, "Complete"],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    const binding = p.bindings.find((b) => b.table === "milestones");
    expect([
      binding?.columns["baselineDate"],
      binding?.columns["forecastDate"],
      binding?.columns["actualDate"],
    ]).toEqual([
      { col: 3, header: "Due Date" },
      { col: 4, header: "Revised Date" },
      { col: 5, header: "Completed Date" },
    ]);
    expect(p.findings).toEqual([]);
  });

  it("names a date cell's header by its date among the columns left unread, not by its serial", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
      sheet("Resource Plan", [
        ["Resource", "Project ID", "Actual Hours", 46027, 46034],
        ["Ann Lee", "P1", 100, 40, 40],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    const unknown = p.findings.find((f) => f.rule === "unknown-columns");
    expect(unknown?.message).toContain(
      'columns the Allocations table does not use: "2026-01-05", "2026-01-12".',
    );
  });

  it("reads a table from a sheet whose name mentions it, saying so; a sheet whose name says nothing is left", () => {
    const riskHeaders = [...RISK_HEADERS];
    const wb = workbook("t.xlsx", [
      sheet("Project Tracker", [["ACME portfolio"], [], [...PROJECT_HEADERS], projectRow("P1")]),
      sheet("Risk Tracker", [riskHeaders, ["R1", "P1", "Vendor late", 3, 4, "Open"]]),
      // Risk headers under a name that says nothing of risks: not read (it may be anything).
      sheet("Summary", [riskHeaders, ["R2", "P1", "Other", 3, 4, "Open"]]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.projects.map((r) => r.projectId)).toEqual(["P1"]);
    expect(p.risks.map((r) => r.riskId)).toEqual(["R1"]);
    expect(p.findings.map((f) => [f.severity, f.rule, f.sheet, f.message])).toEqual([
      [
        "info",
        "table-by-mention",
        "Project Tracker",
        'Sheet "Project Tracker" was read as the Projects table: its name mentions it and row 3 has 10 of its ' +
          "headers (Project ID, Project Name, Project Manager, Phase, …). Rename it Projects, or map it, to make " +
          "that certain.",
      ],
      [
        "info",
        "table-by-mention",
        "Risk Tracker",
        'Sheet "Risk Tracker" was read as the Risks table: its name mentions it and row 1 has 6 of its headers ' +
          "(Risk ID, Project ID, Title, Probability, …). Rename it Risks, or map it, to make that certain.",
      ],
    ]);
  });

  it("reads Excel's own Project tracker template: its projects by name, each missing column reported once", () => {
    // The layout of the "Project tracker" template Excel offers: a title, a date, headers in row 4 from B.
    const wb = workbook("t.xlsx", [
      sheet("Project tracker", [
        [null, "Project Tracker"],
        [null, "Project start date:", null, 46027],
        [],
        [null, "Project", "Category", "Assigned to", "Start date", "End date", "Days", "% complete", "Notes"],
        [null, "Website relaunch", "Marketing", "Ann Lee", 46027, 46203, 176, 0.5, "on track"],
        [null, "CRM upgrade", "IT", "Bob Ray", 46054, 46295, 241, 0.8, null],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(
      p.projects.map((r) => [r.projectId, r.projectManager, r.percentComplete, r.statusComment]),
    ).toEqual([
      ["Website relaunch", "Ann Lee", 0.5, "on track"],
      ["CRM upgrade", "Bob Ray", 0.8, null],
    ]);
    expect(p.findings.filter((f) => f.rule === "required-column-missing").map((f) => f.column)).toEqual([
      "Project ID",
      "Phase",
      "Status",
      "Budget",
      "Actual Cost",
    ]);
    expect(p.findings.map((f) => f.rule)).toContain("table-by-mention");
  });

  it("of two sheets whose names mention a table, reads the better-matching one and says so of the other", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
      sheet("Milestones 2025", [
        ["Project ID", "Milestone"],
        ["P1", "Kick-off"],
      ]),
      sheet("Milestones 2026", [
        ["Project ID", "Milestone", "Baseline Date"],
        ["P1", "Go-live", 46142],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.milestones.map((m) => m.milestone)).toEqual(["Go-live"]);
    expect(p.findings.map((f) => [f.rule, f.sheet])).toEqual([
      ["table-by-mention", "Milestones 2026"],
      ["duplicate-table", "Milestones 2025"],
    ]);
  });

  it("never reads PMO Pulse's own dashboard sheets as a tracker's tables (a dashboard given as a tracker)", () => {
    const wb = workbook("dashboard.xlsx", [
      sheet("PMO Dashboard", [["PMO Pulse — Portfolio Dashboard"]]),
      sheet("PMO Projects", [["Projects"], [...PROJECT_HEADERS], projectRow("P1")]),
      sheet("PMO Risks", [[...RISK_HEADERS], ["R1", "P1", "Vendor late", 3, 4, "Open"]]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.projects).toEqual([]);
    expect(p.findings.map((f) => f.rule)).toEqual(["not-a-tracker"]);
  });

  it("names the column to map when a project list names its rows as tasks (ClickUp's Task Name), and reads it mapped", () => {
    const headers = [
      "Task ID",
      "Task Name",
      "Status",
      "Start Date",
      "Due Date",
      "Budget",
      "Actual Cost",
      "Health",
    ];
    const rows = [
      headers,
      ["86b1", "Field Service", "in progress", 46023, 46374, 320000, 190000, "On Track"],
    ];
    const wb = workbook("clickup.xlsx", [sheet("Projects List", rows)]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.projects).toEqual([]);
    expect(p.findings.map((f) => f.rule)).toEqual(["not-a-tracker"]);
    const hint =
      ' Sheet "Projects List" has 5 of its headers in row 1 but no Project ID or Project Name column, so it was ' +
      'not read (a task schedule has the same columns). If each row is a project, map "Task Name" to Project ' +
      'Name (in the CLI, --map with {"sheets": {"Projects List": {"table": "projects", "columns": {"Task Name": ' +
      '"projectName"}}}}).';
    expect(p.findings[0]?.message).toBe(
      "This workbook does not look like a PMO tracker: no sheet matches Projects, Milestones, Risks, Resources, " +
        "Allocations, Dependencies, Salary Benchmarks or Rate Card with that table's column headers (its sheets: " +
        "Projects List). Rename a sheet and its headers to the template's, or map them." +
        hint,
    );
    const json = {
      sheets: { "Projects List": { table: "projects", columns: { "Task Name": "projectName" } } },
    };
    const parsed = parseSheetMapping(json, "map.json", STANDARD_TEMPLATE);
    if (!("mapping" in parsed)) throw new Error(parsed.errors.join("; "));
    const mapped = readPortfolio([wb], STANDARD_TEMPLATE, settings, parsed.mapping);
    expect(mapped.projects.map((row) => [row["projectName"], row["phase"], row["status"]])).toEqual([
      ["Field Service", "Execution", "Green"],
    ]);
  });

  it("does not offer a task schedule without a project-list name as the Projects table", () => {
    const rows = [
      ["WBS", "Task Name", "Start Date", "Due Date", "% Complete", "Status"],
      ["1.1", "Design", 46023, 46050, 0.5, "In Progress"],
    ];
    const p = readPortfolio([workbook("plan.xlsx", [sheet("Schedule", rows)])], STANDARD_TEMPLATE, settings);
    expect(p.findings.map((f) => f.rule)).toEqual(["not-a-tracker"]);
    expect(p.findings[0]?.message).not.toContain('map "Task Name"');
  });

  it("tells of an optional table on a sheet whose name mentions it but whose header does not qualify", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
      // Three risk headers, two of them required: worth naming, too few to read (half the required).
      sheet("Risk Tracker", [
        ["Risk ID", "Project ID", "Owner"],
        ["R1", "P1", "Ann"],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.risks).toEqual([]);
    expect(p.findings.map((f) => [f.severity, f.rule, f.sheet, f.message])).toEqual([
      [
        "info",
        "table-under-other-name",
        "Risk Tracker",
        'Sheet "Risk Tracker" looks like the Risks table: row 1 has 3 of its headers (Risk ID, Project ID, Owner). ' +
          "It was not read: half of the table's required columns are needed (Risk ID, Project ID, Title, " +
          "Probability, Impact, Status). To read it, add the missing headers or map it to the Risks table (in the " +
          'CLI, --map with {"sheets": {"Risk Tracker": {"table": "risks"}}}), mapping its headers too.',
      ],
    ]);
  });

  it("says a sheet named like an optional table but laid out otherwise was not read (people down, projects across)", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
      sheet("Team", [
        ["Resource", "Role", "Hourly Rate"],
        ["Ann Lee", "Analyst", 50],
      ]),
      sheet("Resource Allocation", [
        ["Resource Allocation Matrix – Q4 2026"],
        [],
        ["Resource", "Role", "Project P1", "BAU / Other", "Total"],
        ["Ann Lee", "Analyst", 0.6, 0.4, 1],
      ]),
      // A sheet named like a table with none of its headers (a legend) says nothing.
      sheet("Risk Matrix", [["Impact →", "1", "2", "3"]]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.allocations).toEqual([]);
    expect(p.findings.map((f) => [f.severity, f.rule, f.sheet, f.message])).toEqual([
      [
        "info",
        "table-under-other-name",
        "Resource Allocation",
        'Sheet "Resource Allocation" is named like the Allocations table but has only 1 of its column headers in ' +
          "row 3 (Resource): it was not read. The Allocations table takes one row each with these columns: " +
          "Resource, Project ID, Month, Planned Hours. Lay the sheet out so, or map it to the Allocations table (in " +
          'the CLI, --map with {"sheets": {"Resource Allocation": {"table": "allocations"}}}), mapping its headers too.',
      ],
    ]);
  });

  it("names the sheet that holds a missing required table under another name, and how to map it", () => {
    // A name that does not mention the table: the sheet is named in the error, not read.
    const tracker = sheet("Tracker", [
      ["ACME project portfolio"],
      [],
      [...PROJECT_HEADERS],
      projectRow("P1"),
    ]);
    const wb = workbook("t.xlsx", [
      sheet("Risks", [[...RISK_HEADERS], ["R1", "P1", "Vendor late", 3, 4, "Open"]]),
      // Two of the Projects headers and none required: not offered.
      sheet("Notes", [["Project Name", "Status Comment"]]),
      tracker,
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        "required-table-missing",
        "No sheet holds the Projects table, which is required: add a sheet named Projects, Project List, " +
          "Project Register, Register or Portfolio with its column headers, or map a sheet to it. " +
          'Sheet "Tracker" looks like it: row 3 has 10 of its headers (Project ID, Project Name, ' +
          "Project Manager, Phase, …). To read it, map it to the Projects table (in the CLI, --map with " +
          '{"sheets": {"Tracker": {"table": "projects"}}}).',
      ],
    ]);
    // The mapping the finding spells out reads it.
    const json: unknown = JSON.parse('{"sheets": {"Tracker": {"table": "projects"}}}');
    const parsed = parseSheetMapping(json, "map.json", STANDARD_TEMPLATE);
    if (!("mapping" in parsed)) throw new Error(parsed.errors.join("; "));
    const mapped = readPortfolio([wb], STANDARD_TEMPLATE, settings, parsed.mapping);
    expect(mapped.findings).toEqual([]);
    expect(mapped.projects.map((row) => row.projectId)).toEqual(["P1"]);
  });

  it("a workbook with no tracker sheet by name is told which sheet holds its projects", () => {
    const wb = workbook("export.xlsx", [
      sheet("Sheet1", [
        ["Project ID", "Project Name", "Project Manager", "Status"],
        ["P1", "CRM", "Ann Lee", "Green"],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.findings.map((f) => f.rule)).toEqual(["not-a-tracker"]);
    expect(p.findings[0]?.message).toMatch(
      /\(its sheets: Sheet1\)\. Rename a sheet and its headers to the template's, or map them\. Sheet "Sheet1" looks like it: row 1 has 4 of its headers \(Project ID, Project Name, Project Manager, Status\)\. To read it, map it to the Projects table \(in the CLI, --map with \{"sheets": \{"Sheet1": \{"table": "projects"\}\}\}\)\.$/,
    );
  });

  it("reports a sheet the file reader could not read as an error on that sheet and reads the others", () => {
    const broken = { ...sheet("Risks", []), unreadable: "its XML is damaged (a DTD is refused)" };
    const wb = workbook("t.xlsx", [sheet("Projects", [PROJECT_HEADERS, projectRow("P-1")]), broken]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.findings.filter((f) => f.rule === "sheet-unreadable")).toEqual([
      {
        file: "t.xlsx",
        sheet: "Risks",
        cell: "",
        row: null,
        column: null,
        severity: "error",
        rule: "sheet-unreadable",
        message:
          'Sheet "Risks" could not be read: its XML is damaged (a DTD is refused). Its rows are left out; open the ' +
          "file in Excel, check the sheet and save it again.",
      },
    ]);
    expect(p.projects.map((x) => x.projectId)).toEqual(["P-1"]);
  });

  it("reads a sheet and headers the PMO mapped, whatever their names", () => {
    const wb = workbook("t.xlsx", [
      sheet("Data", [
        [
          "Ref",
          "Project Name",
          "Project Manager",
          "Phase",
          "Status",
          "Kick-off",
          "Baseline Finish",
          "Budget",
          "Actual Cost",
          "% Complete",
        ],
        projectRow("P1"),
      ]),
    ]);
    const mapping = {
      sheets: { data: { table: "projects", columns: { Ref: "projectId", "Kick-off": "startDate" } } },
    };
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings, mapping);
    expect(p.findings).toEqual([]);
    expect(p.bindings[0]).toMatchObject({
      table: "projects",
      sheet: "Data",
      missingRequired: [],
      unknownHeaders: [],
    });
    expect(p.projects[0]).toMatchObject({ projectId: "P1", startDate: 20454 });
  });

  it("warns (not just informs) when a mapped sheet cannot be read as its table", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
      sheet("Data", [
        ["a", "b"],
        [1, 2],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings, { sheets: { Data: { table: "milestones" } } });
    expect(p.findings.map(brief)).toEqual(["warning sheet-not-table Data!"]);
    expect(p.findings[0]?.message).toMatch(
      /^Sheet "Data" is mapped to the Milestones table but was not read as it:/,
    );
  });

  it("concatenates several workbooks into one portfolio, each finding naming its file", () => {
    const a = workbook("a.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1"), projectRow("P2")]),
    ]);
    const b = workbook("b.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1", { 4: "Purple" })]),
    ]);
    const p = readPortfolio([a, b], STANDARD_TEMPLATE, settings);
    expect(p.files).toEqual(["a.xlsx", "b.xlsx"]);
    expect(p.projects.map((x) => `${x.src.file}:${x.projectId}`)).toEqual([
      "a.xlsx:P1",
      "a.xlsx:P2",
      "b.xlsx:P1",
    ]);
    expect(p.bindings.map((x) => `${x.file}:${x.table}`)).toEqual(["a.xlsx:projects", "b.xlsx:projects"]);
    expect(p.findings.map((f) => `${f.file} ${brief(f)} ${f.projectId ?? ""}`)).toEqual([
      "b.xlsx error invalid-enum Projects!E2 P1",
    ]);
  });
});
