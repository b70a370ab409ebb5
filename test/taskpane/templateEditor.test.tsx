/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { RawWorkbook } from "../../src/core/model/raw";
import { App } from "../../src/taskpane/App";
import { GatewayProvider } from "../../src/taskpane/GatewayContext";
import { createGatewayDouble } from "./support/gatewayDouble";
import { rowsGrid } from "../../src/core/model/rowsGrid";

const RAW: RawWorkbook = {
  file: "North.xlsx",
  date1904: false,
  sheets: [
    {
      name: "Projects",
      top: 1,
      left: 1,
      cells: rowsGrid(
        [
          [
            "Proj ID",
            "Project Name",
            "Project Manager",
            "Phase",
            "Status",
            "Start Date",
            "Baseline Finish",
            "Budget",
            "Actual Cost",
            "% Complete",
            "Cost Centre",
            "Headcount",
          ],
          ["P-1", "Payroll", "Ana", "Execution", "Green", 46023, 46295, 1000, 200, 0.5, "CC-10", 4],
          ["P-2", "CRM", "Bo", "Planning", "Amber", 46054, 46387, 500, 0, 0.1, "CC-20", 2],
        ],
        [
          [],
          [
            "General",
            "General",
            "General",
            "General",
            "General",
            "yyyy-mm-dd",
            "yyyy-mm-dd",
            "#,##0",
            "#,##0",
            "0%",
          ],
        ],
      ),
    },
  ],
};

async function openSettings() {
  const gateway = createGatewayDouble(RAW);
  render(
    <FluentProvider theme={webLightTheme}>
      <GatewayProvider gateway={gateway}>
        <App now={() => new Date(2026, 2, 31)} />
      </GatewayProvider>
    </FluentProvider>,
  );
  await act(async () => undefined);
  fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
  return gateway;
}

const json = (): Record<string, unknown> =>
  JSON.parse((screen.getByLabelText("Custom template (JSON)") as HTMLTextAreaElement).value) as Record<
    string,
    unknown
  >;

