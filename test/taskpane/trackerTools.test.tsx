/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { RawWorkbook } from "../../src/core/model/raw";
import type { DashboardPlan } from "../../src/core/plan/types";
import { GatewayProvider } from "../../src/taskpane/GatewayContext";
import { TrackerWriterProvider } from "../../src/taskpane/TrackerWriterContext";
import { TrackerTools } from "../../src/taskpane/views/TrackerTools";
import { bytesToBase64 } from "../../src/workflow/trackerStructure";
import { readXlsxBytes } from "../../src/xlsx";
import { createGatewayDouble } from "./support/gatewayDouble";
import { rowOf } from "../support/rawGrid";
import { rowsGrid } from "../../src/core/model/rowsGrid";

const PREFS = { settings: {}, mapping: { sheets: {} }, templateText: null } as never;

/** Projects without Status and % Complete, nothing else. */
const RAW: RawWorkbook = {
  file: "North.xlsx",
  date1904: false,
  sheets: [
    {
      name: "Projects",
      top: 1,
      left: 1,
      cells: rowsGrid([
        [
          "Project ID",
          "Project Name",
          "Project Manager",
          "Phase",
          "Start Date",
          "Baseline Finish",
          "Budget",
          "Actual Cost",
        ],
        ["P-1", "Payroll", "Ana", "Execution", 46023, 46295, 1000, 200],
      ]),
    },
  ],
};

function renderTools(write?: (plan: DashboardPlan) => Promise<Uint8Array>) {
  const gateway = createGatewayDouble(RAW);
  const tools = <TrackerTools prefs={PREFS} asOf="2026-03-31" />;
  render(
    <FluentProvider theme={webLightTheme}>
      <GatewayProvider gateway={gateway}>
        {write ? <TrackerWriterProvider write={write}>{tools}</TrackerWriterProvider> : tools}
      </GatewayProvider>
    </FluentProvider>,
  );
  return gateway;
}

describe("TrackerTools", () => {
  it("opens the blank tracker for one project as a new workbook", async () => {
    const plans: DashboardPlan[] = [];
    const gateway = renderTools(async (plan) => {
      plans.push(plan);
      return new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]);
    });
    fireEvent.change(screen.getByLabelText(/Project ID/), { target: { value: " P-7 " } });
    fireEvent.click(screen.getByRole("button", { name: "New tracker" }));
    await screen.findByText(/A new workbook opened with Instructions, Projects/);
    expect(gateway.calls.created).toEqual(["UEsDBAEC"]);
    const projects = plans[0]?.sheets.find((s) => s.name === "Projects");
    expect(projects?.blocks[0]?.cells[1]?.[0]?.value).toBe("P-7");
  });

  it("writes a real workbook with the portable writer when no double is given", async () => {
    const gateway = renderTools();
    fireEvent.change(screen.getByLabelText(/Project ID/), { target: { value: "P-7" } });
    fireEvent.click(screen.getByRole("button", { name: "New tracker" }));
    await screen.findByText(/A new workbook opened with Instructions, Projects/);
    const bytes = Uint8Array.from(atob(gateway.calls.created[0] ?? ""), (c) => c.charCodeAt(0));
    const read = readXlsxBytes(bytes, "new-tracker.xlsx");
    if (!read.ok) throw new Error(read.reason);
    const projects = read.workbook.sheets.find((s) => s.name === "Projects");
    expect(read.workbook.sheets.map((s) => s.name).slice(0, 2)).toEqual(["Instructions", "Projects"]);
    expect(rowOf(projects, 0)[0]).toBe("Project ID");
    expect(rowOf(projects, 1)[0]).toBe("P-7");
  });

  it("shows what Fix structure adds, and adds it only when confirmed", async () => {
    const gateway = renderTools();
    fireEvent.click(screen.getByRole("button", { name: "Fix structure…" }));
    await screen.findByText("Projects: add the required columns Status, % Complete at I1");
    expect(
      screen.getByText("Add the sheet Milestones (an empty table with the template's headers)"),
    ).toBeTruthy();
    expect(gateway.calls.fixes).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Add these" }));
    await waitFor(() => expect(gateway.calls.fixes.length).toBe(1));
    await screen.findByText("Structure fixed");
    expect(gateway.calls.fixes[0]?.columns[0]?.headers).toEqual(["Status", "% Complete"]);
  });

  it("cancels without adding anything", async () => {
    const gateway = renderTools();
    fireEvent.click(screen.getByRole("button", { name: "Fix structure…" }));
    await screen.findByRole("button", { name: "Cancel" });
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await act(async () => undefined);
    expect(screen.queryByRole("button", { name: "Add these" })).toBeNull();
    expect(gateway.calls.fixes).toEqual([]);
  });

  it("encodes base64 like the standard alphabet with padding", () => {
    const text = new Uint8Array([..."PMO Pulse!"].map((c) => c.charCodeAt(0)));
    expect(bytesToBase64(text)).toBe("UE1PIFB1bHNlIQ==");
    expect(bytesToBase64(new Uint8Array([255, 254]))).toBe("//4=");
  });
});
