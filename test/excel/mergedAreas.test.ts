import { mergedAreasFromAddress } from "../../src/excel/mergedAreas";

describe("mergedAreasFromAddress", () => {
  it("reads each block of a RangeAreas address, 1-based", () => {
    expect(mergedAreasFromAddress("Sheet1!A1:B4, Sheet1!D1:D4")).toEqual([
      { top: 1, left: 1, bottom: 4, right: 2 },
      { top: 1, left: 4, bottom: 4, right: 4 },
    ]);
    expect(mergedAreasFromAddress("Projects!$AA$10:$AC$10")).toEqual([
      { top: 10, left: 27, bottom: 10, right: 29 },
    ]);
  });

  it("is not cut short by a comma or a ! inside a quoted sheet name", () => {
    expect(mergedAreasFromAddress("'Risks, Q1!'!A1:C1,'Risks, Q1!'!B3:B9")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 3, left: 2, bottom: 9, right: 2 },
    ]);
  });

  it("drops what is no merge: a lone cell, a malformed block, an empty address", () => {
    expect(mergedAreasFromAddress("Sheet1!A1, Sheet1!ZZZZ1:B2")).toEqual([]);
    expect(mergedAreasFromAddress("")).toEqual([]);
  });
});