describe("template editor in Settings", () => {
  it("edits a copy of the standard template as a list, checked as you type like --template", async () => {
    await openSettings();
    fireEvent.click(screen.getByRole("button", { name: "Edit a copy of the standard template" }));
    fireEvent.click(screen.getByRole("button", { name: "Show the 22 columns of Projects" }));
    const status = screen.getByRole("group", { name: "Column Projects Status" });
    fireEvent.change(within(status).getByLabelText("Projects Status: type"), { target: { value: "text" } });
    expect(
      screen.getByText(
        'Custom template: tables[0].columns[7].type: "text" cannot be used for the standard column projects.status, which the KPIs read as enum; use enum',
      ),
    ).toBeTruthy();
    fireEvent.change(within(status).getByLabelText("Projects Status: type"), { target: { value: "enum" } });
    expect(screen.queryByText(/cannot be used for the standard column projects.status/)).toBeNull();
    // The values went with the enum type; the error says so until they are typed again.
    expect(
      screen.getByText(/tables\[0\]\.columns\[7\]\.enum\.values: must list at least 1 value/),
    ).toBeTruthy();
    fireEvent.change(within(status).getByLabelText("Projects Status: allowed values"), {
      target: { value: "Green, Amber, Red" },
    });

    fireEvent.click(screen.getByRole("button", { name: "Add column to Projects" }));
    const added = screen.getByRole("group", { name: "Column Projects New column" });
    fireEvent.change(within(added).getByLabelText("Projects New column: header"), {
      target: { value: "Cost Centre" },
    });
    fireEvent.change(screen.getByLabelText("Projects Cost Centre: type"), { target: { value: "enum" } });
    expect(
      screen.getByText(/tables\[0\]\.columns\[22\]\.enum\.values: must list at least 1 value/),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Projects Cost Centre: allowed values"), {
      target: { value: "CC-10, CC-20" },
    });
    expect(screen.queryByText("The template is not valid")?.parentElement?.textContent ?? "").toBe("");
    const projects = (json()["tables"] as Record<string, unknown>[])[0];
    expect((projects?.["columns"] as Record<string, unknown>[]).at(-1)).toEqual({
      key: "column1",
      header: "Cost Centre",
      type: "enum",
      enum: { values: ["CC-10", "CC-20"] },
    });
    // Rules the list does not show are kept.
    expect(projects?.["rules"]).toBeDefined();
  });

  it("shows each error under the column it names, marks that control invalid, and counts them when the columns are hidden", async () => {
    await openSettings();
    fireEvent.click(screen.getByRole("button", { name: "Edit a copy of the standard template" }));
    fireEvent.click(screen.getByRole("button", { name: "Show the 22 columns of Projects" }));
    const status = screen.getByRole("group", { name: "Column Projects Status" });
    const type = within(status).getByLabelText("Projects Status: type");
    expect(type.getAttribute("aria-invalid")).toBeNull();
    fireEvent.change(type, { target: { value: "text" } });
    const message =
      '"text" cannot be used for the standard column projects.status, which the KPIs read as enum; use enum';
    expect(within(status).getByText(message)).toBeTruthy();
    expect(type.getAttribute("aria-invalid")).toBe("true");
    const describedBy = type.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(describedBy)?.textContent).toContain(message);
    // Only that column carries it.
    const name = screen.getByRole("group", { name: "Column Projects Project Name" });
    expect(within(name).queryByText(message)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Hide the 22 columns of Projects" }));
    expect(screen.getByText("1 problem in these columns")).toBeTruthy();
  });

  it("reorders and removes tables and columns", async () => {
    await openSettings();
    fireEvent.click(screen.getByRole("button", { name: "Edit a copy of the standard template" }));
    fireEvent.click(screen.getByRole("button", { name: "Move table Milestones down" }));
    fireEvent.click(screen.getByRole("button", { name: "Show the 22 columns of Projects" }));
    expect((json()["tables"] as { key: string }[]).map((t) => t.key).slice(0, 3)).toEqual([
      "projects",
      "risks",
      "milestones",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Move Projects Project Name up" }));
    const projectColumns = () =>
      ((json()["tables"] as { columns: { key: string }[] }[])[0]?.columns ?? []).map((c) => c.key);
    expect(projectColumns().slice(0, 2)).toEqual(["projectName", "projectId"]);
    fireEvent.click(screen.getByRole("button", { name: "Remove Projects Sponsor" }));
    expect(projectColumns()).not.toContain("sponsor");
    fireEvent.click(screen.getByRole("button", { name: "Remove table Dependencies" }));
    expect((json()["tables"] as { key: string }[]).map((t) => t.key)).not.toContain("dependencies");
    fireEvent.click(screen.getByRole("button", { name: "Remove table Projects" }));
    expect(screen.getByText(/the standard table "projects" \(Projects\) is missing/)).toBeTruthy();
  });

  it("drafts a template from this workbook's headers with guessed types", async () => {
    await openSettings();
    fireEvent.click(screen.getByRole("button", { name: "Start from this workbook" }));
    await screen.findByText(/Drafted from the header rows of 1 table/);
    expect(screen.queryByText("The template is not valid")?.parentElement?.textContent ?? "").toBe("");
    const projects = (json()["tables"] as { key: string; columns: Record<string, unknown>[] }[])[0];
    expect(projects?.columns.slice(-2)).toEqual([
      { key: "costCentre", header: "Cost Centre", type: "text" },
      { key: "headcount", header: "Headcount", type: "integer" },
    ]);
    expect(projects?.columns[0]).toMatchObject({ key: "projectId", header: "Project ID" });
    expect(screen.queryByText("The template is not valid")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /^Show the \d+ columns of Projects$/ }));
    expect(screen.getByRole("group", { name: "Column Projects Headcount" })).toBeTruthy();
  });
});
