import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import type { RawSheet, RawWorkbook } from "../../src/core/model/raw";
import { readXlsxFile } from "../../src/file/readXlsx";
import { formatsOf, plainSheet, valuesOf } from "../support/rawGrid";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pmo-read-xlsx-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function roundTrip(build: (workbook: Workbook) => void, name = "tracker.xlsx"): Promise<RawWorkbook> {
  const workbook = new Workbook();
  build(workbook);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return readXlsxFile(path);
}

function sheetNamed(workbook: RawWorkbook, name: string): RawSheet {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Value at a sheet address, through the grid origin (null when outside a ragged row). */
function valueAt(sheet: RawSheet, row: number, col: number): unknown {
  return sheet.cells.value(row - sheet.top, col - sheet.left);
}

function formatAt(sheet: RawSheet, row: number, col: number): string | null {
  return sheet.cells.format(row - sheet.top, col - sheet.left);
}

describe("readXlsxFile on ExcelJS-written workbooks", () => {
  test("the grid starts at the used range origin, with title rows above the header kept", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("Projects");
      ws.getCell("C2").value = "Portfolio tracker";
      ["Project ID", "Name", "Budget ($)"].forEach((header, i) => (ws.getCell(4, 2 + i).value = header));
      ws.getCell("B5").value = "P-1";
      ws.getCell("C5").value = "  Apollo  ";
      ws.getCell("D5").value = 1200;
      ws.getCell("A1").numFmt = "0.00"; // formatting alone does not extend the used range
    });
    expect(book.file).toBe("tracker.xlsx");
    expect(book.date1904).toBe(false);
    const sheet = sheetNamed(book, "Projects");
    expect(sheet.top).toBe(2);
    expect(sheet.left).toBe(2);
    expect(valuesOf(sheet)).toEqual([
      [null, "Portfolio tracker"],
      [],
      ["Project ID", "Name", "Budget ($)"],
      ["P-1", "  Apollo  ", 1200],
    ]);
    expect(sheet.uncalculated).toEqual([]);
    expect(sheet.merges).toEqual([]);
  });

  test("dates in the 1900 system come back as serials with their format", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("Milestones");
      ws.getCell("A1").value = new Date(Date.UTC(2026, 2, 31));
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
      ws.getCell("A2").value = new Date(Date.UTC(1900, 2, 1));
      ws.getCell("A2").numFmt = "dd/mm/yyyy";
      ws.getCell("A3").value = new Date(Date.UTC(2026, 0, 2, 12));
      ws.getCell("A3").numFmt = "yyyy-mm-dd hh:mm";
    });
    const sheet = sheetNamed(book, "Milestones");
    expect(book.date1904).toBe(false);
    expect(valuesOf(sheet)).toEqual([[46112], [61], [46024.5]]);
    expect(formatsOf(sheet)).toEqual([["yyyy-mm-dd"], ["dd/mm/yyyy"], ["yyyy-mm-dd hh:mm"]]);
  });

  test("dates in a 1904 workbook come back as 1904 serials and date1904 is set", async () => {
    const book = await roundTrip((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("Milestones");
      ws.getCell("A1").value = new Date(Date.UTC(2026, 2, 31));
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
      ws.getCell("A2").value = new Date(Date.UTC(1904, 0, 1));
      ws.getCell("A2").numFmt = "yyyy-mm-dd";
    }, "mac.xlsx");
    expect(book.date1904).toBe(true);
    // 2026-03-31 is 46112 in the 1900 system and 46112 − 1462 in the 1904 system.
    expect(valuesOf(sheetNamed(book, "Milestones"))).toEqual([[44650], [0]]);
  });

  test("percent, currency and General cells keep their number formats", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("Projects");
      ws.getCell("A1").value = 0.45;
      ws.getCell("A1").numFmt = "0%";
      ws.getCell("B1").value = 1500.5;
      ws.getCell("B1").numFmt = '"$"#,##0.00';
      ws.getCell("C1").value = 7;
      ws.getCell("D1").value = true;
    });
    const sheet = sheetNamed(book, "Projects");
    expect(valuesOf(sheet)).toEqual([[0.45, 1500.5, 7, true]]);
    expect(formatsOf(sheet)).toEqual([["0%", '"$"#,##0.00', null, null]]);
  });

  test("formulas give their cached result; formulas without one are null and listed", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("Costs");
      ws.getCell("A1").value = 5;
      ws.getCell("B1").value = { formula: "A1*2", result: 10 };
      ws.getCell("C1").value = { formula: "A1*3" };
      ws.getCell("D1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("E1").value = { formula: 'IF(A1>1,"big","small")', result: "big" };
      ws.getCell("F1").value = { formula: "DATE(2026,3,31)", result: new Date(Date.UTC(2026, 2, 31)) };
      ws.getCell("F1").numFmt = "yyyy-mm-dd";
      ws.getCell("A2").value = 1;
      ws.getCell("A3").value = 2;
      ws.getCell("A4").value = 3;
      ws.fillFormula("B2:B4", "A2*10", [10, 20, 30]);
      ws.fillFormula("C2:C4", "A2*100");
    });
    const sheet = sheetNamed(book, "Costs");
    expect(valuesOf(sheet)).toEqual([
      [5, 10, null, "#DIV/0!", "big", 46112],
      [1, 10, null],
      [2, 20, null],
      [3, 30, null],
    ]);
    expect(formatAt(sheet, 1, 6)).toBe("yyyy-mm-dd");
    expect(sheet.uncalculated).toEqual(["C1", "C2", "C3", "C4"]);
  });

  test("error values become their text", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("Risks");
      ws.getCell("A1").value = { error: "#N/A" };
      ws.getCell("A2").value = { error: "#REF!" };
    });
    expect(valuesOf(sheetNamed(book, "Risks"))).toEqual([["#N/A"], ["#REF!"]]);
  });

  test("a merged range keeps its value only in the top-left cell and is listed", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("Projects");
      ws.getCell("B2").value = "Q1 plan";
      ws.mergeCells("B2:D3");
      ws.getCell("A5").value = "x";
      ws.mergeCells("A5:A6");
    });
    const sheet = sheetNamed(book, "Projects");
    expect(sheet.top).toBe(2);
    expect(sheet.left).toBe(1);
    expect(valueAt(sheet, 2, 2)).toBe("Q1 plan");
    expect(valueAt(sheet, 2, 3)).toBeNull();
    expect(valueAt(sheet, 3, 4)).toBeNull();
    expect(valueAt(sheet, 6, 1)).toBeNull();
    expect(sheet.merges).toEqual([
      { top: 2, left: 2, bottom: 3, right: 4 },
      { top: 5, left: 1, bottom: 6, right: 1 },
    ]);
  });

  test("Excel tables are listed with their range and header flag", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("Risks");
      ws.getCell("A1").value = "Risk register";
      ws.addTable({
        name: "RiskLog",
        ref: "B3",
        headerRow: true,
        columns: [{ name: "Risk ID" }, { name: "Probability" }],
        rows: [
          ["R-1", 3],
          ["R-2", 4],
        ],
      });
      ws.addTable({
        name: "Bare",
        ref: "E3",
        headerRow: false,
        columns: [{ name: "a" }, { name: "b" }, { name: "c" }],
        rows: [[1, 2, 3]],
      });
    });
    const sheet = sheetNamed(book, "Risks");
    expect(sheet.listObjects).toEqual([
      { name: "RiskLog", top: 3, left: 2, bottom: 5, right: 3, hasHeader: true, totalsRowCount: 0 },
      { name: "Bare", top: 3, left: 5, bottom: 3, right: 7, hasHeader: false, totalsRowCount: 0 },
    ]);
    expect(valueAt(sheet, 3, 2)).toBe("Risk ID");
    expect(valueAt(sheet, 5, 3)).toBe(4);
  });

  test("rich text and hyperlinks become their plain text", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("Projects");
      ws.getCell("A1").value = { richText: [{ text: "Rich " }, { text: "text", font: { bold: true } }] };
      ws.getCell("A2").value = { text: "Charter", hyperlink: "https://example.com/charter" };
      ws.getCell("A3").value = "=HYPERLINK(1)";
    });
    expect(valuesOf(sheetNamed(book, "Projects"))).toEqual([["Rich text"], ["Charter"], ["=HYPERLINK(1)"]]);
  });

  test("hidden and very hidden sheets are included, in workbook order", async () => {
    const book = await roundTrip((wb) => {
      wb.addWorksheet("Projects").getCell("A1").value = "P-1";
      wb.addWorksheet("Lists", { state: "hidden" }).getCell("A1").value = "High";
      wb.addWorksheet("Secret", { state: "veryHidden" }).getCell("C3").value = 1;
      wb.addWorksheet("Empty");
    });
    expect(book.sheets.map((s) => s.name)).toEqual(["Projects", "Lists", "Secret", "Empty"]);
    expect(valuesOf(sheetNamed(book, "Lists"))).toEqual([["High"]]);
    expect(plainSheet(sheetNamed(book, "Secret"))).toMatchObject({ top: 3, left: 3, values: [[1]] });
    expect(plainSheet(sheetNamed(book, "Empty"))).toMatchObject({ top: 1, left: 1, values: [] });
  });

  test("the file name can be given instead of the path's base name", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("S").getCell("A1").value = 1;
    const path = join(dir, "upload-123.tmp");
    await workbook.xlsx.writeFile(path);
    const book = await readXlsxFile(path, { fileName: "alpha.xlsx" });
    expect(book.file).toBe("alpha.xlsx");
  });
});

describe("readXlsxFile with onlySheets", () => {
  test("reads the named sheets only and leaves the others out, unread", async () => {
    const path = join(dir, "three-sheets.xlsx");
    const workbook = new Workbook();
    for (const name of ["Projects", "PMO History", "Risks"])
      workbook.addWorksheet(name).getCell("A1").value = name;
    await workbook.xlsx.writeFile(path);
    const only = await readXlsxFile(path, { onlySheets: ["PMO History", "Not there"] });
    expect(only.sheets.map((s) => s.name)).toEqual(["PMO History"]);
    expect(valueAt(sheetNamed(only, "PMO History"), 1, 1)).toBe("PMO History");
    expect((await readXlsxFile(path)).sheets.map((s) => s.name)).toEqual([
      "Projects",
      "PMO History",
      "Risks",
    ]);
  });
});
