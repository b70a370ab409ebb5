import ExcelJS from "exceljs";
import type { DashboardPlan, SheetPlan } from "../../../src/core/plan/types";
import { dashboardXlsxPieces, writeDashboardXlsx } from "../../../src/file/dashboard/writeDashboardXlsx";
import { NODE_ZIP_CODEC } from "../../../src/file/zip/nodeZipCodec";
import { dashboardXlsxBytes } from "../../../src/xlsx/write/dashboard/dashboardXlsx";
import { chartsOfSheet, readParts, type PackageParts } from "./packageParts";
import { DASHBOARD, DATA, FORMULA_LIKE, samplePlan } from "./samplePlan";

const timestamp = new Date("2025-01-31T08:00:00Z");

let buffer: Buffer;
let workbook: ExcelJS.Workbook;
let parts: PackageParts;

beforeAll(async () => {
  buffer = await writeDashboardXlsx(samplePlan, { timestamp });
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  parts = await readParts(buffer);
});

function sheet(name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe("writeDashboardXlsx: cells and sheet settings (read back with ExcelJS)", () => {
  it("writes the sheets in plan order", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([DASHBOARD, DATA]);
  });

  it("writes values with their number formats", () => {
    const ws = sheet(DASHBOARD);
    expect(ws.getCell("A4").value).toBe(1085000);
    expect(ws.getCell("A4").numFmt).toBe("#,##0");
    expect(ws.getCell("B4").numFmt).toBe("0.00");
    // Stored as the serial; ExcelJS hands date-formatted serials back as Dates.
    expect(parts.part("xl/worksheets/sheet1.xml")).toMatch(/<c r="C4" s="\d+"><v>45688<\/v><\/c>/);
    expect(ws.getCell("C4").value).toEqual(new Date("2025-01-31T00:00:00Z"));
    expect(ws.getCell("C4").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("H7").numFmt).toBe("0%");
    expect(ws.getCell("A24").value).toBe(true);
    // A null value with a style is an empty, styled cell.
    expect(ws.getCell("B24").value).toBeNull();
    expect(ws.getCell("B24").font.color?.argb).toBe("FFC00000");
  });

  it("keeps formula-like text as literal shared strings, never formulas", () => {
    const ws = sheet(DASHBOARD);
    FORMULA_LIKE.forEach((text, i) => {
      expect(ws.getCell(19 + i, 1).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(19 + i, 1).value).toBe(text);
    });
    const xml = parts.part("xl/worksheets/sheet1.xml");
    expect(xml).not.toMatch(/<f[\s>]/);
    for (const row of [19, 20, 21, 22]) {
      expect(xml).toMatch(new RegExp(`<c r="A${row}" s="\\d+" t="s"><v>\\d+</v></c>`));
    }
    const shared = parts.part("xl/sharedStrings.xml");
    expect(shared).toContain("<t>=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)</t>");
    expect(shared).toContain("<t>@SUM(A1:A2)</t>");
  });

  it("resolves named styles through the theme", () => {
    const ws = sheet(DASHBOARD);
    expect(ws.getCell("A1").font).toMatchObject({
      name: "Calibri",
      bold: true,
      size: 18,
      color: { argb: "FF1F3864" },
    });
    expect(ws.getCell("A6").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF1F3864" },
    });
    expect(ws.getCell("A6").font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(ws.getCell("A6").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("A11").border.bottom).toMatchObject({ style: "thin", color: { argb: "FF1F3864" } });
    expect(ws.getCell("A19").font).toMatchObject({ italic: true, size: 9 });
    expect(ws.getCell("A19").alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell("A23").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
    expect(ws.getCell("A2").font).toMatchObject({ italic: true, size: 12, name: "Calibri" });
    // Unstyled cells take the workbook's default style, whose font is the theme font.
    expect(parts.part("xl/worksheets/sheet1.xml")).toMatch(/<c r="A7"( s="0")?[ />]/);
    expect(parts.part("xl/styles.xml")).toMatch(
      /<fonts count="\d+"><font><sz val="11"\/><name val="Calibri"\/><family val="2"\/><\/font>/,
    );
  });

  it("sets widths, freeze panes, gridlines, tab colour, merges and print setup", () => {
    const ws = sheet(DASHBOARD);
    expect(ws.getColumn(1).width).toBe(24);
    expect(ws.getColumn(6).width).toBe(16);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2, showGridLines: false });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F3864" });
    expect(ws.getCell("D1").isMerged).toBe(true);
    expect(ws.getCell("D1").master.address).toBe("A1");
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });

    const data = sheet(DATA);
    expect(data.views[0]).toMatchObject({ state: "normal" });
    expect(data.views[0]?.showGridLines).not.toBe(false);
    expect(data.properties.tabColor).toBeUndefined();
    expect(data.pageSetup).toMatchObject({ orientation: "portrait" });
    expect(data.pageSetup.fitToPage).toBeFalsy();
  });

  it("writes Excel tables over the existing cells without changing them", () => {
    const ws = sheet(DASHBOARD);
    const table = parts.part("xl/tables/table1.xml");
    expect(table).toMatch(/<table [^>]*name="RagCounts" displayName="RagCounts" ref="A6:B9"/);
    expect([...table.matchAll(/<tableColumn id="\d" name="(\w+)"/g)].map((m) => m[1])).toEqual([
      "RAG",
      "Projects",
    ]);
    expect(table).toContain('<tableStyleInfo name="TableStyleMedium2"');
    expect(parts.part("xl/tables/table2.xml")).toMatch(
      /name="ProjectCosts" displayName="ProjectCosts" ref="F6:I10"/,
    );
    expect(ws.getCell("A8").value).toBe("Amber");
    expect(ws.getCell("G8").value).toBe(410000);
    expect(ws.getCell("G8").numFmt).toBe("#,##0");
    expect(ws.getCell("F6").fill).toMatchObject({ fgColor: { argb: "FF1F3864" } });
  });

  it("writes every kind of conditional format", () => {
    // Read-back model ExcelJS keeps but does not declare in its typings.
    const { conditionalFormattings } = sheet(DASHBOARD) as unknown as {
      conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
    };
    const byRef = (ref: string) =>
      conditionalFormattings.filter((cf) => cf.ref === ref).flatMap((cf) => cf.rules);
    const rag = byRef("A7:A9");
    expect(rag.map((r) => (r.type === "expression" ? r.formulae : []))).toEqual([
      ['A7="Green"'],
      ['A7="Amber"'],
      ['A7="Red ""now"""'],
    ]);
    expect(rag[0]?.style?.fill).toMatchObject({ bgColor: { argb: "FFC6EFCE" } });
    expect(rag[0]?.style?.font).toMatchObject({ bold: true, color: { argb: "FF006100" } });
    expect(byRef("B7:B9")[0]).toMatchObject({ type: "cellIs", operator: "greaterThan", formulae: ["4"] });
    expect(byRef("B13:B16")[0]).toMatchObject({
      type: "cellIs",
      operator: "between",
      formulae: ["110", "150"],
    });
    expect(byRef("C13:C16")[0]).toMatchObject({
      type: "colorScale",
      cfvo: [
        { type: "num", value: 80 },
        { type: "num", value: 120 },
        { type: "num", value: 160 },
      ],
      color: [{ argb: "FFF8696B" }, { argb: "FFFFEB84" }, { argb: "FF63BE7B" }],
    });
    expect(byRef("D13:D16")[0]).toMatchObject({
      type: "iconSet",
      iconSet: "3TrafficLights1",
      cfvo: [
        { type: "percent", value: 0 },
        { type: "num", value: 0.9 },
        { type: "num", value: 1 },
      ],
    });
  });

  it("writes internal hyperlinks as locations without relationships", () => {
    const dash = parts.part("xl/worksheets/sheet1.xml");
    expect(dash).toContain(
      '<hyperlinks><hyperlink ref="A23" location="\'Bob\'\'s Data\'!A1" display="Open the data sheet"/></hyperlinks>',
    );
    expect(parts.part("xl/worksheets/sheet2.xml")).toContain(
      '<hyperlink ref="A1" location="\'PMO Dashboard\'!A1" display="Back to dashboard"/>',
    );
    for (const rels of parts.names.filter((n) => n.startsWith("xl/worksheets/_rels/"))) {
      expect(parts.part(rels)).not.toContain("hyperlink");
      expect(parts.part(rels)).not.toContain("External");
    }
    expect(sheet(DASHBOARD).getCell("A23").value).toBe("Open the data sheet");
  });
});

