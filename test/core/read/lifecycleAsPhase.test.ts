import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import type { RawScalar } from "../../../src/core/model/raw";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings();

/** The fixtures' Projects sheet without its Phase column (D), the Status (now D) holding `statuses`. */
function withoutPhase(
  statuses: readonly RawScalar[],
  extra?: { header: string; values: readonly RawScalar[] },
) {
  const drop = (row: readonly RawScalar[]): RawScalar[] => row.filter((_, i) => i !== 3);
  const header = drop(PROJECT_HEADERS);
  return [
    extra === undefined ? header : [...header, extra.header],
    ...statuses.map((status, i) => {
      const row = drop(projectRow(`P${i + 1}`, { 4: status }));
      return extra === undefined ? row : [...row, extra.values[i] ?? null];
    }),
  ];
}

function read(rows: RawScalar[][], mapping?: Parameters<typeof readPortfolio>[3]) {
  return readPortfolio([workbook("t.xlsx", [sheet("Projects", rows)])], STANDARD_TEMPLATE, settings, mapping);
}

describe("a project Status of life-cycle words on a sheet without a Phase column", () => {
  it("is read as the Phase, word by word, and the RAG Status is reported missing once", () => {
    const p = read(
      withoutPhase(["In Progress", "Not Started", "Completed", "on-hold", "Cancelled", "In Progress"]),
    );
    expect(p.projects.map((row) => row["phase"])).toEqual([
      "Execution",
      "Initiation",
      "Closed",
      "On Hold",
      "Cancelled",
      "Execution",
    ]);
    expect(p.projects.map((row) => row["status"])).toEqual([null, null, null, null, null, null]);
    expect(p.findings.map(brief)).toEqual([
      "warning status-read-as-phase Projects!D1",
      "error required-column-missing Projects!A1",
    ]);
    expect(p.findings[0]?.message).toBe(
      'Sheet "Projects" has no Phase column, and its "Status" column (D1) holds life-cycle words, not a RAG ' +
        "rating: it is read as the Phase (In Progress → Execution, Not Started → Initiation, Completed → Closed, " +
        'on-hold → On Hold, Cancelled → Cancelled). Add a Phase column, or map "Status", if this is wrong.',
    );
    expect(p.findings[1]?.message).toBe(
      'Sheet "Projects" has no RAG rating, which the Projects table requires as its "Status": its "Status" ' +
        'column (D1) holds life-cycle words and is read as the Phase. Add a column headed "RAG" with each ' +
        "project's rating (Green, Amber, Red).",
    );
    expect(p.bindings[0]?.columns["phase"]).toEqual({ col: 4, header: "Status" });
    expect(p.bindings[0]?.columns["status"]).toBeUndefined();
    expect(p.bindings[0]?.missingRequired).toEqual(["status"]);
  });

  it("takes the RAG Status from a Health column beside it", () => {
    const p = read(withoutPhase(["In Progress", "Done"], { header: "Health", values: ["Yellow", "G"] }));
    expect(p.projects.map((row) => [row["phase"], row["status"]])).toEqual([
      ["Execution", "Amber"],
      ["Closed", "Green"],
    ]);
    expect(p.findings.map(brief)).toEqual([
      "info column-read-by-values Projects!J1",
      "warning status-read-as-phase Projects!D1",
    ]);
    expect(p.findings[1]?.message).toContain('The Status (Green, Amber, Red) is read from "Health" (J1).');
    expect(p.bindings[0]?.unknownHeaders).toEqual([]);
  });

  it("reads the task tools' not-started and blocked words and monday.com's Working on it and Stuck", () => {
    const p = read(
      withoutPhase(["to do", "Todo", "Backlog", "Working on it", "Stuck", "blocked", "complete"]),
    );
    expect(p.projects.map((row) => row["phase"])).toEqual([
      "Initiation",
      "Initiation",
      "Initiation",
      "Execution",
      "Execution",
      "Execution",
      "Closed",
    ]);
    expect(p.findings.filter((f) => f.rule === "invalid-enum")).toEqual([]);
  });

  it("reports a word it cannot place at its own cell, as a Phase value", () => {
    const p = read(withoutPhase(["In Progress", "Active", "Awaiting funding"]));
    expect(p.projects.map((row) => row["phase"])).toEqual(["Execution", "Execution", null]);
    const invalid = p.findings.filter((f) => f.rule === "invalid-enum");
    expect(invalid.map(brief)).toEqual(["error invalid-enum Projects!D4"]);
    expect(invalid[0]?.message).toBe(
      'Status "Awaiting funding" is not an allowed value; use one of: Initiation, Planning, Execution, Closing, Closed, On Hold, Cancelled.',
    );
  });

  it("stays the RAG Status when its values are ratings, or mostly not life-cycle words", () => {
    const rag = read(withoutPhase(["Green", "Not Started", "Red"]));
    expect(rag.findings.map((f) => f.rule)).not.toContain("status-read-as-phase");
    expect(rag.projects.map((row) => row["status"])).toEqual(["Green", null, "Red"]);
    const other = read(withoutPhase(["Blue", "Pink", "In Progress"]));
    expect(other.findings.map((f) => f.rule)).not.toContain("status-read-as-phase");
    expect(other.findings.filter((f) => f.rule === "invalid-enum")).toHaveLength(3);
  });

  it("is not read as the Phase when the sheet has a Phase column", () => {
    const rows = [[...PROJECT_HEADERS], projectRow("P1", { 4: "In Progress" })];
    const p = read(rows);
    expect(p.projects[0]?.["phase"]).toBe("Execution");
    expect(p.findings.map(brief)).toEqual(["error invalid-enum Projects!E2"]);
  });

  it("is left unread beside a Phase column when three cells or more are life-cycle words", () => {
    const statuses = ["In Progress", "Not Started", "Complete", "In Progress"];
    const rows = [[...PROJECT_HEADERS], ...statuses.map((s, i) => projectRow(`P${i + 1}`, { 4: s }))];
    const p = read(rows);
    expect(p.projects.map((row) => [row["phase"], row["status"]])).toEqual(
      Array.from({ length: 4 }, () => ["Execution", null]),
    );
    expect(p.findings.map(brief)).toEqual([
      "warning status-holds-life-cycle Projects!E1",
      "error required-column-missing Projects!A1",
    ]);
    expect(p.findings[0]?.message).toBe(
      'Sheet "Projects" has a "Status" column (E1) of life-cycle words (In Progress, Not Started, Complete), not ' +
        'a RAG rating, and its Phase is read from "Phase" (D1): the column is left unread. Map "Status" if it is ' +
        "the RAG rating after all.",
    );
    expect(p.findings[1]?.message).toContain('its "Status" column (E1) holds life-cycle words, not ratings.');
    expect(p.bindings[0]?.unknownHeaders).toEqual([]);
  });

  it("never second-guesses a Status the PMO mapped by hand", () => {
    const mapping = { sheets: { Projects: { columns: { Status: "status" } } } };
    const p = read(withoutPhase(["In Progress", "Done"]), mapping);
    expect(p.findings.map((f) => f.rule)).not.toContain("status-read-as-phase");
    expect(p.findings.filter((f) => f.rule === "invalid-enum")).toHaveLength(2);
  });

  it("reads an unknown `Project Status` column of life-cycle words as the Phase beside a RAG column", () => {
    const rows = withoutPhase(["Green", "Amber"], {
      header: "Project Status",
      values: ["Not Started", "Complete"],
    });
    const p = read(rows);
    expect(p.projects.map((row) => [row["phase"], row["status"]])).toEqual([
      ["Initiation", "Green"],
      ["Closed", "Amber"],
    ]);
    expect(p.findings.map(brief)).toEqual(["warning status-read-as-phase Projects!J1"]);
    expect(p.findings[0]?.message).toContain('The Status (Green, Amber, Red) is read from "Status" (D1).');
  });
});
