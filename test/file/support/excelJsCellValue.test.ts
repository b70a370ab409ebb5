import { convertCellValue, serialFromExcelJsDate } from "./excelJsCellValue";

describe("convertCellValue", () => {
  test("plain values pass through untouched (no trimming)", () => {
    expect(convertCellValue("  P-1 ", false)).toEqual({ value: "  P-1 ", uncalculated: false });
    expect(convertCellValue(0, false)).toEqual({ value: 0, uncalculated: false });
    expect(convertCellValue(false, false)).toEqual({ value: false, uncalculated: false });
    expect(convertCellValue(null, false)).toEqual({ value: null, uncalculated: false });
  });

  test("a hyperlink whose text is rich text gives the plain text", () => {
    const value = { text: { richText: [{ text: "Char" }, { text: "ter" }] }, hyperlink: "https://x" };
    // ExcelJS's typings say the text is a string; files can carry rich text there.
    expect(convertCellValue(value as unknown as { text: string; hyperlink: string }, false).value).toBe(
      "Charter",
    );
  });

  test("formula results: scalar, date, error, missing", () => {
    expect(convertCellValue({ formula: "A1", result: "x" }, false)).toEqual({
      value: "x",
      uncalculated: false,
    });
    expect(convertCellValue({ formula: "A1", result: new Date(Date.UTC(2026, 2, 31)) }, true).value).toBe(
      44650,
    );
    expect(convertCellValue({ formula: "A1", result: { error: "#VALUE!" } }, false).value).toBe("#VALUE!");
    expect(convertCellValue({ formula: "A1" }, false)).toEqual({ value: null, uncalculated: true });
    expect(convertCellValue({ sharedFormula: "B2", formula: "A2", result: 4 }, false).value).toBe(4);
  });

  test("numbers and dates that are not finite become blank", () => {
    expect(convertCellValue(Number.NaN, false).value).toBeNull();
    expect(convertCellValue(new Date(Number.NaN), false).value).toBeNull();
  });
});

describe("serialFromExcelJsDate", () => {
  test("inverts ExcelJS's serial → Date mapping in both date systems", () => {
    // ExcelJS: date = 1970-01-01 + (serial − 25569 [+ 1462 in 1904]) days.
    expect(serialFromExcelJsDate(new Date(Date.UTC(2026, 2, 31)), false)).toBe(46112);
    expect(serialFromExcelJsDate(new Date(Date.UTC(2026, 2, 31)), true)).toBe(44650);
    expect(serialFromExcelJsDate(new Date(Date.UTC(1899, 11, 30)), false)).toBe(0);
    expect(serialFromExcelJsDate(new Date(Date.UTC(1904, 0, 1)), true)).toBe(0);
    expect(serialFromExcelJsDate(new Date(Date.UTC(2026, 2, 31, 18)), false)).toBe(46112.75);
  });
});
