import { readHistory, HISTORY_SHEET } from "../../../src/core/cycle/readHistory";
import { serialFromDay, dayFromIso } from "../../../src/core/model/calendar";
import { sheet, workbook } from "../support/rawWorkbook";

const serial = (iso: string) => serialFromDay(dayFromIso(iso) ?? 0);

describe("readHistory", () => {
  it("is null for a workbook without a PMO History sheet", () => {
    expect(readHistory(workbook("dash.xlsx", [sheet("PMO Dashboard", [["x"]])]))).toBeNull();
  });

  it("reads the three tables by name and header, dates as text or serials, dropping rows without As Of or ID", () => {
    const rows = [
      [
        "As Of",
        "Risk ID",
        "Project ID",
        "Title",
        "Score",
        null,
        "As Of",
        "Project ID",
        "Excluded",
        "Slip Days",
      ],
      ["2026-09-30", "R1", "P1", "Vendor", 16, null, serial("2026-09-30"), "P1", true, 4],
      [serial("2026-10-31"), "R2", null, null, "20", null, "2026-10-31", "P1", "No", null],
      [null, "R3", "P1", "no date", 16, null, "2026-10-31", null, false, 1],
    ];
    const s = sheet(HISTORY_SHEET, rows, {
      listObjects: [
        { name: "RiskHistory", hasHeader: true, totalsRowCount: 0, top: 1, left: 1, bottom: 4, right: 5 },
        { name: "ProjectHistory", hasHeader: true, totalsRowCount: 0, top: 1, left: 7, bottom: 4, right: 10 },
      ],
    });
    const h = readHistory(workbook("dash.xlsx", [s]));
    expect(h?.portfolio).toEqual([]);
    expect(h?.risks).toEqual([
      { asOf: "2026-09-30", riskId: "R1", projectId: "P1", title: "Vendor", score: 16 },
      { asOf: "2026-10-31", riskId: "R2", projectId: null, title: null, score: 20 },
    ]);
    expect(h?.projects.map((p) => [p.asOf, p.projectId, p.excluded, p.slipDays, p.projectName])).toEqual([
      ["2026-09-30", "P1", true, 4, null],
      ["2026-10-31", "P1", false, null, null],
    ]);
  });
});
