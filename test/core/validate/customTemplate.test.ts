import { monthFromYm } from "../../../src/core/model/calendar";
import { parseTemplate } from "../../../src/core/template/parseTemplate";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import type { TemplateDef } from "../../../src/core/template/types";
import { validatePortfolio } from "../../../src/core/validate/validatePortfolio";
import { SETTINGS, day, portfolioOf, project } from "./support/portfolioFactory";

/** A PMO's own table next to the standard ones, loaded the way the CLI loads `--template`. */
function acmeTemplate(): TemplateDef {
  const result = parseTemplate(
    {
      name: "Acme",
      version: "1",
      tables: [
        ...STANDARD_TEMPLATE.tables,
        {
          key: "changes",
          name: "Change Requests",
          columns: [
            { key: "changeId", header: "CR", type: "id", required: true, unique: true },
            {
              key: "projectId",
              header: "Project ID",
              type: "id",
              references: { table: "projects", column: "projectId" },
            },
            { key: "raised", header: "Raised", type: "date" },
            { key: "decided", header: "Decided", type: "date" },
            { key: "period", header: "Period", type: "month" },
            { key: "cost", header: "Cost", type: "currency" },
            { key: "priority", header: "Priority", type: "integer" },
            { key: "approver", header: "Approver", type: "text" },
          ],
          rules: [
            {
              kind: "compare",
              id: "decided-before-raised",
              column: "raised",
              op: "<=",
              other: "decided",
              severity: "error",
            },
            {
              kind: "requiresWhen",
              id: "urgent-needs-approver",
              column: "priority",
              values: [1],
              requires: "approver",
              severity: "warning",
            },
          ],
        },
      ],
    },
    "acme.json",
  );
  if (!("template" in result)) throw new Error(result.errors.join("\n"));
  return result.template;
}

describe("validatePortfolio with a custom template", () => {
  it("runs the rules, unique columns and references of a table the standard does not have", () => {
    const template = acmeTemplate();
    const portfolio = portfolioOf(
      [
        { table: "projects", rows: [project("P-001")] },
        {
          table: "changes",
          sheet: "CRs",
          rows: [
            {
              changeId: "CR-1",
              projectId: "P-001",
              raised: day("2026-03-10"),
              decided: day("2026-03-01"),
              period: monthFromYm(2026, 3),
              priority: 2,
            },
            { changeId: "CR-1", projectId: "P-002", priority: 1 },
          ],
        },
      ],
      template,
    );
    expect(
      validatePortfolio(portfolio, template, SETTINGS).map((f) => [f.sheet, f.cell, f.rule, f.message]),
    ).toEqual([
      [
        "CRs",
        "C2",
        "decided-before-raised",
        "Raised 10/03/2026 is after Decided 01/03/2026. Raised cannot be later than Decided: correct whichever date is wrong.",
      ],
      [
        "CRs",
        "A3",
        "duplicate-id",
        "CR CR-1 is used twice: also in CRs!A2. Each row needs its own CR: change one of them, or delete the duplicate row.",
      ],
      [
        "CRs",
        "B3",
        "reference-missing",
        "Project ID P-002 is not listed in Projects. Add it to the Projects sheet, or correct the value here.",
      ],
      [
        "CRs",
        "H3",
        "urgent-needs-approver",
        "Priority is 1 but Approver is blank. Enter Approver, or change Priority.",
      ],
    ]);
  });
});
