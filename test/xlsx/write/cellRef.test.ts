import { columnLetters, quoteSheetName } from "../../../src/core/model/a1";
import {
  cellRef,
  parseCellRef,
  parseRange,
  rangeFormula,
  vectorLength,
} from "../../../src/xlsx/write/cellRef";

describe("A1 helpers", () => {
  it("converts column numbers to letters and back", () => {
    expect([1, 26, 27, 52, 703, 16384].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "AAA", "XFD"]);
    expect(parseCellRef("$AB$12")).toEqual({ row: 12, col: 28 });
    expect(() => cellRef(1, 0)).toThrow("Column number out of range: 0");
    expect(() => cellRef(1_048_577, 1)).toThrow("Row number out of range: 1048577");
    expect(() => parseCellRef("XFE1")).toThrow('Not an A1 cell reference on the sheet: "XFE1"');
    expect(() => parseCellRef("B")).toThrow('Not an A1 cell reference on the sheet: "B"');
  });

  it("parses ranges in either corner order and single cells", () => {
    expect(parseRange("C8:B5")).toEqual({ top: 5, left: 2, bottom: 8, right: 3 });
    expect(parseRange("D4")).toEqual({ top: 4, left: 4, bottom: 4, right: 4 });
    expect(vectorLength("B5:B16")).toBe(12);
    expect(vectorLength("B5:E5")).toBe(4);
    expect(() => vectorLength("B5:C6")).toThrow('Expected a single row or column, got "B5:C6"');
  });

  it("quotes sheet names the way Excel formulas need", () => {
    expect(quoteSheetName("Data")).toBe("Data");
    expect(quoteSheetName("PMO Dashboard")).toBe("'PMO Dashboard'");
    expect(quoteSheetName("Bob's Data")).toBe("'Bob''s Data'");
    // Names that would read as a cell reference, R1C1 reference, boolean or number.
    expect(["AB12", "R1C1", "TRUE", "2025"].map(quoteSheetName)).toEqual([
      "'AB12'",
      "'R1C1'",
      "'TRUE'",
      "'2025'",
    ]);
  });

  it("builds absolute sheet-qualified range formulas", () => {
    expect(rangeFormula("PMO Dashboard", "B5:B8")).toBe("'PMO Dashboard'!$B$5:$B$8");
    expect(rangeFormula("Data", "c3")).toBe("Data!$C$3");
  });
});
