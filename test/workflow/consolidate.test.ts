/**
 * "Consolidate trackers" end to end below the UI: real .xlsx bytes (the repo's tracker writer) read
 * as the pane reads picked files, one portfolio through the engine, the dashboard written into the
 * Excel test double by the same gateway and atomic refresh as a build.
 */
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio, sheetRowOfDataRow } from "../../src/core/example";
import type { Finding } from "../../src/core/model/finding";
import { SHEET_NAMES } from "../../src/core/model/ownedSheets";
import { readOpenWorkbookHistory } from "../../src/excel/entryPoints";
import { trackerXlsxBuffer } from "../../src/file/writeTrackerXlsx";
import type { ConsolidateOutcome, ConsolidateRequest, OpenWorkbookUse } from "../../src/workflow/consolidate";
import { OPEN_WORKBOOK_MODIFIED, consolidateTrackers } from "../../src/workflow/consolidate";
import { createOfficeGateway } from "../../src/workflow/gateway";
import { DEFAULT_PREFERENCES } from "../../src/workflow/preferences";
import type { PickedFile } from "../../src/workflow/readPickedFiles";
import { PROJECTS_PER_PM_FILE, pickedFile, pmTrackerSpec } from "../../scripts/bench/consolidateBench";
import type { FakeExcel } from "../excel/support/fakeExcel";
import { createFakeExcel, seedSheet } from "../excel/support/fakeExcel";
import type { FakeSheet } from "../excel/support/fakeState";
import { exampleSeeds } from "../taskpane/support/exampleTracker";

const AS_OF = "2026-10-31";
const NORTH_TIME = Date.UTC(2026, 9, 30, 17, 5);
const SOUTH_TIME = Date.UTC(2026, 9, 29, 8, 0);

async function pmFile(
  name: string,
  pm: number,
  time: number,
  edit?: (spec: ReturnType<typeof pmTrackerSpec>) => ReturnType<typeof pmTrackerSpec>,
): Promise<PickedFile> {
  const spec = pmTrackerSpec(pm, AS_OF);
  const bytes = new Uint8Array(await trackerXlsxBuffer(edit === undefined ? spec : edit(spec)));
  return pickedFile(name, bytes, time);
}

/** Replaces one cell of the Projects sheet (0-based data row and column). */
function withProjectCell(row: number, col: number, value: string | number) {
  return (spec: ReturnType<typeof pmTrackerSpec>) => ({
    sheets: spec.sheets.map((s) =>
      s.name !== "Projects"
        ? s
        : { ...s, rows: s.rows.map((r, i) => (i !== row ? r : r.map((c, j) => (j === col ? value : c)))) },
    ),
  });
}

/** `O5`: the cell of a Projects data row (0-based) in a written PM tracker (below its title rows). */
function projectsCell(column: string, row: number): string {
  const projects = pmTrackerSpec(1, AS_OF).sheets.find((s) => s.name === "Projects");
  if (projects === undefined) throw new Error("no Projects sheet");
  return `${column}${sheetRowOfDataRow(projects, row)}`;
}

/** `PRJ-1-0001` … : the Project IDs of PM `pm`'s file. */
const idsOf = (pm: number): string[] =>
  Array.from({ length: PROJECTS_PER_PM_FILE }, (_, i) => `PRJ-${pm}-${String(i + 1).padStart(4, "0")}`);

const BROKEN = pickedFile(
  "broken.xlsx",
  new TextEncoder().encode("Project ID,Name\nP-1,Old CSV\n"),
  SOUTH_TIME,
);

let north: PickedFile;
let south: PickedFile;
beforeAll(async () => {
  north = await pmFile("north.xlsx", 1, NORTH_TIME);
  south = await pmFile("south.xlsx", 2, SOUTH_TIME);
}, 60_000);

