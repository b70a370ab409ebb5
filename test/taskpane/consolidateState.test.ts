import type { Finding } from "../../src/core/model/finding";
import { announcementFor } from "../../src/taskpane/announcements";
import { consolidateProgressText } from "../../src/taskpane/consolidateState";
import type { PaneAction, PaneState, WorkbookCheck } from "../../src/taskpane/state";
import {
  addressOf,
  filteredFindings,
  initialState,
  isSelectable,
  orderedFindings,
  paneReducer,
  placeOf,
  sheetsWithFindings,
} from "../../src/taskpane/state";
import type { PickedFile } from "../../src/workflow/readPickedFiles";

const finding = (file: string, sheet: string, cell: string): Finding => ({
  file,
  sheet,
  cell,
  row: null,
  column: null,
  severity: "error",
  rule: "r",
  message: "m",
});

const FINDINGS = [
  finding("Portfolio.xlsx", "Projects", "C7"),
  finding("north.xlsx", "Projects", "C7"),
  finding("broken.xlsx", "", ""),
];

const check = (openWorkbook: boolean | null): WorkbookCheck => ({
  file: "Portfolio.xlsx",
  asOf: "2026-10-31",
  sheetNames: [],
  bindings: [],
  findings: FINDINGS,
  managers: {},
  ...(openWorkbook === null ? {} : { consolidated: { files: [], openWorkbook } }),
});

function apply(actions: readonly PaneAction[], state: PaneState = initialState("2026-10-31")): PaneState {
  return actions.reduce(paneReducer, state);
}

const FILE: PickedFile = {
  name: "north.xlsx",
  size: 1,
  lastModified: 0,
  arrayBuffer: () => Promise.resolve(new ArrayBuffer(1)),
};

describe("where a consolidated finding is", () => {
  it("a finding of the open workbook is selectable by sheet!cell; another file's is named by file › sheet!cell", () => {
    const c = check(true);
    expect(FINDINGS.map((f) => [isSelectable(f, c), placeOf(f, c), addressOf(f, c)])).toEqual([
      [true, "Projects", "Projects!C7"],
      [false, "north.xlsx › Projects", "north.xlsx › Projects!C7"],
      [false, "broken.xlsx", "broken.xlsx"],
    ]);
    // Instead of the open workbook: not even a finding named like it is in this workbook.
    expect(isSelectable(FINDINGS[0] as Finding, check(false))).toBe(false);
    // A check of the open workbook alone: every finding is in it.
    expect(FINDINGS.map((f) => isSelectable(f, check(null)))).toEqual([true, true, true]);
  });

  it("the sheet filter and the groups keep the files apart", () => {
    const c = check(true);
    expect(sheetsWithFindings(FINDINGS, c)).toEqual(["Projects", "north.xlsx › Projects", "broken.xlsx"]);
    const state = apply([
      { type: "checkDone", result: c },
      { type: "sheetFiltered", sheet: "north.xlsx › Projects" },
    ]);
    expect(filteredFindings(state).map((f) => f.file)).toEqual(["north.xlsx"]);
    const all = apply([{ type: "checkDone", result: c }]);
    expect(orderedFindings(all).map((i) => i.finding.file)).toEqual([
      "Portfolio.xlsx",
      "north.xlsx",
      "broken.xlsx",
    ]);
  });
});

describe("consolidation state and what screen readers hear", () => {
  it("names each file as it is read, then the steps, and says how it ended", () => {
    const s0 = apply([{ type: "consolidateFilesChosen", files: [FILE, FILE] }]);
    const s1 = apply(
      [
        { type: "consolidateStarted" },
        { type: "consolidateStep", step: "Reading files" },
        { type: "consolidateFile", progress: { index: 1, total: 2, file: "north.xlsx" } },
      ],
      s0,
    );
    expect(announcementFor(s0, s1)).toBe("Reading 1 of 2: north.xlsx");
    const s2 = apply(
      [{ type: "consolidateFile", progress: { index: 2, total: 2, file: "north (2).xlsx" } }],
      s1,
    );
    expect(announcementFor(s1, s2)).toBe("Reading 2 of 2: north (2).xlsx");
    const s3 = apply([{ type: "consolidateStep", step: "Validating", detail: "2 workbooks read" }], s2);
    expect(consolidateProgressText(s3.consolidate)).toBe("Validating (2 workbooks read)");
    // The consolidated check arriving mid-run is not announced as a check of the workbook.
    const s4 = apply([{ type: "checkDone", result: check(false) }], s3);
    expect(announcementFor(s3, s4)).toBeNull();
    const s5 = apply([{ type: "consolidateCancelRequested" }], s4);
    expect(announcementFor(s4, s5)).toBe("Stopping after this file…");
    const s6 = apply([{ type: "consolidateCancelled" }], s5);
    expect(announcementFor(s5, s6)).toBe("Consolidation cancelled. The workbook was not changed.");
    expect(s6.consolidate.files).toHaveLength(2);
  });

  it("a consolidation clears the last build's result, and a build clears the consolidation's", () => {
    const built = apply([
      { type: "buildStarted" },
      { type: "buildDone", sheets: ["PMO Dashboard"], headline: {} as never },
    ]);
    const consolidating = apply([{ type: "consolidateStarted" }], built);
    expect([consolidating.build.status, consolidating.build.sheets]).toEqual(["idle", []]);
    const failed = apply(
      [{ type: "consolidateFailed", failure: { kind: "excel", message: "No.", intact: true } }],
      consolidating,
    );
    expect(announcementFor(consolidating, failed)).toBe("The trackers were not consolidated. No.");
    expect(apply([{ type: "buildStarted" }], failed).consolidate).toMatchObject({
      status: "idle",
      failure: null,
    });
  });
});
