/** @jest-environment jsdom */
/**
 * "Consolidate trackers" in the pane: files chosen with the file input, per-file progress heard by
 * screen readers, the outcome with the file that could not be read, findings of other files named
 * by file and cell on Validate, and Cancel leaving the workbook alone.
 */
import { TextDecoder as NodeTextDecoder } from "node:util";
import { AnnounceProvider, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio, sheetRowOfDataRow } from "../../src/core/example";
import { App } from "../../src/taskpane/App";
import { GatewayProvider } from "../../src/taskpane/GatewayContext";
import type { PickedFile } from "../../src/workflow/readPickedFiles";
import { trackerXlsxBuffer } from "../../src/file/writeTrackerXlsx";
import { pickedFile, pmTrackerSpec } from "../../scripts/bench/consolidateBench";
import { exampleRawWorkbook } from "./support/exampleTracker";
import type { GatewayDouble } from "./support/gatewayDouble";
import { createGatewayDouble } from "./support/gatewayDouble";

configure({ asyncUtilTimeout: 10_000 });
// Every browser the pane runs in has TextDecoder (the reader decodes XML with it); jsdom does not.
Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

const NOW = new Date(2026, 10, 29, 9, 30);
const AS_OF = "2026-10-31";
const RAW = exampleRawWorkbook(
  generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: AS_OF, withErrors: false }),
  "Portfolio.xlsx",
);
const TIME = Date.UTC(2026, 9, 30, 17, 5);

let north: PickedFile;
let east: PickedFile;
/** East's second project has text in Budget ($): one error at this cell. */
let eastCell: string;
const broken = pickedFile("broken.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), TIME);

beforeAll(async () => {
  north = pickedFile("north.xlsx", new Uint8Array(await trackerXlsxBuffer(pmTrackerSpec(1, AS_OF))), TIME);
  const spec = pmTrackerSpec(2, AS_OF);
  const projects = spec.sheets.find((s) => s.name === "Projects");
  if (projects === undefined) throw new Error("no Projects");
  eastCell = `O${sheetRowOfDataRow(projects, 1)}`;
  const edited = {
    sheets: spec.sheets.map((s) =>
      s !== projects
        ? s
        : { ...s, rows: s.rows.map((r, i) => (i === 1 ? r.map((c, j) => (j === 14 ? "lots" : c)) : r)) },
    ),
  };
  east = pickedFile("east.xlsx", new Uint8Array(await trackerXlsxBuffer(edited)), TIME);
}, 60_000);

let announced: string[] = [];

async function renderPane(): Promise<GatewayDouble> {
  const gateway = createGatewayDouble(RAW);
  announced = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <AnnounceProvider value={{ announce: (message) => announced.push(message) }}>
        <GatewayProvider gateway={gateway}>
          <App now={() => NOW} locale="en-GB" />
        </GatewayProvider>
      </AnnounceProvider>
    </FluentProvider>,
  );
  await act(async () => undefined);
  fireEvent.click(screen.getByRole("tab", { name: "Build" }));
  return gateway;
}

function choose(files: readonly PickedFile[]) {
  fireEvent.change(screen.getByLabelText("Tracker files to consolidate"), { target: { files } });
}

