import { createFakeExcel, seedSheet } from "./support/fakeExcel";

describe("Excel test double", () => {
  it("throws PropertyNotLoaded on a read before load and sync, and reads after", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "Data", values: [["a", 1]] });
    const context = fake.newContext();
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.load("name");
    // The point of this test is the read the lint rules forbid: the double must throw on it.
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
    expect(() => sheet.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(sheet.name).toBe("Data");
    const range = sheet.getRange("A1:B1");
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    expect(() => range.values).toThrow(/not available/);
  });

  it("queues writes until sync and applies them in order", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "Data", values: [[""]] });
    const context = fake.newContext();
    const range = context.workbook.worksheets.getItem("Data").getRange("A1");
    range.values = [["first"]];
    range.values = [["second"]];
    expect(fake.state.sheets[0]?.cells.get("1,1")?.value).toBe("");
    await context.sync();
    expect(fake.state.sheets[0]?.cells.get("1,1")?.value).toBe("second");
    expect(fake.syncs).toHaveLength(1);
    expect(fake.syncs[0]?.requestBytes).toBeGreaterThan(JSON.stringify([["second"]]).length);
  });

  it("turns =, +, -, @ text into formulas even in a text-formatted cell, unless it has a quote prefix", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "S", values: [["", "", "", "", ""]] });
    const context = fake.newContext();
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1:B1").values = [["=1+1", "-1+1"]];
    sheet.getRange("C1:D1").numberFormat = [["@", "@"]];
    sheet.getRange("C1:D1").values = [["=1+1", "00123"]];
    sheet.getRange("E1").values = [["'=1+1"]];
    await context.sync();
    const cells = fake.state.sheets[0]?.cells;
    expect(cells?.get("1,1")?.formula).toBe("=1+1");
    expect(cells?.get("1,2")?.formula).toBe("=-1+1");
    // The Range.values reference: = + - text is a formula; no documented format prevents it.
    expect(cells?.get("1,3")?.formula).toBe("=1+1");
    expect(cells?.get("1,4")?.value).toBe("00123");
    expect(cells?.get("1,5")).toMatchObject({ value: "=1+1", quotePrefix: true });
    expect(cells?.get("1,5")?.formula).toBeUndefined();
  });

  it("writes valuesAsJson only where ExcelApi 1.16 is supported, a String always literal", async () => {
    const write = async (excelApiMinor: number) => {
      const fake = createFakeExcel({ excelApiMinor });
      seedSheet(fake.state, { name: "S", values: [[""]] });
      const context = fake.newContext();
      context.workbook.worksheets.getItem("S").getRange("A1:B1").valuesAsJson = [
        [
          { type: "String", basicValue: "=1+1" },
          { type: "Double", basicValue: 2 },
        ],
      ];
      await context.sync();
      return fake.state.sheets[0]?.cells;
    };
    const cells = await write(16);
    expect(cells?.get("1,1")).toMatchObject({ value: "=1+1" });
    expect(cells?.get("1,1")?.formula).toBeUndefined();
    expect(cells?.get("1,2")?.value).toBe(2);
    await expect(write(9)).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("reports missing items as null objects, and as ItemNotFound from getItem at sync", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "Data", values: [[1]] });
    const context = fake.newContext();
    const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
    missing.load("name");
    // eslint-disable-next-line office-addins/call-sync-before-read
    expect(() => missing.isNullObject).toThrow(/isNullObject/);
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    context.workbook.worksheets.getItem("Nope").load("name");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("rejects a request over 5 MB without applying any of it", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "Data", values: [[""]] });
    const context = fake.newContext();
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    context.workbook.worksheets.getItem("Data").getRange("A1:A60000").values = big;
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.state.sheets[0]?.cells.size).toBe(1);
  });

  it("fails the chosen sync after applying the chosen number of operations", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "Data", values: [[""]] });
    fake.failSync(1, { applyFirst: 1, code: "InvalidArgument" });
    const context = fake.newContext();
    context.workbook.worksheets.add("One");
    context.workbook.worksheets.add("Two");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Data", "One"]);
    expect(fake.syncs[0]?.failed).toBe(true);
  });

  it("fails a named operation and refuses batches that end with unsynced work", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "Data", values: [[""]] });
    fake.failOperation("WorksheetCollection.add", "AccessDenied");
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.add("One");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.add("Two");
      }),
    ).rejects.toThrow(/never synced/);
  });

  it("keeps sheet and table names unique and refuses to delete the last visible sheet", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "Data", values: [[""]] });
    const context = fake.newContext();
    context.workbook.worksheets.add("data");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    context.workbook.worksheets.getItem("Data").delete();
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("lists a range's conditional formats, reads a custom rule back after load + sync, and deletes one", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, {
      name: "Data",
      values: [
        [1, 2],
        [3, 4],
      ],
    });
    const context = fake.newContext();
    const sheet = context.workbook.worksheets.getItem("Data");
    const custom = sheet.getRange("B2").conditionalFormats.add("Custom");
    custom.custom.rule.formula = "=B2>3";
    custom.custom.format.fill.color = "#FF0000";
    sheet.getRange("A1").conditionalFormats.add("CellValue");
    await context.sync();
    // Only the formats that intersect the range are its items.
    const formats = sheet.getRange("B1:B2").conditionalFormats.load("items/type");
    await context.sync();
    expect(formats.items.map((f) => f.type)).toEqual(["Custom"]);
    const [first] = formats.items;
    if (first === undefined) throw new Error("no format");
    const rule = first.custom.rule.load("formula");
    expect(() => rule.formula).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(rule.formula).toBe("=B2>3");
    first.delete();
    await context.sync();
    expect(fake.state.sheets[0]?.conditionalFormats.map((f) => f.type)).toEqual(["CellValue"]);
    first.delete();
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("records the selection of Range.select() and refuses to select on a hidden sheet", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "My Data", values: [[""]] });
    seedSheet(fake.state, { name: "Hidden", values: [[""]], visibility: "Hidden" });
    const context = fake.newContext();
    context.workbook.worksheets.getItem("My Data").getRange("C3").select();
    await context.sync();
    expect(fake.state.selection).toEqual({ sheetId: fake.state.sheets[0]?.id, address: "'My Data'!C3" });
    expect(fake.state.activeSheetId).toBe(fake.state.sheets[0]?.id);
    context.workbook.worksheets.getItem("Hidden").getRange("A1").select();
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
