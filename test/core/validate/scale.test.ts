import type { NormRow, Portfolio, TableBinding } from "../../../src/core/model/portfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { validatePortfolio } from "../../../src/core/validate/validatePortfolio";
import { SETTINGS } from "./support/portfolioFactory";

const ALLOCATIONS = 200_000;
const PROJECTS = 2_000;
const RESOURCES = 500;

/** Built directly (not through the factory) so the set-up stays small next to what is measured. */
function bigPortfolio(): Portfolio {
  const file = "big.xlsx";
  const binding = (table: string, keys: string[]): TableBinding => ({
    table,
    file,
    sheet: table,
    headerRow: 1,
    columns: Object.fromEntries(keys.map((k, i) => [k, { col: i + 1, header: k }])),
    missingRequired: [],
    unknownHeaders: [],
  });
  const projects: NormRow[] = [];
  for (let i = 0; i < PROJECTS; i++)
    projects.push({ src: { file, sheet: "projects", row: i + 2 }, projectId: `P-${i}` });
  const resources: NormRow[] = [];
  for (let i = 0; i < RESOURCES; i++)
    resources.push({
      src: { file, sheet: "resources", row: i + 2 },
      resource: `Person ${i}`,
      hourlyRate: 50,
    });
  const allocations: NormRow[] = [];
  for (let i = 0; i < ALLOCATIONS; i++) {
    allocations.push({
      src: { file, sheet: "allocations", row: i + 2 },
      resource: `Person ${i % RESOURCES}`,
      projectId: `P-${i % PROJECTS}`,
      month: 24300 + (i % 12),
      plannedHours: 40,
      actualHours: null,
    });
  }
  // Three planted mistakes: an unknown project, an unknown person, both.
  allocations[1_000] = { ...allocations[1_000]!, projectId: "P-X" } as NormRow;
  allocations[100_000] = { ...allocations[100_000]!, resource: "Nobody" } as NormRow;
  allocations[199_999] = { ...allocations[199_999]!, resource: "Nobody", projectId: "P-Y" } as NormRow;
  const tables = { projects, resources, allocations };
  return {
    files: [file],
    bindings: [
      binding("projects", ["projectId"]),
      binding("resources", ["resource", "hourlyRate"]),
      binding("allocations", ["resource", "projectId", "month", "plannedHours", "actualHours"]),
    ],
    projects: [],
    milestones: [],
    risks: [],
    resources: [],
    allocations: [],
    dependencies: [],
    salaryBenchmarks: [],
    rateCard: [],
    tables,
    findings: [],
  };
}

// Speed is measured by `npm run bench`, not asserted here: this checks correctness at scale.
describe("validatePortfolio at scale", () => {
  it("finds exactly the planted reference errors among 200,000 allocations", () => {
    const findings = validatePortfolio(bigPortfolio(), STANDARD_TEMPLATE, SETTINGS);
    expect(findings.map((f) => `${f.cell} ${f.rule}`)).toEqual([
      "B1002 reference-missing",
      "A100002 reference-missing",
      "A200001 reference-missing",
      "B200001 reference-missing",
    ]);
  });
});
