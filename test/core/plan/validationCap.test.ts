import type { Finding } from "../../../src/core/model/finding";
import { buildDashboardPlan } from "../../../src/core/plan/buildDashboardPlan";
import { SHEET_NAMES } from "../../../src/core/model/ownedSheets";
import { FINDINGS_LISTED_LIMIT } from "../../../src/core/validate/capFindings";
import { sampleInput, sampleReport } from "./support/makeReport";
import { cellMap, sheetByName } from "./support/planCells";

function finding(i: number, severity: Finding["severity"], rule: string): Finding {
  return {
    file: "t.xlsx",
    sheet: "Projects",
    cell: `A${i + 2}`,
    row: i + 2,
    column: "Project ID",
    severity,
    rule,
    message: `message ${i}`,
  };
}

describe("PMO Validation lists at most 10,000 findings", () => {
  it("lists errors first and counts the rest by rule, while the report keeps them all", () => {
    const warnings = Array.from({ length: FINDINGS_LISTED_LIMIT }, (_, i) => finding(i, "warning", "stale"));
    const errors = Array.from({ length: 7 }, (_, i) => finding(i, "error", "required-missing"));
    const report = sampleReport();
    const all = [...warnings, ...errors];
    const input = sampleInput({
      report: {
        ...report,
        validation: { errors: 7, warnings: FINDINGS_LISTED_LIMIT, infos: 0, findings: all },
      },
    });
    const sheet = sheetByName(buildDashboardPlan(input), SHEET_NAMES.validation);
    const cells = cellMap(sheet);
    const values = [...cells.values()].map((c) => c.value);
    expect(values.filter((v) => v === "required-missing")).toHaveLength(7);
    expect(values.filter((v) => v === "stale")).toHaveLength(FINDINGS_LISTED_LIMIT - 7 + 1);
    expect(values).toContain(
      "7 more findings not listed: the first 10,000 are above (errors first). Fix those and run again; " +
        "the KPI JSON (pmo-pulse --json) lists every finding.",
    );
    expect(input.report.validation.findings).toHaveLength(FINDINGS_LISTED_LIMIT + 7);
  });
});
