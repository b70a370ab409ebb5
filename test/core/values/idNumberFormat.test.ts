import { idNumberText } from "../../../src/core/values/idNumberFormat";
import { parseColumn } from "../support/columnHarness";

describe("idNumberText: a number shown through an ID format", () => {
  it.each([
    [7, '"P-"000', "P-007"],
    [42, "0000", "0042"],
    [42, "\\P\\R\\J\\-0000", "PRJ-0042"],
    // `[$…-409]`: the text before the dash is a currency symbol, the rest a locale code.
    [42, "[$PRJ-]000", "PRJ042"],
    [42, '[$RSK-409]"-"000', "RSK-042"],
    [12345, '"P-"000', "P-12345"],
    [7, '"P-"000;"N-"000', "P-007"],
    [0, '"P-"000;-0;"Z-"00', "Z-00"],
    [7, '[Blue]"R"00', "R07"],
    [1234, '"ID "#,##0', "ID 1,234"],
    [5, '"M"00_)', "M05"],
    [123456, "000-000", "123-456"],
    [1234567, "000-000", "1234-567"],
  ])("%p under %p shows %p", (value, format, shown) => {
    expect(idNumberText(value, format)).toBe(shown);
  });

  it.each([
    [7, null],
    [7, "0"],
    [1001, "#,##0"],
    [7, "General"],
    [7.5, '"P-"000'],
    [-7, '"P-"000'],
    [7, "0.00"],
    [7, "0%"],
    [45000, "yyyy-mm-dd"],
    [7, "0.0E+00"],
    [7, '[>100]"big"0;0'],
    [7, "#,"],
    [0, "#"],
    [7, "@"],
  ])("%p under %p adds nothing: null", (value, format) => {
    expect(idNumberText(value, format)).toBeNull();
  });

  it("never parses a format longer than Excel stores (untrusted styles stay linear)", () => {
    // 200,000 commas between placeholders: each would rescan the rest of the format (minutes).
    expect(idNumberText(7, `"P-"0${",".repeat(200_000)}0`)).toBeNull();
    expect(idNumberText(7, `"${"P".repeat(250)}"0`)).toBe(`${"P".repeat(250)}7`);
  });
});

describe("id columns read numbers as their formats show them", () => {
  it("reads formatted numbers as the shown ID, so they match IDs typed as text", () => {
    const { values, issues } = parseColumn({ type: "id" }, [7, "P-007", 42, 1001, 1001], {
      formats: ['"P-"000', null, "0000", "#,##0", null],
    });
    expect(values).toEqual(["P-007", "P-007", "0042", "1001", "1001"]);
    expect(issues).toEqual([]);
  });

  it("leaves text columns as written (a format only names an ID there)", () => {
    const { values } = parseColumn({ type: "text" }, [7], { formats: ['"P-"000'] });
    expect(values).toEqual(["7"]);
  });
});
