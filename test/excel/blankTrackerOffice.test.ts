/** The blank tracker's data validation through the Office.js writer, on the Excel test double. */
import { buildBlankTrackerPlan } from "../../src/core/plan/blankTracker/buildBlankTrackerPlan";
import { writeDashboardPlan } from "../../src/excel/applyDashboardPlan";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { createFakeExcel } from "./support/fakeExcel";

describe("blank tracker in Excel", () => {
  it("renders every plan validation as Range.dataValidation with prompt and stop alert", async () => {
    const built = buildBlankTrackerPlan(STANDARD_TEMPLATE);
    if ("errors" in built) throw new Error(built.errors.join("; "));
    const fake = createFakeExcel();
    await fake.run((context) => writeDashboardPlan(context, built.plan));
    const projects = fake.state.sheets.find((s) => s.name === "Projects");
    const planned = built.plan.sheets.find((s) => s.name === "Projects")?.dataValidations ?? [];
    expect(projects?.dataValidations.length).toBe(planned.length);
    const at = (left: number) => projects?.dataValidations.find((v) => v.bounds.left === left);
    expect(at(8)).toEqual({
      bounds: { top: 2, left: 8, bottom: 1_048_576, right: 8 },
      rule: { list: { inCellDropDown: true, source: "Green,Amber,Red" } },
      ignoreBlanks: true,
      prompt: {
        showPrompt: true,
        title: "Status",
        message: "Overall RAG status this month: Green on track, Amber at risk, Red off track. Required.",
      },
      errorAlert: {
        showAlert: true,
        style: "Stop",
        title: "Status: not allowed",
        message: "Pick one of: Green, Amber, Red.",
      },
    });
    expect(at(11)?.rule).toEqual({
      date: { operator: "Between", formula1: "1900-03-01", formula2: "9999-12-31" },
    });
    expect(at(15)?.rule).toEqual({ decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } });
    // A text column: the input message only.
    expect(at(2)).toMatchObject({ prompt: { title: "Project Name" } });
    expect(at(2)?.rule).toBeUndefined();
    expect(projects?.tables[0]?.name).toBe("Projects");
  });
});
