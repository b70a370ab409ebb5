import { dayFromYmd } from "../../../src/core/model/calendar";
import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings();
const RISK_HEADERS = ["Risk ID", "Project ID", "Title", "RAID Type", "Probability", "Impact", "Status"];

function projectsOnly(rows: Parameters<typeof sheet>[1], options?: Parameters<typeof sheet>[2]) {
  return readPortfolio([workbook("t.xlsx", [sheet("Projects", rows, options)])], STANDARD_TEMPLATE, settings);
}

describe("readPortfolio: rows", () => {
  it("fills every template column of every row (null when blank) and shares row objects with the typed view", () => {
    const p = projectsOnly([[...PROJECT_HEADERS], projectRow(1001)]);
    expect(p.projects[0]).toEqual({
      src: { file: "t.xlsx", sheet: "Projects", row: 2 },
      projectId: "1001",
      projectName: "Project 1001",
      program: null,
      portfolio: null,
      projectManager: "Ann Lee",
      sponsor: null,
      phase: "Execution",
      status: "Green",
      priority: null,
      strategicScore: null,
      startDate: dayFromYmd(2026, 1, 1),
      baselineFinish: dayFromYmd(2026, 4, 30),
      forecastFinish: null,
      actualFinish: null,
      budget: 100000,
      actualCost: 40000,
      plannedValue: null,
      plannedPercent: null,
      percentComplete: 0.45,
      lastUpdated: null,
      statusComment: null,
      decisionNeeded: null,
    });
    expect(p.tables["projects"]?.[0]).toBe(p.projects[0]);
    expect(Object.keys(p.tables)).toEqual(STANDARD_TEMPLATE.tables.map((t) => t.key));
    expect(p.milestones).toEqual([]);
  });

  it("skips the section headings of a grouped tracker, merged across the row or a name in the ID column", () => {
    const p = projectsOnly(
      [
        [...PROJECT_HEADERS],
        ["Digital Programme"],
        projectRow("P-1"),
        projectRow("P-2"),
        ["Infrastructure"],
        projectRow("P-3"),
        // A project with only its ID so far is a row, reported as one.
        ["P-4"],
        [null, "Cloud move"],
      ],
      { merges: [{ top: 2, left: 1, bottom: 2, right: 10 }] },
    );
    expect(p.projects.map((row) => row["projectId"])).toEqual(["P-1", "P-2", "P-3", "P-4"]);
    expect(p.findings.filter((f) => f.severity === "info").map(brief)).toEqual([
      "info section-heading Projects!A2",
      "info section-heading Projects!A5",
    ]);
    expect(p.findings[0]?.message).toBe(
      'Row 2 of sheet "Projects" holds only "Digital Programme", a section heading: it was skipped and not ' +
        "counted as data. If it is a row of the table, fill in its other columns.",
    );
    // P-4 misses its required columns; the lone name in B8 is a row without an ID.
    expect(p.findings.filter((f) => f.rule === "required-missing").map((f) => f.cell)).toContain("B7");
    expect(p.findings.filter((f) => f.rule === "required-missing").map((f) => f.cell)).toContain("A8");
  });

  it("skips a board export's group titles, each right above its own copy of the header row", () => {
    const p = projectsOnly([
      [...PROJECT_HEADERS],
      projectRow("ALPHA"),
      [],
      // monday.com writes each group as its title, the header row again, then its items.
      ["Pipeline"],
      [...PROJECT_HEADERS],
      projectRow("BETA"),
      // A lone word with a project row under it is still a row (a project not filled in).
      ["GAMMA"],
      projectRow("DELTA"),
    ]);
    expect(p.projects.map((row) => row["projectId"])).toEqual(["ALPHA", "BETA", "GAMMA", "DELTA"]);
    expect(p.findings.filter((f) => f.severity === "info").map(brief)).toEqual([
      "info section-heading Projects!A4",
      "info header-repeated Projects!A5",
    ]);
  });

  it("keeps a lone word in the ID column as data where the IDs have no digits, and a lone number", () => {
    const words = projectsOnly([
      [...PROJECT_HEADERS],
      projectRow("ALPHA"),
      ["Infrastructure"],
      projectRow("BETA"),
    ]);
    expect(words.findings.map((f) => f.rule)).not.toContain("section-heading");
    expect(words.findings.filter((f) => f.rule === "required-missing")).toHaveLength(9);
    const numbers = projectsOnly([[...PROJECT_HEADERS], projectRow(1001), [1002], projectRow(1003)]);
    expect(numbers.findings.map((f) => f.rule)).not.toContain("section-heading");
  });

  it("lets no skipped row decide a column's reading: a totals row's 170 %, an example's day-first date", () => {
    const p = projectsOnly([
      [...PROJECT_HEADERS],
      // A template's example row, dated 21/02/2026: only valid day-first.
      ["e.g. P-000", "Example", "Ann Lee", "Execution", "Green", "21/02/2026", "21/03/2026", 1, 1, 0.5],
      projectRow("P-1", { 5: "05/03/2026", 6: "06/30/2026", 9: 0.5 }),
      projectRow("P-2", { 9: 0.2 }),
      // The totals row adds up % Complete: 0.7, or as here 1.7 with a project at 100 %.
      projectRow("P-3", { 9: 1 }),
      ["Total", null, null, null, null, null, null, 300000, 120000, 1.7],
    ]);
    expect(p.findings.map((f) => f.rule).sort()).toEqual([
      "date-as-text",
      "date-as-text",
      "example-row",
      "totals-row-skipped",
    ]);
    expect(p.projects.map((row) => row["percentComplete"])).toEqual([0.5, 0.2, 1]);
    // Read month first, as the setting says: 5 March, not 3 May.
    expect(p.projects[0]?.["startDate"]).toBe(dayFromYmd(2026, 5, 3));
    // A real 0–100 column is still read on that scale when a data row says so.
    const hundred = projectsOnly([
      [...PROJECT_HEADERS],
      projectRow("P-1", { 9: 50 }),
      projectRow("P-2", { 9: 20 }),
      ["Total", null, null, null, null, null, null, 200000, 80000, 70],
    ]);
    expect(hundred.projects.map((row) => row["percentComplete"])).toEqual([0.5, 0.2]);
  });

  describe("summary rows of an exported hierarchy", () => {
    it("skips MS Project's project summary task (Outline Level 0), whatever its cells hold", () => {
      const p = projectsOnly([
        [...PROJECT_HEADERS, "Outline Level"],
        // Text as MS Project exports it: no number to tell it by.
        [
          "",
          "PMO Master Schedule FY26",
          null,
          null,
          null,
          "Mon 1/5/26",
          "Fri 12/17/27",
          "$6,100,000.00",
          "$2,310,400.00",
          "38%",
          0,
        ],
        [...projectRow("P1"), 1],
        [...projectRow("P2"), 1],
      ]);
      expect(p.projects.map((row) => row.projectId)).toEqual(["P1", "P2"]);
      expect(p.findings.map(brief)).toEqual([
        "warning unknown-columns Projects!K1",
        "info summary-row Projects!B2",
      ]);
    });

    it("skips an Asana subtask (its Parent task filled): a task of a project, not a project", () => {
      const p = projectsOnly([
        [...PROJECT_HEADERS, "Parent task"],
        [...projectRow("P1"), null],
        ["", "Kick-off workshop", "Ann Lee", null, null, null, null, null, null, null, "Project P1"],
        [...projectRow("P2"), "  "],
      ]);
      expect(p.projects.map((row) => row.projectId)).toEqual(["P1", "P2"]);
      expect(p.findings.map(brief)).toContain("info subtask-row Projects!K3");
      expect(p.findings.find((f) => f.rule === "subtask-row")?.message).toBe(
        'Row 3 of sheet "Projects" is a subtask of "Project P1" (its parent task), not a project: it was skipped ' +
          "and not counted as data.",
      );
      // Every row under one parent the sheet does not list (the portfolio itself): projects, all of them.
      const all = projectsOnly([
        [...PROJECT_HEADERS, "Parent task"],
        [...projectRow("P1"), "PMO Portfolio FY26"],
        [...projectRow("P2"), "PMO Portfolio FY26"],
      ]);
      expect(all.projects.map((row) => row.projectId)).toEqual(["P1", "P2"]);
    });

    const day = (m: number, d: number, y = 2026) => dayFromYmd(y, m, d);
    // Start, Baseline Finish, Budget and % Complete of a row over its projects.
    const summary = (
      name: string,
      start: number,
      finish: number,
      budget: number | null,
      pct: number | null,
    ) => [null, name, null, null, null, start, finish, budget, null, pct];
    const project = (id: string, start: number, finish: number, budget: number, pct: number) =>
      projectRow(id, { 5: start, 6: finish, 7: budget, 9: pct });

    it("skips a parent row whose dates and totals roll up the projects under it, with one info", () => {
      const p = projectsOnly([
        [...PROJECT_HEADERS],
        // Earliest start, latest finish, the budgets' total, a % Complete between the projects'.
        summary("Q3 Initiatives", day(7, 1), day(3, 31, 2027), 370000, 0.4),
        project("P-1", day(7, 1), day(11, 30), 120000, 0.6),
        project("P-2", day(8, 1), day(3, 31, 2027), 250000, 0.2),
        // Two levels: Q4 over Mobile over its two projects.
        summary("Q4 Initiatives", day(10, 1), day(6, 30, 2027), null, null),
        summary("Mobile", day(10, 1), day(6, 30, 2027), null, null),
        project("P-3", day(10, 1), day(6, 30, 2027), 300000, 0.1),
        project("P-4", day(11, 1), day(2, 28, 2027), 80000, 0),
      ]);
      expect(p.projects.map((row) => row["projectId"])).toEqual(["P-1", "P-2", "P-3", "P-4"]);
      expect(p.findings.map(brief)).toEqual([
        "info summary-row Projects!B2",
        "info summary-row Projects!B5",
        "info summary-row Projects!B6",
      ]);
      expect(p.findings[0]?.message).toBe(
        'Row 2 of sheet "Projects" holds "Q3 Initiatives" and only the dates or totals of the rows under ' +
          "it, a summary row (a parent row of an exported hierarchy): it was skipped and not counted as data. " +
          "If it is a row of the table, fill in its other columns.",
      );
    });

    it("judges the roll-up on the template's columns: a parent's Duration or Variance is no evidence", () => {
      // Smartsheet's export: projects by name, with Duration ("386d", the parent's span) and Variance.
      const headers = [...PROJECT_HEADERS.slice(1), "Duration", "Variance"];
      const row = (id: string, start: number, finish: number, budget: number, duration: string) => [
        ...projectRow(id, { 5: start, 6: finish, 7: budget, 8: budget / 2 }).slice(1),
        duration,
        budget / 2,
      ];
      const p = projectsOnly([
        headers,
        ["Digital", null, null, null, day(1, 5), day(6, 30, 2027), 1_500_000, 750_000, 0.45, "386d", 750_000],
        row("P-1", day(1, 5), day(12, 18), 600_000, "250d"),
        row("P-2", day(4, 6), day(6, 30, 2027), 900_000, "282d"),
      ]);
      expect(p.projects.map((x) => x["projectName"])).toEqual(["Project P-1", "Project P-2"]);
      expect(p.findings.map(brief)).toContain("info summary-row Projects!A2");
    });

    it("keeps as data a row whose numbers do not roll up its rows, or with one row under it", () => {
      const p = projectsOnly([
        [...PROJECT_HEADERS],
        // A finish that is neither the earliest nor the latest: a project not filled in yet.
        summary("New portal", day(7, 1), day(12, 31), null, null),
        project("P-1", day(7, 1), day(11, 30), 120000, 0.6),
        project("P-2", day(8, 1), day(3, 31, 2027), 250000, 0.2),
        // The same dates as the one project under it.
        summary("Data lake", day(10, 1), day(6, 30, 2027), null, null),
        project("P-3", day(10, 1), day(6, 30, 2027), 300000, 0.1),
        // One date alone that happens to be the earliest of the projects under it.
        [null, "New CRM", null, null, null, day(1, 1), null, null, null, null],
        project("P-4", day(1, 1), day(6, 30), 100000, 0.5),
        project("P-5", day(2, 1), day(9, 30), 100000, 0.5),
      ]);
      expect(p.findings.map((f) => f.rule)).not.toContain("summary-row");
      expect(p.findings.filter((f) => f.rule === "required-missing").map((f) => f.cell)).toEqual(
        expect.arrayContaining(["A2", "C2", "A5", "C5", "A7", "C7"]),
      );
    });

    it("reads a parent row by name in a table keyed by names, and never outside the project list", () => {
      const byName = projectsOnly([
        PROJECT_HEADERS.slice(1),
        ["Programme A", null, null, null, day(7, 1), day(3, 31, 2027), 370000, null, null],
        projectRow("P-1", { 5: day(7, 1), 6: day(11, 30), 7: 120000 }).slice(1),
        projectRow("P-2", { 5: day(8, 1), 6: day(3, 31, 2027), 7: 250000 }).slice(1),
      ]);
      expect(byName.projects.map((row) => row["projectName"])).toEqual(["Project P-1", "Project P-2"]);
      expect(byName.findings.map(brief)).toContain("info summary-row Projects!A2");
      // A person without a role or department, on the capacity and salary of others, is a person.
      const people = readPortfolio(
        [
          workbook("t.xlsx", [
            sheet("Projects", [[...PROJECT_HEADERS], projectRow("P-1")]),
            sheet("Resources", [
              ["Resource", "Role", "Department", "Weekly Capacity", "Annual Salary"],
              ["Ann Lee", null, null, 40, 90000],
              ["Bob Ray", "Developer", "IT", 40, 90000],
              ["Cy Tan", "Developer", "IT", 32, 80000],
            ]),
          ]),
        ],
        STANDARD_TEMPLATE,
        settings,
      );
      expect(people.resources.map((row) => row["resource"])).toEqual(["Ann Lee", "Bob Ray", "Cy Tan"]);
    });
  });

  it("reads milestone and risk statuses in the words trackers use beyond the spec's synonyms", () => {
    const milestoneWords = ["Achieved", "Met", "Delivered", "Delayed", "Ongoing", "Underway", "Started"];
    const stuck = ["Missed", "Slipped", "Behind Schedule", "Blocked"];
    const notStarted = ["Planned", "Scheduled", "To Do", "Not yet started", "Not Due"];
    const riskWords = ["New", "Identified", "Raised", "In Review", "Under Review", "Accepted"];
    const riskWordsAfter = ["In Mitigation", "Being mitigated", "Retired", "Avoided", "Expired"];
    const p = readPortfolio(
      [
        workbook("t.xlsx", [
          sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
          sheet("Milestones", [
            ["Project ID", "Milestone", "Baseline Date", "Actual Date", "Status"],
            ...[...milestoneWords, ...stuck, ...notStarted].map((status, i) => [
              "P1",
              `M${i}`,
              46023,
              46023,
              status,
            ]),
          ]),
          sheet("Risks", [
            RISK_HEADERS,
            ...[...riskWords, ...riskWordsAfter].map((status, i) => [
              `R${i}`,
              "P1",
              "Vendor late",
              null,
              3,
              3,
              status,
            ]),
          ]),
        ]),
      ],
      STANDARD_TEMPLATE,
      settings,
    );
    expect(p.milestones.map((m) => m.status)).toEqual([
      ...Array<string>(3).fill("Complete"),
      ...Array<string>(8).fill("In Progress"),
      ...Array<string>(5).fill("Not Started"),
    ]);
    expect(p.risks.map((r) => r.status)).toEqual([
      ...Array<string>(6).fill("Open"),
      "Mitigating",
      "Mitigating",
      "Closed",
      "Closed",
      "Closed",
    ]);
    expect(p.findings.map((f) => f.rule)).not.toContain("invalid-enum");
  });

  it("reads the phases as verbs and nouns and Priority's abbreviations; leaves the PMO's calls as errors", () => {
    const phases = ["Initiate", "Plan", "Execute", "Close", "Closure", "Hold", "Delivery"];
    const priorities = ["Med", "h", "M", "L", "P1", "Med", "M"];
    const rows = phases.map((phase, i) => [...projectRow(`P${i}`, { 3: phase }), priorities[i] ?? null]);
    const p = readPortfolio(
      [workbook("t.xlsx", [sheet("Projects", [[...PROJECT_HEADERS, "Priority"], ...rows])])],
      STANDARD_TEMPLATE,
      settings,
    );
    expect(p.projects.map((row) => [row["phase"], row["priority"]])).toEqual([
      ["Initiation", "Medium"],
      ["Planning", "High"],
      ["Execution", "Medium"],
      ["Closing", "Low"],
      ["Closing", null],
      ["On Hold", "Medium"],
      [null, "Medium"],
    ]);
    expect(p.findings.filter((f) => f.rule === "invalid-enum").map((f) => f.cell)).toEqual(["K6", "D8"]);
  });

  it("skips a template's example row and a header row repeated inside the data, each with an info", () => {
    const p = projectsOnly([
      [...PROJECT_HEADERS],
      ["e.g. P-000", "Example project", "Jane Doe", "Execution", "Green"],
      projectRow("P1"),
      // A block of rows pasted with its header.
      [...PROJECT_HEADERS],
      projectRow("P2"),
      ["Example: P-999"],
      // "Example" alone is a project's name.
      projectRow("P3", { 1: "Example Corp rollout" }),
    ]);
    expect(p.projects.map((row) => row["projectId"])).toEqual(["P1", "P2", "P3"]);
    expect(p.findings.map(brief)).toEqual([
      "info example-row Projects!A2",
      "info header-repeated Projects!A4",
      "info example-row Projects!A6",
    ]);
    expect(p.findings[0]?.message).toBe(
      'Row 2 of sheet "Projects" is an example ("e.g. P-000"); it was skipped and not counted as data. Delete ' +
        "it when the tracker has its own rows.",
    );
    expect(p.findings[1]?.message).toBe(
      'Row 4 of sheet "Projects" repeats the header row (pasted with a block of rows?); it was skipped and not ' +
        "counted as data. Delete it.",
    );
  });

  it("skips the guidance row a template writes under its headers, and only there", () => {
    const guidance = [
      "Mandatory",
      "Free text",
      "Select from list",
      "Select from list",
      "(RAG)",
      "dd/mm/yyyy",
      "dd/mm/yyyy",
      "(£)",
      "(£)",
      "(%)",
    ];
    const p = projectsOnly([[...PROJECT_HEADERS], guidance, projectRow("P1"), guidance]);
    expect(p.projects.map((row) => row["projectId"])).toEqual(["P1", "Mandatory"]);
    expect(p.findings.filter((f) => f.severity === "info").map(brief)).toEqual([
      "info guidance-row Projects!A2",
    ]);
    expect(p.findings[0]?.message).toBe(
      'Row 2 of sheet "Projects" guides the PM ("Mandatory" …) rather than holding data; it was skipped and not ' +
        "counted as data.",
    );
    // A row of text that is not guidance stays data.
    const words = projectsOnly([
      [...PROJECT_HEADERS],
      ["P1", "Date migration", "Ann Lee", "Planning", "Text"],
    ]);
    expect(words.projects).toHaveLength(1);
  });

  it("skips fully blank rows and reports totals rows as info", () => {
    const p = projectsOnly([
      [...PROJECT_HEADERS],
      projectRow("P1"),
      [null, "  ", "", null],
      [],
      projectRow("P2"),
      [null, "Grand Total", null, null, null, null, null, 200000, 80000],
      ["TOTALS:", null, null, null, null, null, null, 200000],
      // The subtotals of a tracker grouped by programme, in the spellings PMs use.
      ["Sub-total", null, null, null, null, null, null, 100000],
      [null, "Subtotal:", null, null, null, null, null, 100000],
      ["SUB TOTAL", null, null, null, null, null, null, 100000],
      // Excel's Data › Subtotal labels, and a sheet's total named for what it adds up.
      ["CC100 Total", null, null, null, null, null, null, 100000],
      [null, "Digital Programme Totals:", null, null, null, null, null, 100000],
      // A total named for what it adds up: no other text in the row.
      ["Total budget", null, null, null, null, null, null, 300000],
      // A row worked out from those above, under its own label.
      [null, "Variance:", null, null, null, null, null, -5000],
      // Totals in the languages of a European PMO's trackers.
      ["Summe", null, null, null, null, null, null, 300000],
      ["Total général", null, null, null, null, null, null, 300000],
      // A project whose ID or name starts like those words is a project.
      projectRow("Sub-3"),
      projectRow("P4", { 1: "Total Rewards Platform" }),
      projectRow("Total Rewards"),
      projectRow("Balance"),
      projectRow("Sebastian"),
    ]);
    expect(p.projects.map((x) => x.projectId)).toEqual([
      "P1",
      "P2",
      "Sub-3",
      "P4",
      "Total Rewards",
      "Balance",
      "Sebastian",
    ]);
    expect(p.findings.map(brief)).toEqual([
      "info totals-row-skipped Projects!B6",
      "info totals-row-skipped Projects!A7",
      "info totals-row-skipped Projects!A8",
      "info totals-row-skipped Projects!B9",
      "info totals-row-skipped Projects!A10",
      "info totals-row-skipped Projects!A11",
      "info totals-row-skipped Projects!B12",
      "info totals-row-skipped Projects!A13",
      "info totals-row-skipped Projects!B14",
      "info totals-row-skipped Projects!A15",
      "info totals-row-skipped Projects!A16",
    ]);
    expect(p.findings[0]?.message).toBe(
      'Row 6 of sheet "Projects" is a totals row ("Grand Total"); it was skipped and not counted as data.',
    );
    expect(p.findings[8]?.message).toBe(
      'Row 14 of sheet "Projects" holds "Variance:", worked out from the rows above it like a total; it was ' +
        "skipped and not counted as data.",
    );
  });

  it("reads one-cell text rows under the table after a blank row as notes, not as projects", () => {
    const p = projectsOnly([
      [...PROJECT_HEADERS],
      projectRow("P1"),
      // A one-cell row inside the data is a project missing its columns, as before.
      ["P2"],
      projectRow("P3"),
      [],
      ["Notes: all figures in USD; budgets approved by the steering group in March."],
      [null, null, null, null],
      [null, "Prepared by: PMO"],
      [],
    ]);
    expect(p.projects.map((x) => x.projectId)).toEqual(["P1", "P2", "P3"]);
    expect(p.findings.filter((f) => f.rule === "required-missing").map((f) => f.cell)).toEqual([
      "B3",
      "C3",
      "D3",
      "E3",
      "F3",
      "G3",
      "H3",
      "I3",
      "J3",
    ]);
    const notes = p.findings.filter((f) => f.rule === "notes-below-table");
    expect(notes.map(brief)).toEqual(["info notes-below-table Projects!A6"]);
    expect(notes[0]?.message).toBe(
      'Rows 6–8 of sheet "Projects", under the table after a blank row, hold only a note in one cell ' +
        '("Notes: all figures in USD; budgets appro…"); read as a note, not as data. If they are rows of the ' +
        "table, fill in the other columns.",
    );
  });

  it("reads a lone Subtotal under the data (its sums never calculated) as a totals row, the note below it as a note", () => {
    const p = projectsOnly([
      [...PROJECT_HEADERS],
      projectRow("P1"),
      [],
      ["Subtotal"],
      [],
      ["Legend: G = on track"],
    ]);
    expect(p.projects.map((x) => x.projectId)).toEqual(["P1"]);
    expect(p.findings.map(brief)).toEqual([
      "info totals-row-skipped Projects!A4",
      "info notes-below-table Projects!A6",
    ]);
  });

  it("keeps one-cell rows as data right under the table, or with no data above them", () => {
    const under = projectsOnly([[...PROJECT_HEADERS], projectRow("P1"), ["P9"]]);
    expect(under.projects.map((x) => x.projectId)).toEqual(["P1", "P9"]);
    const only = projectsOnly([[...PROJECT_HEADERS], [], ["P7"], ["P8"]]);
    expect(only.projects.map((x) => x.projectId)).toEqual(["P7", "P8"]);
    expect([...under.findings, ...only.findings].some((f) => f.rule === "notes-below-table")).toBe(false);
    // A number alone is no note: a row with only its Budget is data.
    const budget = projectsOnly([
      [...PROJECT_HEADERS],
      projectRow("P1"),
      [],
      [null, null, null, null, null, null, null, 5000],
    ]);
    expect(budget.findings.some((f) => f.rule === "notes-below-table")).toBe(false);
  });

  it("applies a vertically merged cell's value to every row of the merge", () => {
    const headers = [...PROJECT_HEADERS, "Program"];
    const p = projectsOnly(
      [
        headers,
        [...projectRow("P1"), "Apollo"],
        [...projectRow("P2"), null],
        [...projectRow("P3"), null],
        [...projectRow("P4"), null],
      ],
      { merges: [{ top: 2, left: 11, bottom: 4, right: 11 }] },
    );
    expect(p.projects.map((x) => x.program)).toEqual(["Apollo", "Apollo", "Apollo", null]);
    expect(p.findings).toEqual([]);
  });

  it("skips RAID rows that are not risks, counted in one info finding per sheet", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1"), projectRow("P2")]),
      sheet("RAID Log", [
        RISK_HEADERS,
        ["R1", "P1", "Vendor late", "Risk", 3, 4, "Open"],
        ["A1", "P1", "Budget holds", "Assumption", null, null, null],
        ["I1", "P1", "Server down", " issue ", "x", null, "??"],
        ["D1", "P1", "Needs API", "D", null, null, null],
        // A RAIDD log keeps its actions and decisions on the same sheet.
        ["AC1", "P1", "Chase vendor", "Action", null, null, "Open"],
        ["DC1", "P1", "Go with vendor B", "decision", null, null, null],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.risks.map((r) => r.riskId)).toEqual(["R1"]);
    expect(p.findings.map(brief)).toEqual(["info rows-skipped RAID Log!"]);
    expect(p.findings[0]?.message).toBe(
      '5 rows of sheet "RAID Log" are assumptions, issues, dependencies, actions or decisions (not risks): skipped and not counted.',
    );
  });

  it("reports a blank required cell at its address with the row's project", () => {
    const p = projectsOnly([[...PROJECT_HEADERS], projectRow("P1", { 5: null, 9: "  " })]);
    expect(p.findings.map((f) => `${brief(f)} ${f.column} ${f.projectId}`)).toEqual([
      "error required-missing Projects!F2 Start Date P1",
      "error required-missing Projects!J2 % Complete P1",
    ]);
  });

  it("drops a project row without a usable Project ID after reporting it", () => {
    const p = projectsOnly([[...PROJECT_HEADERS], projectRow(null), projectRow("#REF!"), projectRow("P3")]);
    expect(p.projects.map((x) => x.projectId)).toEqual(["P3"]);
    expect(p.tables["projects"]).toHaveLength(1);
    expect(p.findings.map(brief)).toEqual([
      "error required-missing Projects!A2",
      "error excel-error Projects!A3",
    ]);
    expect(p.findings[0]?.projectId).toBeUndefined();
  });

  it("reports Excel error values, also typed as text, naming the cell", () => {
    const p = projectsOnly([
      [...PROJECT_HEADERS],
      projectRow("P1", { 7: "#DIV/0!", 8: " #n/a ", 1: "#SPILL!" }),
    ]);
    expect(p.projects[0]).toMatchObject({ projectName: null, budget: null, actualCost: null });
    expect(p.findings.map((f) => `${brief(f)} ${f.projectId}`)).toEqual([
      "error excel-error Projects!B2 P1",
      "error excel-error Projects!H2 P1",
      "error excel-error Projects!I2 P1",
    ]);
    expect(p.findings[1]?.message).toBe(
      "Budget shows the Excel error #DIV/0!; fix the formula or enter a value.",
    );
  });

  it("reads an uncalculated formula as blank with one warning (no second 'required' error)", () => {
    const p = projectsOnly([[...PROJECT_HEADERS], projectRow("P1", { 8: null })], { uncalculated: ["$I$2"] });
    expect(p.projects[0]?.actualCost).toBeNull();
    expect(p.findings.map((f) => `${brief(f)} ${f.projectId}`)).toEqual([
      "warning formula-not-calculated Projects!I2 P1",
    ]);
    expect(p.findings[0]?.message).toBe(
      "Actual Cost in I2 is a formula with no calculated value (the file was saved by a tool that does not " +
        "calculate); it was read as blank. Open and save the file in Excel.",
    );
  });

  it("reports values outside the column's range and reads them as blank", () => {
    const p = projectsOnly([
      [...PROJECT_HEADERS, "Strategic Alignment"],
      [...projectRow("P1", { 9: 45 }), 3],
      [...projectRow("P2", { 9: 140, 7: -5000 }), 6],
    ]);
    expect(p.projects.map((x) => [x.percentComplete, x.budget, x.strategicScore])).toEqual([
      [0.45, 100000, 3],
      [null, null, null],
    ]);
    expect(p.findings.map((f) => `${brief(f)}: ${f.message}`)).toEqual([
      "error out-of-range Projects!H3: Budget -5,000 is below the minimum of 0; enter a value of at least 0.",
      "error out-of-range Projects!J3: % Complete 140 % is above the maximum of 100 %; enter a value of at most 100 %.",
      "error out-of-range Projects!K3: Strategic Alignment 6 is above the maximum of 5; enter a value of at most 5.",
    ]);
  });

  it("reports invalid values with the value and what is accepted", () => {
    const p = projectsOnly([[...PROJECT_HEADERS], projectRow("P1", { 3: "Doing", 6: "soon" })]);
    expect(p.findings.map((f) => `${brief(f)}: ${f.message}`)).toEqual([
      'error invalid-enum Projects!D2: Phase "Doing" is not an allowed value; use one of: Initiation, Planning, ' +
        "Execution, Closing, Closed, On Hold, Cancelled.",
      'error invalid-date Projects!G2: Baseline Finish "soon" is not a date; enter a date (for example ' +
        "03/31/2026 or 2026-03-31).",
    ]);
  });

  it("counts text dates once per column, naming the first cells", () => {
    const p = projectsOnly([
      [...PROJECT_HEADERS],
      projectRow("P1", { 5: "01/15/2026" }),
      projectRow("P2", { 5: "2026-01-15" }),
      projectRow("P3", { 5: "Jan 15, 2026" }),
      projectRow("P4", { 5: "1/15/26" }),
      projectRow("P5", { 5: "1-15-2026" }),
    ]);
    expect(p.projects.map((x) => x.startDate)).toEqual(Array(5).fill(dayFromYmd(2026, 1, 15)));
    expect(p.findings).toEqual([
      {
        file: "t.xlsx",
        sheet: "Projects",
        cell: "F2",
        row: 2,
        column: "Start Date",
        severity: "warning",
        rule: "date-as-text",
        message:
          "Start Date has 4 dates stored as text (F2, F4, F5, …); they were read as month/day/year. Format " +
          "the cells as dates.",
      },
    ]);
  });

  it("reads a text-date column in the other order when one value needs it, with one warning at that cell", () => {
    const p = projectsOnly([
      [...PROJECT_HEADERS],
      projectRow("P1", { 6: "04/05/2026" }),
      projectRow("P2", { 6: "21/02/2026" }),
    ]);
    expect(p.projects.map((x) => x.baselineFinish)).toEqual([
      dayFromYmd(2026, 5, 4),
      dayFromYmd(2026, 2, 21),
    ]);
    expect(p.findings.map(brief)).toEqual([
      "warning date-order-switched Projects!G3",
      "warning date-as-text Projects!G2",
    ]);
  });

  it("reads a percent column on the 0–100 scale and warns once at the cell that mixes scales", () => {
    const p = projectsOnly(
      [
        [...PROJECT_HEADERS],
        projectRow("P1", { 9: 45 }),
        projectRow("P2", { 9: 0.5 }),
        projectRow("P3", { 9: "30%" }),
        projectRow("P4", { 9: 0.6 }),
      ],
      { formats: [[], [], [], [], [null, null, null, null, null, null, null, null, null, "0%"]] },
    );
    expect(p.projects.map((x) => x.percentComplete)).toEqual([0.45, 0.005, 0.3, 0.6]);
    expect(p.findings.map((f) => `${brief(f)} ${f.column}`)).toEqual([
      "warning percent-mixed-scale Projects!J3 % Complete",
    ]);
  });

  it("reads Excel tables' data rows and columns only", () => {
    const p = projectsOnly(
      [
        ["note", ...PROJECT_HEADERS],
        ["x", ...projectRow("P1")],
        ["x", ...projectRow("P2")],
        ["not in the table", "P9"],
      ],
      {
        listObjects: [
          { name: "tblProjects", hasHeader: true, totalsRowCount: 0, top: 1, left: 2, bottom: 3, right: 11 },
        ],
      },
    );
    expect(p.projects.map((x) => x.projectId)).toEqual(["P1", "P2"]);
    expect(p.bindings[0]?.unknownHeaders).toEqual([]);
    expect(p.findings).toEqual([]);
  });
});