describe("writeDashboardXlsx: native charts (read back with JSZip)", () => {
  it("links one drawing per sheet with charts, after the existing table relationships", () => {
    const rels = parts.part("xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels).toContain(
      'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table"',
    );
    expect(rels).toContain(
      'Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"',
    );
    const xml = parts.part("xl/worksheets/sheet1.xml");
    expect(xml).toMatch(/<pageSetup [^>]*\/><drawing r:id="rId3"\/><tableParts count="2">/);
    expect(parts.part("xl/worksheets/sheet2.xml")).toMatch(
      /<pageSetup [^>]*\/><drawing r:id="rId1"\/><\/worksheet>$/,
    );
  });

  it("declares content types for every chart and drawing part", () => {
    const types = parts.part("[Content_Types].xml");
    for (let n = 1; n <= 8; n += 1) {
      expect(types).toContain(
        `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
    }
    for (const n of [1, 2]) {
      expect(types).toContain(
        `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
      );
    }
  });

  it("draws each planned chart with its type, ranges and caches", () => {
    const dashboardCharts = chartsOfSheet(parts, "xl/worksheets/sheet1.xml");
    const groups = dashboardCharts.map((xml) =>
      [...xml.matchAll(/<c:(\w+Chart)>/g)].map((m) => m[1]).join("+"),
    );
    expect(groups).toEqual([
      "doughnutChart",
      "barChart",
      "barChart",
      "lineChart",
      "scatterChart",
      "bubbleChart",
      "barChart+lineChart",
    ]);
    const [doughnut, column, bar] = dashboardCharts;
    expect(doughnut).toContain("<c:f>'PMO Dashboard'!$A$7:$A$9</c:f>");
    expect(doughnut).toContain('<c:pt idx="2"><c:v>Red</c:v></c:pt>');
    expect(column).toContain('<c:barDir val="col"/>');
    expect(column).toContain("<c:f>'PMO Dashboard'!$C$13:$C$16</c:f>");
    expect(bar).toContain('<c:barDir val="bar"/>');
    expect(bar).toContain('<c:pt idx="1"><c:v>Borealis</c:v></c:pt>');

    const [dataChart] = chartsOfSheet(parts, "xl/worksheets/sheet2.xml");
    expect(dataChart).toContain("<c:f>'Bob''s Data'!$B$3:$B$5</c:f>");
    expect(dataChart).toContain("<a:t>Bob's trend</a:t>");
  });

  it("anchors charts where the plan says", () => {
    const drawing = parts.part("xl/drawings/drawing1.xml");
    expect(drawing.match(/<xdr:twoCellAnchor /g)).toHaveLength(7);
    expect(drawing).toContain(
      "<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>24</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
        "<xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>39</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>",
    );
  });
});

