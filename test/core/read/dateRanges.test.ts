import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { rangeSide, splitRange } from "../../../src/core/read/dateRanges";
import { dayFromYmd } from "../../../src/core/model/calendar";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import type { RawScalar } from "../../../src/core/model/raw";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings();

/** The fixtures' Projects sheet with its Start Date and Baseline Finish (F, G) replaced by one `header` column (F). */
function withRange(header: string, ranges: readonly RawScalar[]) {
  const drop = (row: readonly RawScalar[]): RawScalar[] => row.filter((_, i) => i !== 6);
  const headers = drop(PROJECT_HEADERS);
  headers[5] = header;
  const rows = ranges.map((range, i) => {
    const row = drop(projectRow(`P${i + 1}`));
    row[5] = range;
    return row;
  });
  return readPortfolio(
    [workbook("t.xlsx", [sheet("Projects", [headers, ...rows])])],
    STANDARD_TEMPLATE,
    settings,
  );
}

describe("a project's dates given as one range column", () => {
  it("reads Notion's Dates as the Start Date and the Baseline Finish, with one info at the header", () => {
    const p = withRange("Dates", [
      "January 5, 2026 → December 18, 2026",
      "March 2, 2026 → February 26, 2027",
    ]);
    expect(p.projects.map((row) => [row["startDate"], row["baselineFinish"]])).toEqual([
      [dayFromYmd(2026, 1, 5), dayFromYmd(2026, 12, 18)],
      [dayFromYmd(2026, 3, 2), dayFromYmd(2027, 2, 26)],
    ]);
    expect(p.findings.map(brief)).toEqual([
      "info date-range-split Projects!F1",
      "warning date-as-text Projects!F2",
    ]);
    expect(p.findings[1]?.message).toBe(
      "Dates has 2 dates stored as text (F2, F3); they were read as month/day/year. Format the cells as dates.",
    );
    expect(p.findings[0]?.message).toBe(
      '"Dates" (F1) holds each project\'s dates as a range ("January 5, 2026 → December 18, 2026"): the first ' +
        "date is read as the Start Date and the second as the Baseline Finish. Give them columns of their own if " +
        "the second date is a forecast rather than the plan.",
    );
    expect(p.bindings[0]?.columns["startDate"]).toEqual({ col: 6, header: "Dates" });
    expect(p.bindings[0]?.columns["baselineFinish"]).toEqual({ col: 6, header: "Dates" });
    expect(p.bindings[0]?.missingRequired).toEqual([]);
    expect(p.bindings[0]?.unknownHeaders).toEqual([]);
  });

  it("reads monday.com's Timeline of ISO dates joined by a dash", () => {
    const p = withRange("Timeline", ["2026-01-05 - 2026-12-18", "2026-02-01 - 2026-06-30"]);
    expect(p.projects.map((row) => [row["startDate"], row["baselineFinish"]])).toEqual([
      [dayFromYmd(2026, 1, 5), dayFromYmd(2026, 12, 18)],
      [dayFromYmd(2026, 2, 1), dayFromYmd(2026, 6, 30)],
    ]);
    expect(p.findings.map((f) => f.rule)).toEqual(["date-range-split"]);
  });

  it("reports a range without an end, or with a side that is no date, at its cell", () => {
    const good = ["January 5, 2026 → December 18, 2026", "June 1, 2026 → July 31, 2026"];
    const p = withRange("Dates", [...good, "March 2, 2026", "May 4, 2026 → soon", ...good]);
    expect(p.projects.slice(1, 4).map((row) => [row["startDate"], row["baselineFinish"]])).toEqual([
      [dayFromYmd(2026, 6, 1), dayFromYmd(2026, 7, 31)],
      [dayFromYmd(2026, 3, 2), null],
      [dayFromYmd(2026, 5, 4), null],
    ]);
    const errors = p.findings.filter((f) => f.severity === "error");
    expect(errors.map(brief)).toEqual([
      "error required-missing Projects!F4",
      "error invalid-date Projects!F5",
    ]);
    expect(errors[0]?.message).toBe("Dates (end) is blank in row 4; it is required, so fill it in.");
  });

  it("takes a date cell as the range's start", () => {
    const p = withRange("Dates", ["January 5, 2026 → December 18, 2026", "2026-02-01 → 2026-06-30", 46023]);
    expect(p.projects[2]?.["startDate"]).toBe(dayFromYmd(2026, 1, 1));
    expect(p.projects[2]?.["baselineFinish"]).toBeNull();
  });

  it("is not read so beside a Start Date or Baseline Finish column, under another header, or when most cells are no range", () => {
    const beside = readPortfolio(
      [
        workbook("t.xlsx", [
          sheet("Projects", [
            [...PROJECT_HEADERS, "Dates"],
            [...projectRow("P1"), "January 5, 2026 → December 18, 2026"],
          ]),
        ]),
      ],
      STANDARD_TEMPLATE,
      settings,
    );
    expect(beside.findings.map((f) => f.rule)).not.toContain("date-range-split");
    expect(beside.projects[0]?.["startDate"]).toBe(dayFromYmd(2026, 1, 1));
    const other = withRange("Notes", ["January 5, 2026 → December 18, 2026"]);
    expect(other.findings.map((f) => f.rule)).not.toContain("date-range-split");
    expect(other.bindings[0]?.missingRequired).toEqual(["startDate", "baselineFinish"]);
    const few = withRange("Dates", ["January 5, 2026 → December 18, 2026", "Q3", "TBC"]);
    expect(few.findings.map((f) => f.rule)).not.toContain("date-range-split");
  });
});

describe("splitRange and rangeSide", () => {
  it("split at the first separator, a hyphen only between spaces", () => {
    expect(splitRange("January 5, 2026 → December 18, 2026")).toEqual([
      "January 5, 2026",
      "December 18, 2026",
    ]);
    expect(splitRange("2026-01-05 - 2026-12-18")).toEqual(["2026-01-05", "2026-12-18"]);
    expect(splitRange("5 Jan 2026 – 18 Dec 2026")).toEqual(["5 Jan 2026", "18 Dec 2026"]);
    expect(splitRange("05/01/2026 to 18/12/2026")).toEqual(["05/01/2026", "18/12/2026"]);
    expect(splitRange("2026-01-05")).toBeNull();
    expect(splitRange("→ 2026-12-18")).toBeNull();
    expect(rangeSide("2026-01-05", "start")).toBe("2026-01-05");
    expect(rangeSide("2026-01-05", "end")).toBeNull();
    expect(rangeSide("2026-01-05 → 2026-12-18", "end")).toBe("2026-12-18");
  });
});
