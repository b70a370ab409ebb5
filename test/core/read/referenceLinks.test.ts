import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings();
const projects = sheet("Projects", [
  [...PROJECT_HEADERS],
  projectRow("P1", { 1: "Apollo" }),
  projectRow("P2", { 1: "Zeus" }),
  // Two projects named alike, and one named as another's ID: neither name can stand for an ID.
  projectRow("P3", { 1: "Twin" }),
  projectRow("P4", { 1: "Twin" }),
  projectRow("P5", { 1: "P1" }),
]);

describe("projects written by name where the Project ID belongs", () => {
  it("links a unique name to its project (any case), once per sheet and column, with the cells", () => {
    const wb = workbook("t.xlsx", [
      projects,
      sheet("Risk Register", [
        ["Risk ID", "Project", "Title", "Probability", "Impact", "Status"],
        ["R1", "Apollo", "Vendor late", 3, 4, "Open"],
        ["R2", "ZEUS", "Key person", 2, 5, "Open"],
        ["R3", "P2", "Budget", 2, 2, "Open"],
        ["R4", "Twin", "Scope", 2, 2, "Open"],
        ["R5", "P1", "Scope", 2, 2, "Open"],
        ["R6", "Hermes", "Scope", 2, 2, "Open"],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.risks.map((r) => r.projectId)).toEqual(["P1", "P2", "P2", "Twin", "P1", "Hermes"]);
    const linked = p.findings.filter((f) => f.rule === "project-by-name");
    expect(linked.map((f) => [f.severity, f.sheet, f.cell, f.column, f.message])).toEqual([
      [
        "warning",
        "Risk Register",
        "B2",
        "Project",
        "Project has 2 projects written by name where the Project ID belongs (B2, B3); they were linked by " +
          'name ("Apollo" → P1). Enter the Project IDs.',
      ],
    ]);
  });

  it("gives the findings of a row linked by name the project's ID, so they count against it", () => {
    const wb = workbook("t.xlsx", [
      projects,
      sheet("Risk Register", [
        ["Risk ID", "Project", "Title", "Probability", "Impact", "Status"],
        ["R1", "Apollo", "Vendor late", "lots", 4, "Open"],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    const invalid = p.findings.find((f) => f.cell === "D2");
    expect(invalid?.severity).toBe("error");
    expect(invalid?.projectId).toBe("P1");
  });

  it("counts a resource plan's cell once, however many months it holds", () => {
    const wb = workbook("t.xlsx", [
      projects,
      sheet("Resource Plan", [
        ["Resource", "Project", "Jan-26", "Feb-26"],
        ["Ann Lee", "Zeus", 40, 40],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.allocations.map((a) => a.projectId)).toEqual(["P2", "P2"]);
    expect(p.findings.find((f) => f.rule === "project-by-name")?.message).toContain(
      "has 1 project written by name where the Project ID belongs (B2); it was",
    );
  });
});

describe("people written otherwise than on the Resources sheet", () => {
  it("links another case, spacing or Last, First to the one person, and leaves the rest as written", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1"), projectRow("P2")]),
      sheet("Resources", [
        ["Resource", "Role", "FTE"],
        ["Ann Lee", "Analyst", 1],
        ["Bo Chan", "Developer", 1],
        // Two people with one name in another form: "kim, jo" cannot tell which is meant.
        ["Jo Kim", "Developer", 1],
        ["JO KIM", "Tester", 1],
      ]),
      sheet("Allocations", [
        ["Resource", "Project ID", "Month", "Planned Hours"],
        ["Ann Lee", "P1", "2026-01", 40],
        ["ann  lee", "P1", "2026-02", 40],
        ["Lee, Ann", "P2", "2026-02", 40],
        ["kim, jo", "P2", "2026-02", 40],
        ["Bo", "P2", "2026-02", 40],
      ]),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, settings);
    expect(p.allocations.map((a) => a.resource)).toEqual(["Ann Lee", "Ann Lee", "Ann Lee", "kim, jo", "Bo"]);
    expect(
      p.findings.filter((f) => f.rule === "resource-name-form").map((f) => [f.severity, f.cell, f.message]),
    ).toEqual([
      [
        "warning",
        "A3",
        "Resource has 2 names written otherwise than on the Resources sheet (A3, A4); they were linked to the " +
          'person ("ann  lee" → Ann Lee). Write names as the Resources sheet does.',
      ],
    ]);
  });
});
