import { placeTemplateError } from "../../src/taskpane/templateErrors";

describe("placeTemplateError", () => {
  it("finds the table, column and property an error names", () => {
    expect(
      placeTemplateError(
        'Custom template: tables[0].columns[7].type: "text" cannot be used for projects.status',
      ),
    ).toEqual({ table: 0, column: 7, field: "type", message: '"text" cannot be used for projects.status' });
    expect(placeTemplateError("tables[2].columns[11].enum.values: must list at least 1 value")).toEqual({
      table: 2,
      column: 11,
      field: "enum",
      message: "must list at least 1 value",
    });
    expect(placeTemplateError("tables[1].key: is used twice")).toEqual({
      table: 1,
      column: null,
      field: null,
      message: "is used twice",
    });
  });

  it("leaves errors about the whole template unplaced", () => {
    expect(placeTemplateError("Custom template: version: must be 1")).toBeNull();
    expect(placeTemplateError("not JSON: Unexpected token")).toBeNull();
  });
});
