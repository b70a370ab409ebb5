import { blankRowFactory, STANDARD_BLANK_ROWS } from "../../../src/core/read/blankRows";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";

const src = { file: "pm.xlsx", sheet: "Allocations", row: 7 };

describe("blank rows", () => {
  it("has a literal for every standard table, src first then the template's columns in order, all null", () => {
    expect([...STANDARD_BLANK_ROWS.keys()].sort()).toEqual(STANDARD_TEMPLATE.tables.map((t) => t.key).sort());
    for (const table of STANDARD_TEMPLATE.tables) {
      const row = (STANDARD_BLANK_ROWS.get(table.key) as (s: typeof src) => Record<string, unknown>)(src);
      expect(Object.keys(row)).toEqual(["src", ...table.columns.map((c) => c.key)]);
      expect(row["src"]).toBe(src);
      expect(Object.values(row).filter((v) => v !== null)).toEqual([src]);
    }
  });

  it("uses the standard literal when the keys are the standard ones in their order", () => {
    const keys = ["src", "resource", "projectId", "month", "plannedHours", "actualHours"];
    expect(blankRowFactory("allocations", keys)).toBe(STANDARD_BLANK_ROWS.get("allocations"));
  });

  it("makes rows with exactly the given keys otherwise: a custom table, an extra column, another order", () => {
    const cases: [string, string[]][] = [
      ["vendors", ["src", "vendor", "contract"]],
      ["allocations", ["src", "resource", "projectId", "month", "plannedHours", "actualHours", "costCentre"]],
      ["allocations", ["src", "projectId", "resource", "month", "plannedHours", "actualHours"]],
    ];
    for (const [table, keys] of cases) {
      const make = blankRowFactory(table, keys);
      expect(make).not.toBe(STANDARD_BLANK_ROWS.get(table));
      const a = make(src);
      const b = make({ ...src, row: 8 });
      expect(Object.keys(a)).toEqual(keys);
      expect(
        Object.entries(a)
          .filter(([key]) => key !== "src")
          .every(([, v]) => v === null),
      ).toBe(true);
      expect(a["src"]).toBe(src);
      expect(b["src"]).toEqual({ ...src, row: 8 });
      // Each call is a new row: filling one leaves the next blank.
      a[keys[1] as string] = "x";
      expect(make(src)[keys[1] as string]).toBeNull();
    }
  });
});
