/**
 * The CLI-level hostile corpus (issue 10, part B), generated: no binary blobs in the repository.
 * It is the reader's corpus (`test/file/hostile/hostileCorpus.ts`: renamed formats, truncated and
 * bombed zips, broken parts, unusual but valid packages) plus trackers whose content is hostile or
 * unusual: a table's totals row, stray cells far away, a two-row merged header, overflowing and
 * absurd numbers, a negative salary, 100,000-character text, formula-looking text, 67,000
 * findings, the 1904 date system, subtotal and note rows under the data, openpyxl's uncalculated
 * formulas and MS Project's text dates, a life-cycle Status beside the RAG and amounts in thousands,
 * a two-row grouped header and programme headings between the rows, a one-sheet status report whose
 * tables are Excel tables named after them, IDs typed as numbers and shown through a format,
 * a resource plan with its months across, a Project Tracker sheet with a weekly plan naming
 * projects and people loosely. `writeCliCorpus(dir)` writes them all.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { book, hostileCorpus, num, REASONS, text, worksheet } from "../../file/hostile/hostileCorpus";
import { APR_30_2026, JAN_1_2026, PROJECT_HEADERS as HEADERS, RISK_HEADERS } from "../../core/read/fixtures";

export interface CliCase {
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array>;
  /** The validate exit code: 0 clean, 1 errors, 2 unreadable; a set when the reader corpus does not say. */
  readonly validateExit: readonly (0 | 1 | 2)[];
  /** A check of the KPI JSON that build wrote (when it wrote one). */
  readonly checkJson?: (json: KpiJson) => void;
}

export interface KpiJson {
  readonly projects: readonly { projectId: string; bac?: number | null; projectName?: string }[];
  readonly validation: {
    readonly errors: number;
    readonly findings: readonly { rule: string; message: string; cell: string }[];
  };
}

const COLS = "ABCDEFGHIJ";

function projectCells(r: number, id: string, overrides: Record<number, string> = {}): string {
  const values: (string | number)[] = [
    id,
    `Project ${id}`,
    "Ann Lee",
    "Execution",
    "Green",
    JAN_1_2026,
    APR_30_2026,
    100000,
    40000,
    0.45,
  ];
  return values
    .map((v, c) => {
      const ref = `${COLS[c] ?? "A"}${r}`;
      const raw = overrides[c];
      if (raw !== undefined) return raw.startsWith("<") ? raw : num(ref, raw);
      return typeof v === "number" ? num(ref, v) : text(ref, v);
    })
    .join("");
}

const headerRow = (r: number) =>
  `<row r="${r}">${HEADERS.map((h, c) => text(`${COLS[c] ?? "A"}${r}`, h)).join("")}</row>`;
const dataRow = (r: number, id: string, overrides?: Record<number, string>, extra = "") =>
  `<row r="${r}">${projectCells(r, id, overrides)}${extra}</row>`;
const projects = (rows: string, after = "", date1904?: string) =>
  book({ sheets: [{ name: "Projects", xml: worksheet(rows, after) }], ...(date1904 ? { date1904 } : {}) });

/** A valid Projects row (A–J) as ExcelJS takes it: dates as Date values. */
function excelJsProjectRow(id: string, budget: number): (string | number | Date)[] {
  const [start, finish] = [new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 3, 30))];
  return [id, `Project ${id}`, "Ann Lee", "Execution", "Green", start, finish, budget, 40000, 0.45];
}