describe("writeDashboardXlsx: output", () => {
  it("is byte-identical for the same plan and timestamp", async () => {
    const again = await writeDashboardXlsx(samplePlan, { timestamp });
    expect(again.equals(buffer)).toBe(true);
  });

  it("differs only in docProps/core.xml for another timestamp", async () => {
    const later = await readParts(
      await writeDashboardXlsx(samplePlan, { timestamp: new Date("2026-06-01T00:00:00Z") }),
    );
    expect(later.names).toEqual(parts.names);
    const changed = parts.names.filter((n) => later.part(n) !== parts.part(n));
    expect(changed).toEqual(["docProps/core.xml"]);
    expect(later.part("docProps/core.xml")).toContain("2026-06-01T00:00:00Z");
  });

  it("holds parts only (no folder entries)", () => {
    expect(parts.names.every((n) => !n.endsWith("/"))).toBe(true);
    expect(parts.names[0]).toBe("[Content_Types].xml");
  });
});

describe("writeDashboardXlsx: plan errors name the sheet, cell or chart", () => {
  const dashboard = samplePlan.sheets[0] as SheetPlan;
  const withSheets = (...sheets: SheetPlan[]): DashboardPlan => ({ theme: samplePlan.theme, sheets });

  it("rejects links to unknown sheets", async () => {
    const bad = {
      ...dashboard,
      blocks: [{ row: 2, col: 3, cells: [[{ value: "x", link: { sheet: "Nope", cell: "A1" } }]] }],
    };
    await expect(writeDashboardXlsx(withSheets(bad))).rejects.toThrow(
      'Sheet "PMO Dashboard", cell C2: link to unknown sheet "Nope"',
    );
  });

  it("rejects invalid and duplicate sheet names and duplicate chart ids", async () => {
    await expect(writeDashboardXlsx(withSheets({ ...dashboard, name: "a/b" }))).rejects.toThrow(
      'Sheet name "a/b" may not contain',
    );
    await expect(
      writeDashboardXlsx(withSheets(dashboard, { ...dashboard, name: "pmo dashboard", charts: [] })),
    ).rejects.toThrow("used twice");
    await expect(writeDashboardXlsx(withSheets(dashboard, { ...dashboard, name: "Copy" }))).rejects.toThrow(
      'Chart id "ragDistribution" is used twice in the plan',
    );
  });

  it("rejects a table without data rows", async () => {
    const bad = { ...dashboard, tables: [{ name: "Empty", range: "A6:B6", style: "TableStyleLight1" }] };
    await expect(writeDashboardXlsx(withSheets(bad, samplePlan.sheets[1] as SheetPlan))).rejects.toThrow(
      'Sheet "PMO Dashboard", table Empty (A6:B6): needs a header row and at least one data row',
    );
  });

  it("rejects a table name used twice in the workbook (Excel ignores case)", async () => {
    const data = samplePlan.sheets[1] as SheetPlan;
    const twice = { ...data, tables: [{ name: "ragcounts", range: "A1:B3", style: "TableStyleLight1" }] };
    await expect(writeDashboardXlsx(withSheets(dashboard, twice))).rejects.toThrow(
      `Sheet "${data.name}": the table name "ragcounts" is used twice in the workbook`,
    );
  });
});

