import { headerKey, sheetNameKey, tableNameKey } from "../../../src/core/model/names";
import { cellAddress as a1, columnLetters, parseCellAddress as parseA1 } from "../../../src/core/model/a1";

describe("sheet and header names", () => {
  it("matches sheet names ignoring case, spaces, _ and -", () => {
    expect(["Risk Register", "risk_register", "RISK-REGISTER", " Risk  Register "].map(sheetNameKey)).toEqual(
      ["riskregister", "riskregister", "riskregister", "riskregister"],
    );
  });

  it("matches a table's names in the singular too, both sides made singular", () => {
    expect(
      ["Risks", "Risk", "risk_logs", "Dependencies", "Dependency", "Rate Cards", "Staff", "Process"].map(
        tableNameKey,
      ),
    ).toEqual(["risk", "risk", "risklog", "dependency", "dependency", "ratecard", "staff", "process"]);
  });

  it("drops a trailing unit in brackets, then everything but letters and digits", () => {
    expect(headerKey("Budget ($)")).toBe("budget");
    expect(headerKey("BUDGET (USD)")).toBe("budget");
    expect(headerKey("Budget [USD]")).toBe("budget");
    expect(headerKey("Risk_ID")).toBe("riskid");
    expect(headerKey("Progress %")).toBe("progress");
    expect(headerKey("% Complete")).toBe("complete");
    expect(headerKey("Baseline\nFinish")).toBe("baselinefinish");
    expect(headerKey("(USD)")).toBe("usd");
    // Only a trailing bracket is a unit.
    expect(headerKey("Cost (AC) to date")).toBe("costactodate");
  });
});

describe("A1 addresses", () => {
  it("converts between column numbers and letters", () => {
    expect([1, 26, 27, 28, 52, 703].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "AZ", "AAA"]);
    expect(a1(12, 6)).toBe("F12");
    expect(parseA1("$AB$7")).toEqual({ row: 7, col: 28 });
    expect(parseA1("f12")).toEqual({ row: 12, col: 6 });
    expect(parseA1("Projects!F12")).toBeNull();
  });
});
