import { findHeader } from "../../../src/core/read/findHeader";
import type { TableDef } from "../../../src/core/template/types";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { sheet } from "../support/rawWorkbook";

function table(key: string): TableDef {
  const found = STANDARD_TEMPLATE.tables.find((t) => t.key === key);
  if (!found) throw new Error(key);
  return found;
}

function bound(match: ReturnType<typeof findHeader>): Record<string, string> {
  return Object.fromEntries([...(match?.columns ?? new Map())].map(([key, b]) => [key, b.header]));
}

describe("findHeader", () => {
  it("takes the row among the first 30 that matches the most columns, ignoring titles above it", () => {
    const s = sheet("Risks", [
      ["Risk Register — Q1", null],
      ["Owner", "Status"],
      ["Risk_ID", "Project ID", "Description", "Likelihood", "Severity", "Risk Status"],
      ["R1", "P1", "Vendor late", 3, 4, "Open"],
    ]);
    const match = findHeader(s, table("risks"));
    expect(match?.headerIndex).toBe(2);
    expect(match?.qualifies).toBe(true);
    expect(bound(match)).toEqual({
      riskId: "Risk_ID",
      projectId: "Project ID",
      title: "Description",
      probability: "Likelihood",
      impact: "Severity",
      status: "Risk Status",
    });
  });

  it("reads Finish as the Baseline Finish alone, and beside a Baseline Finish as the Forecast Finish", () => {
    const alone = findHeader(
      sheet("Projects", [["Project ID", "Project Name", "Start", "Finish"]]),
      table("projects"),
    );
    expect(bound(alone)).toMatchObject({ baselineFinish: "Finish" });
    // MS Project and Project Online: Finish is the schedule's current finish beside its baseline.
    const beside = findHeader(
      sheet("Projects", [
        ["Project ID", "Project Name", "Finish", "Baseline Finish", "Baseline Cost", "Condition"],
      ]),
      table("projects"),
    );
    expect(bound(beside)).toMatchObject({
      baselineFinish: "Baseline Finish",
      forecastFinish: "Finish",
      budget: "Baseline Cost",
      status: "Condition",
    });
    // A column's own alias keeps it when the shared one is written first.
    const planned = findHeader(
      sheet("Projects", [["Project ID", "Project Name", "End Date", "Planned Finish"]]),
      table("projects"),
    );
    expect(bound(planned)).toMatchObject({ baselineFinish: "Planned Finish", forecastFinish: "End Date" });
  });

  it("reads portfolio tools' exports by their own headers (ServiceNow, Clarity, Planview)", () => {
    const servicenow = findHeader(
      sheet("Projects", [
        ["Number", "Short description", "Planned start date", "Percent complete", "Priority"],
      ]),
      table("projects"),
    );
    expect(bound(servicenow)).toMatchObject({
      projectName: "Short description",
      startDate: "Planned start date",
    });
    const clarity = findHeader(
      sheet("Projects", [["Investment ID", "Investment", "Budget Cost", "Manager"]]),
      table("projects"),
    );
    expect(bound(clarity)).toMatchObject({
      projectId: "Investment ID",
      projectName: "Investment",
      budget: "Budget Cost",
    });
    const planview = findHeader(
      sheet("Projects", [
        [
          "Work ID",
          "Work Description",
          "Overall Assessment",
          "Scheduled Start",
          "Total Approved Budget",
          "Total Actual Cost",
        ],
      ]),
      table("projects"),
    );
    expect(bound(planview)).toEqual({
      projectId: "Work ID",
      projectName: "Work Description",
      status: "Overall Assessment",
      startDate: "Scheduled Start",
      budget: "Total Approved Budget",
      actualCost: "Total Actual Cost",
    });
  });

  it("does not look past row 30", () => {
    const rows: (string | null)[][] = Array.from({ length: 30 }, () => [null]);
    rows.push(["Risk ID", "Project ID", "Title", "Probability", "Impact", "Status"]);
    const match = findHeader(sheet("Risks", rows), table("risks"));
    expect(match?.qualifies).toBe(false);
    expect(match?.matched).toBe(0);
  });

  it("prefers an Excel table, even below row 30, and reads only its columns and rows", () => {
    const rows: (string | number | null)[][] = Array.from({ length: 34 }, () => [null]);
    rows[1] = ["Risk ID", "Project ID", "Title"];
    rows.push(["Notes", "Risk ID", "Project ID", "Title", "Probability", "Impact", "Status"]);
    rows.push(["x", "R1", "P1", "Late", 2, 3, "Open"]);
    rows.push(["x", "R2", "P1", "Later", 2, 3, "Open"]);
    rows.push(["outside"]);
    const s = sheet("Risks", rows, {
      listObjects: [
        { name: "tblRisks", hasHeader: true, totalsRowCount: 0, top: 35, left: 2, bottom: 37, right: 7 },
      ],
    });
    const match = findHeader(s, table("risks"));
    expect(match).toMatchObject({
      headerIndex: 34,
      dataStart: 35,
      dataEnd: 37,
      colStart: 1,
      colEnd: 7,
      listObject: "tblRisks",
      unknown: [],
    });
  });

  it("needs at least 2 columns and half of the required ones", () => {
    const deps = findHeader(
      sheet("Dependencies", [["ID", "Description", "From Project", "Owner"]]),
      table("dependencies"),
    );
    expect(deps).toMatchObject({ matched: 1, qualifies: false });
    // 4 of 10 required Projects columns is fewer than half.
    const projects = findHeader(
      sheet("Projects", [["Project ID", "Project Name", "Phase", "Status", "Program", "Sponsor"]]),
      table("projects"),
    );
    expect(projects).toMatchObject({ matched: 6, requiredMatched: 4, qualifies: false });
  });

  it("resolves a header shared by several columns: exact header first, then the first unclaimed column", () => {
    const custom: TableDef = {
      key: "items",
      name: "Items",
      columns: [
        { key: "itemId", header: "Item ID", aliases: ["ID", "Code"], type: "id" },
        { key: "parentId", header: "Code", aliases: ["ID"], type: "id" },
        { key: "refId", header: "Ref", aliases: ["ID"], type: "id" },
      ],
    };
    expect(bound(findHeader(sheet("Items", [["ID", "Code", "ID", "ID"]]), custom))).toEqual({
      itemId: "ID",
      parentId: "Code",
      refId: "ID",
    });
    expect(findHeader(sheet("Items", [["ID", "Code", "ID", "ID"]]), custom)?.unknown).toEqual([
      { index: 3, header: "ID" },
    ]);
  });

  it("applies the PMO's header mapping before names and aliases", () => {
    const match = findHeader(sheet("Data", [["Proj Ref", "Title", "Likely", "Impact"]]), table("risks"), {
      "Proj Ref": "projectId",
      Likely: "probability",
    });
    expect(bound(match)).toEqual({
      projectId: "Proj Ref",
      title: "Title",
      probability: "Likely",
      impact: "Impact",
    });
  });

  it("returns null for an empty sheet", () => {
    expect(findHeader(sheet("Risks", []), table("risks"))).toBeNull();
  });

  it("reads a header under a group label as the two together when they name a column (Finish alone would be the baseline)", () => {
    // Row 1 groups the dates and the money (merged F1:G1 and J1:K1; H1 and I1 label one column each).
    const s = sheet(
      "Projects",
      [
        [
          "Project ID",
          "Project Name",
          "PM",
          "Phase",
          "Status",
          "Baseline",
          null,
          "Forecast",
          "Actual",
          "Budget",
          null,
        ],
        [null, null, null, null, null, "Start", "Finish", "Finish", "Finish", "Approved", "Spent"],
        ["P1", "Alpha", "Ann", "Execution", "Green", 46023, 46142, 46142, null, 1000, 400],
      ],
      {
        merges: ["A", "B", "C", "D", "E"]
          .map((_, c) => ({ top: 1, left: c + 1, bottom: 2, right: c + 1 }))
          .concat([
            { top: 1, left: 6, bottom: 1, right: 7 },
            { top: 1, left: 10, bottom: 1, right: 11 },
          ]),
      },
    );
    const match = findHeader(s, table("projects"));
    expect(match?.headerIndex).toBe(1);
    expect(bound(match)).toMatchObject({
      startDate: "Baseline Start",
      baselineFinish: "Baseline Finish",
      forecastFinish: "Forecast Finish",
      actualFinish: "Actual Finish",
      budget: "Approved Budget",
      actualCost: "Spent",
    });
    expect(match?.unknown).toEqual([]);
  });

  it("keeps a header that names a column by itself, and a label above that makes no column name", () => {
    const s = sheet("Projects", [
      ["Portfolio report", null, "Dates", "Dates"],
      ["Project ID", "Project Name", "Start", "Finish"],
    ]);
    const match = findHeader(s, table("projects"));
    expect(bound(match)).toEqual({
      projectId: "Project ID",
      projectName: "Project Name",
      startDate: "Start",
      baselineFinish: "Finish",
    });
    expect(match?.unknown).toEqual([]);
  });

  it("reads the headers third-party trackers use beyond the spec's aliases", () => {
    const projects = findHeader(
      sheet("Projects", [
        [
          "Project Number",
          "Project Title",
          "Project Lead",
          "Project Stage",
          "RAG Rating",
          "Planned Start",
          "Planned Finish",
          "Total Budget",
          "Cost to Date",
          "Completion %",
        ],
      ]),
      table("projects"),
    );
    expect(Object.keys(bound(projects)).sort()).toEqual(
      [
        "projectId",
        "projectName",
        "projectManager",
        "phase",
        "status",
        "startDate",
        "baselineFinish",
        "budget",
        "actualCost",
        "percentComplete",
      ].sort(),
    );
    const risks = findHeader(
      sheet("Risks", [["Risk No", "Project ID", "Risk Title", "Likelihood Score", "Consequence", "Status"]]),
      table("risks"),
    );
    expect(risks?.requiredMatched).toBe(6);
  });
});
