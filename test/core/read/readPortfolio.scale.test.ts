import type { RawScalar } from "../../../src/core/model/raw";
import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";

/**
 * 200,000 allocation rows (5 cells each) read without a finding and with exact values. Speed is
 * measured by `npm run bench`, not asserted here.
 */
describe("readPortfolio at scale", () => {
  it("normalises 200,000 allocation rows", () => {
    const rows: RawScalar[][] = [["Resource", "Project ID", "Month", "Planned Hours", "Actual Hours"]];
    const resources = Array.from({ length: 300 }, (_, i) => `Person ${i}`);
    const projects = Array.from({ length: 50 }, (_, i) => `P${i}`);
    for (let i = 0; i < 200_000; i++) {
      rows.push([
        resources[i % 300] ?? null,
        projects[i % 50] ?? null,
        46023 + (i % 24) * 30,
        80 + (i % 7),
        70 + (i % 5),
      ]);
    }
    const wb = workbook("big.xlsx", [
      sheet("Projects", [
        ["Project ID", "Project Name"],
        ["P0", "Zero"],
      ]),
      sheet("Allocations", rows),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, testSettings());
    expect(p.findings.filter((f) => f.sheet === "Allocations")).toEqual([]);
    expect(p.allocations.length).toBe(200_000);
    expect(p.allocations[199_999]).toMatchObject({
      resource: "Person 199",
      projectId: "P49",
      plannedHours: 80 + (199_999 % 7),
      actualHours: 70 + (199_999 % 5),
      src: { file: "big.xlsx", sheet: "Allocations", row: 200_001 },
    });
  });
});