/** A workbook open in the double: the example tracker (40 projects) or nothing but notes. */
function openWorkbook(kind: "example" | "notes" = "example"): FakeExcel {
  const fake = createFakeExcel({ name: "Portfolio.xlsx" });
  if (kind === "notes") {
    seedSheet(fake.state, { name: "Notes", values: [["Team lunch"]] });
    return fake;
  }
  const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: AS_OF, withErrors: false });
  exampleSeeds(spec).forEach((seed) => seedSheet(fake.state, seed));
  return fake;
}

function request(files: readonly PickedFile[], use: OpenWorkbookUse, asOf = AS_OF): ConsolidateRequest {
  return {
    files,
    use,
    prefs: DEFAULT_PREFERENCES,
    asOf,
    plan: { portfolioName: "", linkFindings: true, now: new Date(Date.UTC(2026, 10, 1, 9, 0)) },
  };
}

const immediately = () => Promise.resolve();

function run(
  fake: FakeExcel,
  req: ConsolidateRequest,
  isCancelled?: () => boolean,
): Promise<ConsolidateOutcome> {
  return consolidateTrackers(createOfficeGateway(fake.run), req, {
    pause: immediately,
    ...(isCancelled === undefined ? {} : { isCancelled }),
  });
}

function written(outcome: ConsolidateOutcome) {
  if (outcome.kind !== "written") throw new Error(`expected a written dashboard, got ${outcome.kind}`);
  return outcome;
}