describe("Consolidate trackers", () => {
  it("is a labelled button in front of a multiple .xlsx file input, and needs files first", async () => {
    await renderPane();
    const input = screen.getByLabelText("Tracker files to consolidate") as HTMLInputElement;
    expect([input.type, input.multiple, input.accept.split(",").slice(0, 2)]).toEqual([
      "file",
      true,
      [".xlsx", ".xlsm"],
    ]);
    expect(screen.getByRole("button", { name: "Choose tracker files…" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Consolidate and build" })).toHaveProperty("disabled", true);
    choose([north, east]);
    const chosen = within(screen.getByRole("list", { name: "Chosen tracker files" })).getAllByRole(
      "listitem",
    );
    expect(chosen.map((li) => li.textContent)).toEqual([
      `north.xlsx, modified ${new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).format(new Date(TIME))}`,
      expect.stringMatching(/^east\.xlsx, modified /),
    ]);
    expect(screen.getByRole("button", { name: "Consolidate and build" })).toHaveProperty("disabled", false);
    // Forty files are not forty lines: the first five, then how many more.
    choose(["a", "b", "c", "d", "e", "f", "g"].map((n) => pickedFile(`${n}.xlsx`, new Uint8Array(1), TIME)));
    const seven = within(screen.getByRole("list", { name: "Chosen tracker files" })).getAllByRole("listitem");
    expect(seven.map((li) => li.textContent?.split(",")[0])).toEqual([
      "a.xlsx",
      "b.xlsx",
      "c.xlsx",
      "d.xlsx",
      "e.xlsx",
      "and 2 more files",
    ]);
    expect(screen.getByText("7 files chosen:")).toBeTruthy();
  });

  it("reads each file with progress, writes one dashboard, says which file could not be read, and names other files' cells on Validate", async () => {
    const gateway = await renderPane();
    choose([north, broken, east]);
    fireEvent.click(screen.getByRole("radio", { name: "Leave them out: the chosen files only" }));
    fireEvent.click(screen.getByRole("button", { name: "Consolidate and build" }));
    const heading = await screen.findByRole("heading", {
      name: /^Consolidated 2 workbooks: dashboard written as of/,
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(gateway.calls.reads).toBe(0);
    expect(gateway.calls.plans).toHaveLength(1);
    const notRead = within(screen.getByRole("list", { name: "Files not read" })).getAllByRole("listitem");
    expect(notRead.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^broken\.xlsx: .+ The other files were read without it\.$/),
    ]);
    // The first file is always heard; a file read faster than the pane repaints may be passed over.
    const reading = announced.filter((a) => a.startsWith("Reading "));
    expect(reading[0]).toBe("Reading 1 of 3: north.xlsx");
    for (const line of reading) expect(line).toMatch(/^Reading [123] of 3: (north|broken|east)\.xlsx$/);
    expect(announced.at(-1)).toBe(
      "Consolidated 2 workbooks; 1 file could not be read. Dashboard written: 8 sheets.",
    );
    expect(announced.some((a) => a.startsWith("Check done"))).toBe(false);
    // PMO Validation lists the three files with their UTC dates.
    const validation = gateway.calls.plans[0]?.sheets.find((s) => s.name === "PMO Validation");
    const texts = validation?.blocks.flatMap((b) => b.cells.flat().map((c) => c.value)) ?? [];
    expect(texts).toEqual(
      expect.arrayContaining(["north.xlsx", "broken.xlsx", "east.xlsx", "2026-10-30 17:05 UTC"]),
    );

    fireEvent.click(screen.getByRole("button", { name: "Review findings" }));
    await screen.findByText(/^Consolidated from 3 files\./);
    // Another file's finding shows its file and cell as text: it cannot be selected in this workbook.
    const where = `east.xlsx › Projects!${eastCell}`;
    expect(screen.getByText(where)).toBeTruthy();
    expect(screen.queryByRole("button", { name: `Select ${where} in Excel` })).toBeNull();
    expect(screen.getByRole("region", { name: "broken.xlsx findings" })).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Sheet"), { target: { value: "east.xlsx › Projects" } });
    expect(screen.getAllByRole("listitem").length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: "Highlight cells" })).toHaveProperty("disabled", true);
  });

  it("Cancel between files writes nothing; run again, the open workbook and both files are one portfolio", async () => {
    const gateway = await renderPane();
    let release: (() => void) | undefined;
    const slow: PickedFile = {
      ...north,
      arrayBuffer: () =>
        new Promise((resolve) => {
          release = () => void north.arrayBuffer().then(resolve);
        }),
    };
    choose([slow, east]);
    fireEvent.click(screen.getByRole("button", { name: "Consolidate and build" }));
    await screen.findByText("Reading 1 of 2: north.xlsx");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await screen.findByText("Stopping after this file…");
    await waitFor(() => expect(release).toBeDefined());
    act(() => release?.());
    expect(await screen.findByText("Nothing was written: the workbook is as it was.")).toBeTruthy();
    expect(gateway.calls.plans).toEqual([]);
    expect(announced).toContain("Consolidation cancelled. The workbook was not changed.");

    release = undefined;
    fireEvent.click(screen.getByRole("button", { name: "Consolidate and build" }));
    await waitFor(() => expect(release).toBeDefined());
    await act(async () => release?.());
    await screen.findByRole("heading", { name: /^Consolidated 3 workbooks/ });
    expect(gateway.calls.plans).toHaveLength(1);
  });
});