async function excelJs(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function trackerCases(): CliCase[] {
  const clean = (
    name: string,
    bytes: () => Promise<Uint8Array>,
    checkJson?: (json: KpiJson) => void,
  ): CliCase => ({
    name,
    bytes,
    validateExit: [0],
    ...(checkJson ? { checkJson } : {}),
  });
  return [
    clean(
      "totals-row-counting-ids.xlsx",
      () =>
        excelJs((wb) => {
          const ws = wb.addWorksheet("Projects");
          ws.addTable({
            name: "tblProjects",
            ref: "A1",
            headerRow: true,
            totalsRow: true,
            columns: HEADERS.map((name, c) => ({
              name,
              ...(c === 0
                ? { totalsRowFunction: "count" as const }
                : c === 7
                  ? { totalsRowFunction: "sum" as const }
                  : {}),
            })),
            rows: ["P1", "P2"].map((id) => excelJsProjectRow(id, 1_050_000)),
          });
        }),
      (json) => {
        expect(json.projects.map((p) => p.projectId)).toEqual(["P1", "P2"]);
      },
    ),
    clean("stray-note-z12.xlsx", async () =>
      projects(headerRow(1) + dataRow(2, "P1") + `<row r="12">${text("Z12", "call Bob about this")}</row>`),
    ),
    clean("value-at-xfd1048576.xlsx", async () =>
      projects(headerRow(1) + dataRow(2, "P1") + `<row r="1048576">${num("XFD1048576", 1)}</row>`),
    ),
    clean(
      "two-row-merged-header.xlsx",
      async () =>
        projects(
          `<row r="1">${text("A1", "Project ID")}${text("B1", "Project Name")}${text("F1", "Dates")}</row>` +
            `<row r="2">${HEADERS.slice(2)
              .map((h, c) => text(`${COLS[c + 2] ?? "A"}2`, h))
              .join("")}</row>` +
            dataRow(3, "P1") +
            dataRow(4, "P2"),
          '<mergeCells count="3"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/><mergeCell ref="F1:G1"/></mergeCells>',
        ),
      (json) => expect(json.projects.map((p) => p.projectId)).toEqual(["P1", "P2"]),
    ),
    {
      name: "overflowing-budgets.xlsx",
      bytes: async () =>
        projects(
          headerRow(1) +
            dataRow(2, "P1", { 7: `1${"0".repeat(400)}` }) +
            dataRow(3, "P2", { 7: "9E+307" }) +
            dataRow(4, "P3", { 7: "9E+307" }),
        ),
      validateExit: [1],
      checkJson: (json) => {
        const rules = json.validation.findings.map((f) => `${f.rule} ${f.cell}`);
        expect(rules).toEqual(
          expect.arrayContaining(["number-not-finite H2", "number-too-large H3", "number-too-large H4"]),
        );
      },
    },
    {
      name: "negative-salary.xlsx",
      bytes: async () =>
        book({
          sheets: [
            { name: "Projects", xml: worksheet(headerRow(1) + dataRow(2, "P1")) },
            {
              name: "Resources",
              xml: worksheet(
                `<row r="1">${text("A1", "Resource")}${text("B1", "Role")}${text("C1", "Annual Salary")}</row>` +
                  `<row r="2">${text("A2", "Ann Lee")}${text("B2", "PM")}${num("C2", -313131)}</row>`,
              ),
            },
          ],
        }),
      validateExit: [1],
      checkJson: (json) => {
        expect(json.validation.findings.some((f) => f.rule === "out-of-range")).toBe(true);
        expect(JSON.stringify(json.validation)).not.toMatch(/313[,.]?131/);
      },
    },
    clean("hundred-thousand-character-name.xlsx", async () =>
      projects(headerRow(1) + dataRow(2, "P1", { 1: text("B2", "N".repeat(100_000)) })),
    ),
    clean("formula-looking-text.xlsx", async () =>
      projects(
        headerRow(1) +
          dataRow(2, "P1", { 1: text("B2", '=HYPERLINK("http://evil.example","x")') }) +
          dataRow(3, "P2", { 1: text("B3", "+cmd|' /C calc'!A0") }) +
          dataRow(4, "P3", { 1: text("B4", "-1+1") }) +
          dataRow(5, "P4", { 1: text("B5", "@SUM(A1)") }),
      ),
    ),
    {
      name: "two-thousand-incomplete-rows.xlsx",
      bytes: async () => {
        const rows = Array.from(
          { length: 2_000 },
          (_, i) => `<row r="${i + 2}">${text(`A${i + 2}`, `P${i + 1}`)}</row>`,
        );
        return projects(headerRow(1) + rows.join(""));
      },
      validateExit: [1],
      // Past the 10,000 findings PMO Validation and the console list: the JSON keeps them all.
      checkJson: (json) => expect(json.validation.findings.length).toBeGreaterThan(15_000),
    },
    // Real trackers' shapes the reader once got wrong: each read as a PM means it.
    clean(
      "notes-and-subtotals-under-the-data.xlsx",
      async () =>
        projects(
          headerRow(1) +
            dataRow(2, "P1") +
            `<row r="3">${text("A3", "Sub-total")}${num("H3", 100000)}</row>` +
            dataRow(4, "P2") +
            `<row r="5">${text("A5", "SUBTOTAL:")}${num("H5", 100000)}</row>` +
            `<row r="7">${text("A7", "Notes: all figures in USD, approved by the steering group")}</row>` +
            `<row r="8">${text("B8", "Prepared by: PMO")}</row>`,
        ),
      (json) => {
        expect(json.projects.map((p) => p.projectId)).toEqual(["P1", "P2"]);
        expect(json.validation.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
          "totals-row-skipped A3",
          "totals-row-skipped A5",
          "notes-below-table A7",
        ]);
      },
    ),
    clean(
      "openpyxl-uncalculated-formulas-and-ms-project-dates.xlsx",
      async () =>
        projects(
          headerRow(1) +
            dataRow(2, "P1", { 7: '<c r="H2"><f>SUM(H3:H9)</f><v></v></c>' }) +
            dataRow(3, "P2", { 5: text("F3", "Mon 1/5/26"), 6: text("G3", "Thu 4/30/26 5:00 PM") }),
        ),
      (json) => {
        expect(json.validation.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
          "formula-not-calculated H2",
          "date-as-text F3",
          "date-as-text G3",
        ]);
      },
    ),
    // A third-party tracker: a life-cycle Status beside the RAG (written as status marks), and
    // amounts in thousands.
    clean(
      "lifecycle-status-beside-rag-and-budget-in-thousands.xlsx",
      async () =>
        projects(
          `<row r="1">${HEADERS.map((h, c) => text(`${COLS[c] ?? "A"}1`, c === 7 ? "Budget ($K)" : h)).join("")}` +
            `${text("K1", "RAG")}</row>` +
            dataRow(2, "P1", { 4: text("E2", "In Progress"), 7: "1200" }, text("K2", "🟢 On track")) +
            dataRow(3, "P2", { 4: text("E3", "On Hold"), 7: "850.5" }, text("K3", "🔴")),
        ),
      (json) => {
        expect(json.projects.map((p) => [p.projectId, p.bac])).toEqual([
          ["P1", 1_200_000],
          ["P2", 850_500],
        ]);
        expect(json.validation.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
          "column-read-by-values K1",
          "unknown-columns E1",
          "amounts-scaled H1",
        ]);
      },
    ),
    // A grouped tracker: a two-row header (Baseline over Start | Finish) and programme headings.
    clean(
      "grouped-header-and-programme-headings.xlsx",
      async () =>
        projects(
          `<row r="1">${HEADERS.slice(0, 5)
            .map((h, c) => text(`${COLS[c] ?? "A"}1`, h))
            .join("")}${text("F1", "Baseline")}${HEADERS.slice(7)
            .map((h, c) => text(`${COLS[c + 7] ?? "A"}1`, h))
            .join("")}</row>` +
            `<row r="2">${text("F2", "Start")}${text("G2", "Finish")}</row>` +
            `<row r="3">${text("A3", "Digital Programme")}</row>` +
            dataRow(4, "P-1") +
            `<row r="5">${text("A5", "Infrastructure")}</row>` +
            dataRow(6, "P-2"),
          '<mergeCells count="9">' +
            "ABCDEHIJ"
              .split("")
              .map((c) => `<mergeCell ref="${c}1:${c}2"/>`)
              .join("") +
            '<mergeCell ref="F1:G1"/></mergeCells>',
        ),
      (json) => {
        expect(json.projects.map((p) => p.projectId)).toEqual(["P-1", "P-2"]);
        expect(json.validation.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
          "section-heading A3",
          "section-heading A5",
        ]);
      },
    ),
    // A one-sheet status report: a title, then its projects and its risks as two Excel tables.
    clean(
      "one-sheet-status-report-with-excel-tables.xlsx",
      () =>
        excelJs((wb) => {
          const ws = wb.addWorksheet("Status Report");
          ws.getCell("A1").value = "Status report, October 2026";
          ws.addTable({
            name: "tblProjects",
            ref: "A3",
            columns: HEADERS.map((name) => ({ name })),
            rows: [excelJsProjectRow("P1", 100000)],
          });
          ws.addTable({
            name: "tblRisks",
            ref: "A7",
            columns: ["Risk No", "Project ID", "Risk Title", "Likelihood", "Consequence", "Status"].map(
              (name) => ({ name }),
            ),
            rows: [["R1", "P1", "Vendor late", "Likely", "Major", "In Mitigation"]],
          });
        }),
      (json) => {
        expect(json.projects.map((p) => p.projectId)).toEqual(["P1"]);
        expect(json.validation.findings).toEqual([]);
      },
    ),
    // IDs typed as numbers and shown through a number format (`"P-"000`): the ID is the text the
    // PM sees, so the risks' typed "P-002" and formatted 1 both find their project.
    clean(
      "ids-shown-through-number-formats.xlsx",
      () =>
        excelJs((wb) => {
          const ws = wb.addWorksheet("Projects");
          ws.addRow([...HEADERS]);
          for (const n of [1, 2]) ws.addRow(excelJsProjectRow("", 100000)).getCell(1).value = n;
          ws.getColumn(1).numFmt = '"P-"000';
          const risks = wb.addWorksheet("Risks");
          risks.addRow([...RISK_HEADERS]);
          risks.addRow([1, 1, "Vendor late", 3, 4, "Open"]);
          risks.addRow([2, "P-002", "Key person leaves", 2, 5, "Open"]);
          risks.getColumn(1).numFmt = '"R"0000';
          risks.getCell("B2").numFmt = '"P-"000';
        }),
      (json) => {
        expect(json.projects.map((p) => p.projectId)).toEqual(["P-001", "P-002"]);
        expect(json.validation.findings).toEqual([]);
      },
    ),
    // A resource plan as PMOs keep them: months across as date cells shown `mmm-yy`, a Total formula.
    clean(
      "resource-plan-with-months-across.xlsx",
      () =>
        excelJs((wb) => {
          wb.addWorksheet("Projects").addRows([[...HEADERS], excelJsProjectRow("P1", 100000)]);
          const months = [1, 2, 3].map((m) => new Date(Date.UTC(2026, m - 1, 1)));
          const plan = wb.addWorksheet("Resource Plan");
          plan.addRow(["Resource", "Project ID", ...months, "Total"]);
          plan.addRow(["Ann Lee", "P1", 80, 80, null, { formula: "SUM(C2:E2)", result: 160 }]);
          for (const c of [3, 4, 5]) plan.getRow(1).getCell(c).numFmt = "mmm-yy";
        }),
      (json) => {
        expect(json.validation.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
          "months-across C1",
          "unknown-columns F1",
          // No Resources sheet and no actual hours: the plan is read, not checked against people.
          "reference-table-missing A1",
          "cost-without-hours I2",
        ]);
      },
    ),
    // A third-party portfolio tracker: its sheet named Project Tracker under a title, numbered
    // IDs shown as PRJ-001, a weekly resource plan naming projects and people loosely.
    clean(
      "project-tracker-with-weekly-plan-and-names.xlsx",
      () =>
        excelJs((wb) => {
          const tracker = wb.addWorksheet("Project Tracker");
          tracker.addRows([["ACME portfolio"], [], [...HEADERS]]);
          for (const n of [1, 2]) {
            const row = tracker.addRow(excelJsProjectRow("", 100000));
            row.getCell(1).value = n;
            row.getCell(1).numFmt = '"PRJ-"000';
            row.getCell(2).value = n === 1 ? "Apollo" : "Zeus";
          }
          wb.addWorksheet("Team").addRows([
            ["Resource", "Role", "FTE"],
            ["Ann Lee", "Analyst", 1],
          ]);
          wb.addWorksheet("Resource Plan").addRows([
            ["Resource", "Project", "w/c 05/01/2026", "w/c 12/01/2026"],
            ["Lee, Ann", "Zeus", 20, 20],
          ]);
        }),
      (json) => {
        expect(json.projects.map((p) => [p.projectId, p.projectName])).toEqual([
          ["PRJ-001", "Apollo"],
          ["PRJ-002", "Zeus"],
        ]);
        expect(json.validation.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
          "table-by-mention ",
          "months-across C1",
          "project-by-name B2",
          "resource-name-form A2",
          "no-cost-rate ",
          // Hours planned, none booked: the actual cost is not labour as far as the tracker says.
          "cost-without-hours I4",
          "cost-without-hours I5",
        ]);
      },
    ),
    // A Smartsheet-style tracker: no Phase, a life-cycle Status, the RAG in Health.
    clean(
      "project-tracker-with-lifecycle-status-and-health.xlsx",
      () =>
        excelJs((wb) => {
          const withoutPhase = <T>(row: readonly T[]): T[] => row.filter((_, i) => i !== 3);
          const tracker = wb.addWorksheet("Projects");
          tracker.addRow([...withoutPhase(HEADERS), "Health"]);
          tracker.addRow([...withoutPhase(excelJsProjectRow("P1", 100000)), "Yellow"]);
          const done = withoutPhase(excelJsProjectRow("P2", 50000));
          done[3] = "Completed";
          tracker.addRow([...done, "G"]);
          tracker.getCell("D2").value = "In Progress";
        }),
      (json) => {
        expect(json.validation.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
          "column-read-by-values J1",
          "status-read-as-phase D1",
        ]);
        expect(json.validation.findings[1]?.message).toContain(
          "(In Progress → Execution, Completed → Closed)",
        );
      },
    ),
    // A template site's tracker: no Project ID column, projects known by their names.
    {
      name: "project-tracker-without-ids.xlsx",
      bytes: () =>
        excelJs((wb) => {
          const tracker = wb.addWorksheet("Project Tracker");
          tracker.addRows([["Project Tracker"], [], HEADERS.slice(1)]);
          tracker.addRow(excelJsProjectRow("Apollo", 100000).slice(1));
          tracker.addRow(excelJsProjectRow("Zeus", 60000).slice(1));
          wb.addWorksheet("Risks").addRows([
            ["Risk ID", "Project", "Title", "Probability", "Impact", "Status"],
            ["R1", "Project Zeus", "Vendor late", 3, 4, "Open"],
          ]);
        }),
      validateExit: [1],
      checkJson: (json) => {
        expect(json.projects.map((p) => [p.projectId, p.bac])).toEqual([
          ["Project Apollo", 100000],
          ["Project Zeus", 60000],
        ]);
        expect(json.validation.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
          "table-by-mention ",
          "required-column-missing A3",
        ]);
      },
    },
    // A PM's one-page status report: labels and values, then milestones and risks sections.
    clean(
      "status-report-form-with-sections.xlsx",
      () =>
        excelJs((wb) => {
          const report = wb.addWorksheet("Status Report");
          report.addRows([
            ["Project Status Report"],
            [],
            ["Project Name:", "Apollo", null, "Project Manager:", "Ann Lee"],
            ["Project ID:", "P-7", null, "Overall RAG:", "Amber"],
            ["Phase:", "Execution", null, "% Complete:", 0.4],
            [
              "Start Date:",
              new Date(Date.UTC(2026, 0, 5)),
              null,
              "Baseline Finish:",
              new Date(Date.UTC(2026, 11, 18)),
            ],
            ["Budget:", 200000, null, "Actual Cost:", 90000],
            [],
            ["Key Milestones"],
            ["Milestone", "Baseline Date", "Status"],
            ["Go-live", new Date(Date.UTC(2026, 11, 1)), "Not Started"],
          ]);
        }),
      (json) => {
        expect(json.projects.map((p) => [p.projectId, p.bac])).toEqual([["P-7", 200000]]);
        expect(json.validation.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
          "table-in-form ",
          "project-form ",
        ]);
      },
    ),
    clean("dates-1904.xlsx", async () =>
      projects(headerRow(1) + dataRow(2, "P1", { 5: "44561", 6: "44680" }), "", "true"),
    ),
  ];
}

/** Every case: the reader's corpus first, then the tracker cases. */
export function cliCorpus(): CliCase[] {
  const reader = hostileCorpus().map((c): CliCase => ({
    name: c.name,
    bytes: async () => c.bytes,
    // The reader corpus says unreadable (exit 2) or readable (then the content decides: 0 or 1).
    validateExit: "reason" in c.expected ? [2] : [0, 1],
  }));
  return [...reader, ...trackerCases()];
}

/** Writes every case into `dir`; returns [case, path] pairs in corpus order. */
export async function writeCliCorpus(dir: string): Promise<{ hostile: CliCase; path: string }[]> {
  const written: { hostile: CliCase; path: string }[] = [];
  for (const hostile of cliCorpus()) {
    const path = join(dir, hostile.name);
    await writeFile(path, await hostile.bytes());
    written.push({ hostile, path });
  }
  return written;
}

export { REASONS };