describe("the dashboard as the zip's pieces (what the CLI writes)", () => {
  it("gives, piece after piece, the bytes of the whole workbook", async () => {
    const pieces = await dashboardXlsxPieces(samplePlan, { timestamp });
    expect(pieces.length).toBeGreaterThan(10);
    expect(Buffer.concat(pieces).equals(buffer)).toBe(true);
    expect(
      Buffer.from(dashboardXlsxBytes(samplePlan, { timestamp, codec: NODE_ZIP_CODEC })).equals(buffer),
    ).toBe(true);
  });
});

describe("writeDashboardXlsx: blocks that overlap or have holes", () => {
  it("writes each row's cells in column order, the later block winning, holes left empty", async () => {
    const dashboard = samplePlan.sheets[0] as SheetPlan;
    const holed: { value: string }[] = [];
    holed[0] = { value: "h1" };
    holed[3] = { value: "h4" };
    const sheetPlan: SheetPlan = {
      ...dashboard,
      name: "Overlap",
      charts: [],
      tables: [],
      merges: [],
      conditionalFormats: [],
      blocks: [
        { row: 2, col: 2, cells: [[{ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }]] },
        // Written after the first block: wins at C2 and D2, adds F2 past a hole at E2.
        {
          row: 2,
          col: 3,
          cells: [[{ value: "c" }, { value: "d" }, ...[undefined as never], { value: "f" }]],
        },
        // Sits left of the first block and is given last: the row still goes left to right.
        { row: 2, col: 1, cells: [[{ value: "a" }]] },
        { row: 4, col: 2, cells: [holed] },
      ],
    };
    const parts = await readParts(await writeDashboardXlsx({ theme: samplePlan.theme, sheets: [sheetPlan] }));
    const xml = parts.part("xl/worksheets/sheet1.xml");
    const row = (n: number) =>
      [
        ...(xml.match(new RegExp(`<row r="${n}"[^>]*>(.*?)</row>`))?.[1] ?? "").matchAll(
          /<c r="([A-Z]+\d+)"/g,
        ),
      ].map((m) => m[1]);
    expect(row(2)).toEqual(["A2", "B2", "C2", "D2", "E2", "F2"]);
    expect(row(4)).toEqual(["B4", "E4"]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await writeDashboardXlsx({ theme: samplePlan.theme, sheets: [sheetPlan] })) as unknown as ArrayBuffer,
    );
    const ws = book.getWorksheet("Overlap") as ExcelJS.Worksheet;
    expect(["A2", "B2", "C2", "D2", "E2", "F2"].map((a) => ws.getCell(a).value)).toEqual([
      "a",
      1,
      "c",
      "d",
      4,
      "f",
    ]);
    expect(["B4", "C4", "D4", "E4"].map((a) => ws.getCell(a).value)).toEqual(["h1", null, null, "h4"]);
  });
});