function liveSheet(fake: FakeExcel, name: string): FakeSheet {
  const sheet = fake.state.sheets.find((s) => !s.deleted && s.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The rows of a written sheet as text, for finding what it lists. */
function rowsOf(sheet: FakeSheet): string[][] {
  const rows = new Map<number, string[]>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    const row = rows.get(r) ?? [];
    row[c - 1] = String(cell.value);
    rows.set(r, row);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => [...row].map((v) => v ?? ""));
}

const projectIds = (outcome: ConsolidateOutcome) =>
  written(outcome).result.analysis.report.projects.map((p) => p.projectId);
const findingsOf = (outcome: ConsolidateOutcome): readonly Finding[] =>
  written(outcome).result.analysis.portfolio.findings;

describe("consolidateTrackers over the Excel test double", () => {
  it("two good files and a broken one: both consolidated, one finding naming the broken file, all three listed with their dates", async () => {
    const fake = openWorkbook("notes");
    const outcome = written(await run(fake, request([north, BROKEN, south], "instead")));
    const { result } = outcome;
    expect(result.workbooks.map((w) => w.file)).toEqual(["north.xlsx", "south.xlsx"]);
    expect(projectIds(outcome)).toEqual([...idsOf(1), ...idsOf(2)]);
    const unreadable = result.analysis.portfolio.findings.filter((f) => f.rule === "unreadable-file");
    expect(unreadable).toEqual([
      expect.objectContaining({ file: "broken.xlsx", severity: "error", sheet: "", cell: "" }),
    ]);
    expect(unreadable[0]?.message).toMatch(/^broken\.xlsx: .+\. The other files were read without it\.$/);
    expect(unreadable[0]?.message.split("\n")).toHaveLength(1);
    expect(result.sources).toEqual([
      { file: "north.xlsx", modified: "2026-10-30 17:05 UTC" },
      { file: "broken.xlsx", modified: "2026-10-29 08:00 UTC" },
      { file: "south.xlsx", modified: "2026-10-29 08:00 UTC" },
    ]);

    // Written into the open workbook as a build is, PMO Validation listing the files read.
    expect(outcome.sheets).toContain(SHEET_NAMES.dashboard);
    const validation = rowsOf(liveSheet(fake, SHEET_NAMES.validation));
    const filesAt = validation.findIndex((r) => r[0] === "Files read");
    expect(validation.slice(filesAt + 2, filesAt + 5).map((r) => [r[0], r[2]])).toEqual([
      ["north.xlsx", "2026-10-30 17:05 UTC"],
      ["broken.xlsx", "2026-10-29 08:00 UTC"],
      ["south.xlsx", "2026-10-29 08:00 UTC"],
    ]);
    expect(validation.some((r) => r[1] === "broken.xlsx" && r[6] === "unreadable-file")).toBe(true);
    expect(liveSheet(fake, "Notes").cells.size).toBe(1);
  }, 60_000);

  it("a finding in a chosen file names that file and its cell, on PMO Validation too", async () => {
    const bad = await pmFile("east.xlsx", 3, NORTH_TIME, withProjectCell(1, 14, "lots"));
    const fake = openWorkbook("notes");
    const outcome = await run(fake, request([north, bad], "instead"));
    const budget = findingsOf(outcome).filter((f) => f.file === "east.xlsx" && f.column === "Budget ($)");
    expect(budget.map((f) => [f.file, f.sheet, f.cell, f.severity])).toEqual([
      ["east.xlsx", "Projects", projectsCell("O", 1), "error"],
    ]);
    expect(budget[0]?.message).toContain("lots");
    const row = rowsOf(liveSheet(fake, SHEET_NAMES.validation)).find(
      (r) => r[1] === "east.xlsx" && r[3] === projectsCell("O", 1),
    );
    expect(row?.slice(1, 4)).toEqual(["east.xlsx", "Projects", projectsCell("O", 1)]);
    // Only cells of the open workbook become links; the chosen files are not open.
    const cell = [...liveSheet(fake, SHEET_NAMES.validation).cells.values()].find(
      (c) => c.value === projectsCell("O", 1),
    );
    expect(cell?.hyperlink).toBeUndefined();
  }, 60_000);

  it("with the open workbook: its trackers and the files as one portfolio, the workbook listed first; instead of it: the files only", async () => {
    const withFake = openWorkbook();
    const withIt = await run(withFake, request([north, south], "with"));
    const ids = projectIds(withIt);
    expect(ids).toHaveLength(40 + 2 * PROJECTS_PER_PM_FILE);
    expect(ids.filter((id) => id.startsWith("PRJ-1-") || id.startsWith("PRJ-2-"))).toEqual([
      ...idsOf(1),
      ...idsOf(2),
    ]);
    expect(written(withIt).result.sources).toEqual([
      { file: "Portfolio.xlsx", modified: OPEN_WORKBOOK_MODIFIED },
      { file: "north.xlsx", modified: "2026-10-30 17:05 UTC" },
      { file: "south.xlsx", modified: "2026-10-29 08:00 UTC" },
    ]);

    const insteadFake = openWorkbook();
    const instead = await run(insteadFake, request([north, south], "instead"));
    expect(projectIds(instead)).toEqual([...idsOf(1), ...idsOf(2)]);
    expect(written(instead).result.openWorkbook).toBeNull();
    expect(written(instead).result.sources.map((s) => s.file)).toEqual(["north.xlsx", "south.xlsx"]);
    // The tracker sheets of the open workbook are untouched either way.
    expect(liveSheet(insteadFake, "Projects").cells.size).toBe(liveSheet(withFake, "Projects").cells.size);
  }, 60_000);

  it("a file named like the open workbook, or like another chosen file, is told apart", async () => {
    const same = pickedFile(
      "Portfolio.xlsx",
      new Uint8Array(await trackerXlsxBuffer(pmTrackerSpec(4, AS_OF))),
      NORTH_TIME,
    );
    const twin = { ...north, arrayBuffer: south.arrayBuffer, size: south.size };
    const outcome = written(await run(openWorkbook(), request([same, north, twin], "with")));
    expect(outcome.result.sources.map((s) => s.file)).toEqual([
      "Portfolio.xlsx",
      "Portfolio (2).xlsx",
      "north.xlsx",
      "north (2).xlsx",
    ]);
  }, 60_000);

  it("Cancel between files: nothing more is read and the workbook is exactly as it was", async () => {
    for (const use of ["with", "instead"] as const) {
      const fake = openWorkbook();
      const before = fake.snapshot();
      const reads: string[] = [];
      const files = [north, south, BROKEN].map((f) => ({
        ...f,
        arrayBuffer: () => {
          reads.push(f.name);
          return f.arrayBuffer();
        },
      }));
      const outcome = await run(fake, request(files, use), () => reads.length >= 1);
      expect(outcome.kind).toBe("cancelled");
      expect(reads).toEqual(["north.xlsx"]);
      expect(fake.snapshot()).toEqual(before);
    }
  }, 60_000);

  it("Cancel after the files are read still writes nothing", async () => {
    const fake = openWorkbook("notes");
    const before = fake.snapshot();
    let analysed = false;
    const outcome = await consolidateTrackers(
      createOfficeGateway(fake.run),
      request([north, south], "instead"),
      {
        pause: immediately,
        onAnalysed: () => {
          analysed = true;
        },
        isCancelled: () => analysed,
      },
    );
    expect(outcome.kind).toBe("cancelled");
    expect(fake.snapshot()).toEqual(before);
  }, 60_000);

  it("the same Project ID in two files with different rows: the KPI v2 duplicate error on both, each naming the other file", async () => {
    const copy = await pmFile("west.xlsx", 1, SOUTH_TIME, withProjectCell(0, 14, 999_999));
    const outcome = await run(openWorkbook("notes"), request([north, copy], "instead"));
    const duplicates = findingsOf(outcome).filter((f) => f.rule === "duplicate-id");
    const a = projectsCell("A", 0);
    const first = duplicates.filter((f) => f.sheet === "Projects" && f.cell === a);
    expect(first.map((f) => [f.file, f.severity])).toEqual([
      ["north.xlsx", "error"],
      ["west.xlsx", "error"],
    ]);
    expect(first[0]?.message).toMatch(
      new RegExp(
        `^Project ID PRJ-1-0001 is also used by a different project at west\\.xlsx Projects!${a}\\.`,
      ),
    );
    expect(first[1]?.message).toMatch(
      new RegExp(
        `^Project ID PRJ-1-0001 is also used by a different project at north\\.xlsx Projects!${a}\\.`,
      ),
    );
    // The shared ID is left out of the KPIs; the other projects (the same rows in both files) count once.
    const report = written(outcome).result.analysis.report;
    expect(report.projects.filter((p) => p.excluded).map((p) => p.projectId)).toEqual(["PRJ-1-0001"]);
    expect(report.projects.filter((p) => !p.excluded).map((p) => p.projectId)).toEqual(idsOf(1).slice(1));
  }, 60_000);

  it("nothing readable and no open workbook: nothing written, the reason given", async () => {
    const fake = openWorkbook("notes");
    const before = fake.snapshot();
    const outcome = await run(fake, request([BROKEN], "instead"));
    expect(outcome.kind).toBe("nothing-read");
    if (outcome.kind !== "nothing-read") return;
    expect(outcome.message).toMatch(/^The file could not be read, so nothing was written\. broken\.xlsx: /);
    expect(fake.snapshot()).toEqual(before);
  });

  it("files without a tracker sheet: nothing written", async () => {
    const notes = pickedFile(
      "notes.xlsx",
      new Uint8Array(
        await trackerXlsxBuffer({ sheets: [{ name: "Lunch", header: ["Where"], rows: [["Canteen"]] }] }),
      ),
      NORTH_TIME,
    );
    const fake = openWorkbook("notes");
    const before = fake.snapshot();
    expect((await run(fake, request([notes], "instead"))).kind).toBe("no-tracker");
    expect(fake.snapshot()).toEqual(before);
  });

  it("continues the open workbook's PMO History like a build: a second month adds its period", async () => {
    const fake = openWorkbook("notes");
    written(await run(fake, request([north, south], "instead", "2026-09-30")));
    const october = written(await run(fake, request([north, south], "instead")));
    expect(october.result.analysis.cycle.previousAsOf).toBe("2026-09-30");
    const history = await readOpenWorkbookHistory(fake.run);
    expect([...new Set(history.portfolio.map((r) => r.asOf))]).toEqual(["2026-09-30", AS_OF]);
    // The refresh replaced the first dashboard instead of adding a second one.
    expect(
      fake.state.sheets.filter((s) => !s.deleted && s.name.startsWith(SHEET_NAMES.dashboard)),
    ).toHaveLength(1);
  }, 60_000);
});
