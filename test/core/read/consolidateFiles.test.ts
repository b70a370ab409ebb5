import type { RawWorkbook } from "../../../src/core/model/raw";
import {
  consolidateReads,
  distinctFileNames,
  modifiedText,
  unreadableFileFinding,
} from "../../../src/core/read/consolidateFiles";

const workbook = (file: string): RawWorkbook => ({ file, date1904: false, sheets: [] });

describe("consolidateReads", () => {
  it("keeps the workbooks read in order, lists every file, and turns each unreadable one into one error finding", () => {
    const result = consolidateReads([
      { file: "north.xlsx", modified: "2026-10-30 17:05 UTC", workbook: workbook("north.xlsx") },
      {
        file: "old.xlsx",
        modified: null,
        reason: "not an .xlsx workbook (it looks like an old .xls file); save it as .xlsx",
      },
      { file: "south.xlsx", modified: "2026-10-29 08:00 UTC", workbook: workbook("south.xlsx") },
    ]);
    expect(result.workbooks.map((w) => w.file)).toEqual(["north.xlsx", "south.xlsx"]);
    expect(result.sources).toEqual([
      { file: "north.xlsx", modified: "2026-10-30 17:05 UTC" },
      { file: "old.xlsx", modified: null },
      { file: "south.xlsx", modified: "2026-10-29 08:00 UTC" },
    ]);
    expect(result.unreadable).toEqual([
      {
        file: "old.xlsx",
        sheet: "",
        cell: "",
        row: null,
        column: null,
        severity: "error",
        rule: "unreadable-file",
        message:
          "old.xlsx: not an .xlsx workbook (it looks like an old .xls file); save it as .xlsx. The other files were read without it.",
      },
    ]);
  });

  it("does not double a reason's own full stop", () => {
    expect(unreadableFileFinding("a.xlsx", "the file is empty.").message).toBe(
      "a.xlsx: the file is empty. The other files were read without it.",
    );
  });
});

describe("modifiedText", () => {
  it("is the UTC minute, whatever the machine's zone", () => {
    expect(modifiedText(new Date(Date.UTC(2026, 9, 31, 23, 59, 59)))).toBe("2026-10-31 23:59 UTC");
    expect(modifiedText(new Date(Number.NaN))).toBeNull();
  });
});

describe("distinctFileNames", () => {
  it("numbers repeats before the extension, skipping taken names (case-insensitive, as Windows and macOS compare them)", () => {
    expect(
      distinctFileNames(
        ["tracker.xlsx", "Tracker.xlsx", "north.xlsx", "tracker.xlsx", "notes"],
        ["TRACKER (2).xlsx"],
      ),
    ).toEqual(["tracker.xlsx", "Tracker (3).xlsx", "north.xlsx", "tracker (4).xlsx", "notes"]);
    expect(distinctFileNames(["Portfolio.xlsx"], ["Portfolio.xlsx"])).toEqual(["Portfolio (2).xlsx"]);
  });
});