describe("readPortfolio: single-project workbooks", () => {
  const milestones = sheet("Milestones", [
    ["Milestone", "Baseline Date", "Status"],
    ["Design signed off", 46053, "Done"],
  ]);

  it("gives rows without a Project ID column (or with it blank) the workbook's one project", () => {
    const wb = workbook("apollo.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("APOLLO")]),
      milestones,
      sheet("Risks", [
        ["Risk ID", "Project ID", "Title", "Probability", "Impact", "Status"],
        ["R1", null, "Vendor late", 3, "H", "Open"],
        ["R2", "OTHER", "Scope creep", "M", 2, "Bogus"],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.milestones).toMatchObject([
      { projectId: "APOLLO", milestone: "Design signed off", status: "Complete" },
    ]);
    expect(p.risks.map((r) => r.projectId)).toEqual(["APOLLO", "OTHER"]);
    expect(p.bindings.find((b) => b.table === "milestones")?.missingRequired).toEqual([]);
    expect(p.findings.map((f) => `${brief(f)} ${f.projectId}`)).toEqual([
      "error invalid-enum Risks!F3 OTHER",
    ]);
  });

  it("does not guess a project when the workbook has several", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1"), projectRow("P2")]),
      milestones,
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.milestones[0]?.projectId).toBeNull();
    expect(p.findings.map(brief)).toEqual(["error required-column-missing Milestones!A1"]);
    expect(p.bindings.find((b) => b.table === "milestones")?.missingRequired).toEqual(["projectId"]);
  });

  it("uses the project named in the settings when the workbook has no Projects table", () => {
    const wb = workbook("t.xlsx", [milestones]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, testSettings({ projectId: "ZEUS" }));
    expect(p.milestones[0]?.projectId).toBe("ZEUS");
    expect(p.findings).toEqual([]);
  });

  it("names the row's project in findings of a dependency by its From Project", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1"), projectRow("P2")]),
      sheet("Dependencies", [
        ["From Project", "From Milestone", "To Project", "To Milestone"],
        ["P1", "Design", "P2", null],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.findings.map((f) => `${brief(f)} ${f.projectId}`)).toEqual([
      "error required-missing Dependencies!D2 P1",
    ]);
  });
});
