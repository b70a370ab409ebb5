import { hasThousandsSeparator, parseNumericText } from "../../../src/core/values/numericText";
import { isExcelError } from "../../../src/core/values/excelError";

describe("parseNumericText", () => {
  it.each([
    ["1200", 1200],
    ["1,200", 1200],
    ["12,345,678.25", 12345678.25],
    ["-1,200.5", -1200.5],
    ["+7", 7],
    [".5", 0.5],
    ["0.1", 0.1],
    ["45.", 45],
    ["1 200", 1200],
    ["12\u00a0345\u00a0678.5", 12345678.5],
    ["-1\u202f200", -1200],
    ["1\u2009000", 1000],
  ])("reads %s as %d", (text, expected) => {
    expect(parseNumericText(text)).toBe(expected);
  });

  it.each([
    "",
    "-",
    ".",
    "1,20",
    "12,34,567",
    ",120",
    " 120",
    "1 20",
    "1,200 000",
    "1  200",
    "12a",
    "1.2.3",
    "1e5",
    "$12",
    "45%",
  ])("rejects %j", (text) => {
    expect(parseNumericText(text)).toBeNaN();
  });

  it("notices thousands separators", () => {
    expect(hasThousandsSeparator("1,200")).toBe(true);
    expect(hasThousandsSeparator("1 200")).toBe(true);
    expect(hasThousandsSeparator("1\u00a0200")).toBe(true);
    expect(hasThousandsSeparator("1200")).toBe(false);
  });
});

describe("isExcelError", () => {
  it.each(["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#n/a"])(
    "knows %s",
    (text) => {
      expect(isExcelError(text)).toBe(true);
    },
  );

  it("does not mistake ordinary text for an error", () => {
    expect(isExcelError("#1 priority")).toBe(false);
    expect(isExcelError("N/A")).toBe(false);
  });
});
