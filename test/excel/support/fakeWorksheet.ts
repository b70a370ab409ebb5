/** Worksheets in the test double: names unique (case-insensitive), at most 31 characters, no `:\/?*[]`. */
import { MAX_COLUMNS, MAX_ROWS, parseBounds, splitSheet } from "./fakeA1";
import { FakeChartCollection } from "./fakeCharts";
import { FakeCollection } from "./fakeCollection";
import type { FakeContext } from "./fakeContext";
import { officeError } from "./fakeErrors";
import { FakeObject } from "./fakeObject";
import { FakeRange } from "./fakeRange";
import type { FakeSheet, FakeWorkbookState } from "./fakeState";
import { newSheet } from "./fakeState";
import { FakeTableCollection } from "./fakeTables";

export function checkSheetName(state: FakeWorkbookState, name: string, self?: FakeSheet): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw officeError("InvalidArgument", `'${name}' is not a valid sheet name.`, "Worksheet.name");
  }
  if (state.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) {
    throw officeError("ItemAlreadyExists", `A sheet named '${name}' already exists.`, "Worksheet.name");
  }
}

function usedBounds(sheet: FakeSheet, valuesOnly: boolean) {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  sheet.cells.forEach((cell, key) => {
    const hasFormat =
      cell.numberFormat !== "General" || Object.keys(cell.format).length > 0 || cell.hyperlink;
    if (cell.value === "" && cell.formula === undefined && (valuesOnly || !hasFormat)) return;
    const [r, c] = key.split(",").map(Number) as [number, number];
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  });
  return bottom === 0 ? null : { top, left, bottom, right };
}

class FreezePanes extends FakeObject<FakeSheet> {
  constructor(ctx: FakeContext, r: () => FakeSheet | null) {
    super(ctx, r, "WorksheetFreezePanes");
  }
  protected readProperty(): unknown {
    throw officeError("InvalidArgument", "Freeze panes are write-only in the test double.");
  }
  /**
   * Freezing acts on the active sheet's window view: a freeze queued for another sheet lands on the
   * sheet that is active when it runs (OfficeDev/office-js#3148, #2196).
   */
  private viewOf(s: FakeSheet): FakeSheet {
    const state = this.ctx.state;
    return state.sheets.find((o) => o.id === state.activeSheetId) ?? s;
  }
  freezeRows(count: number): void {
    this.queue("freezeRows", count, (s) => (this.viewOf(s).freeze = { rows: count, cols: 0 }));
  }
  freezeColumns(count: number): void {
    this.queue("freezeColumns", count, (s) => (this.viewOf(s).freeze = { rows: 0, cols: count }));
  }
  freezeAt(range: FakeRange): void {
    this.queue("freezeAt", "Range", (s) => {
      const b = range.entity().bounds;
      if (b.top !== 1 || b.left !== 1)
        throw officeError("InvalidArgument", "freezeAt needs a range starting at A1 here.");
      this.viewOf(s).freeze = { rows: b.bottom, cols: b.right };
    });
  }
}

class PageLayout extends FakeObject<FakeSheet> {
  constructor(ctx: FakeContext, r: () => FakeSheet | null) {
    super(ctx, r, "PageLayout");
  }
  protected readProperty(s: FakeSheet, name: string): unknown {
    if (name === "orientation") return s.pageLayout.orientation;
    throw officeError("InvalidArgument", `PageLayout.${name} is not modelled.`);
  }
  set orientation(v: string) {
    this.queue("orientation", v, (s) => {
      if (v !== "Portrait" && v !== "Landscape")
        throw officeError("InvalidArgument", `Bad orientation ${v}.`);
      s.pageLayout.orientation = v;
    });
  }
  /**
   * PageLayoutZoomOptions (ExcelApi 1.9 reference): `scale`, or numbers of pages to fit to. A fit of
   * 0 pages ("automatic") is not documented and is refused here; even documented fits are reported
   * not to apply unless the Page Layout tab was shown (OfficeDev/office-js#1860), which the double
   * cannot model: docs/addin.md lists it as checked by hand.
   */
  set zoom(v: Record<string, unknown>) {
    this.queue("zoom", v, (s) => {
      for (const key of ["horizontalFitToPages", "verticalFitToPages"]) {
        const n = v[key];
        if (n !== undefined && !(typeof n === "number" && Number.isInteger(n) && n >= 1)) {
          throw officeError("InvalidArgument", `PageLayout.zoom.${key} ${String(n)} is not documented.`);
        }
      }
      s.pageLayout.zoom = { ...v };
    });
  }
  setPrintArea(address: string): void {
    this.queue("setPrintArea", address, (s) => {
      if (parseBounds(address) === null) throw officeError("InvalidArgument", `Bad print area ${address}.`);
      s.pageLayout.printArea = address;
    });
  }
}

export class FakeWorksheet extends FakeObject<FakeSheet> {
  constructor(ctx: FakeContext, resolver: () => FakeSheet | null) {
    super(ctx, resolver, "Worksheet");
  }
  protected override isGone(s: FakeSheet): boolean {
    return s.deleted;
  }
  protected readProperty(s: FakeSheet, name: string): unknown {
    switch (name) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "visibility":
        return s.visibility;
      case "position":
        return this.ctx.state.sheets.indexOf(s);
      case "tabColor":
        return s.tabColor;
      case "showGridlines":
        return s.showGridlines;
      default:
        throw officeError("InvalidArgument", `Worksheet.${name} is not modelled.`);
    }
  }
  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.queue("name", v, (s) => {
      checkSheetName(this.ctx.state, v, s);
      s.name = v;
    });
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.queue("visibility", v, (s) => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
        throw officeError("InvalidArgument", `Bad visibility ${v}.`);
      s.visibility = v;
    });
  }
  get position(): number {
    return this.get("position");
  }
  set tabColor(v: string) {
    this.queue("tabColor", v, (s) => (s.tabColor = v));
  }
  set showGridlines(v: boolean) {
    this.queue("showGridlines", v, (s) => (s.showGridlines = v));
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, () => this.tryEntity());
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, () => this.tryEntity(), "ChartCollection");
  }
  get freezePanes(): FreezePanes {
    return new FreezePanes(this.ctx, () => this.tryEntity());
  }
  get pageLayout(): PageLayout {
    return new PageLayout(this.ctx, () => this.tryEntity());
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.entity();
      if (address === undefined)
        return { sheet, bounds: { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS } };
      const { sheet: named, local } = splitSheet(address);
      const bounds = parseBounds(local);
      if (!bounds || (named !== null && named.toLowerCase() !== sheet.name.toLowerCase())) {
        throw officeError("InvalidArgument", `Bad range address ${address}.`, "Worksheet.getRange");
      }
      return { sheet, bounds };
    });
  }
  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      if (
        row < 0 ||
        col < 0 ||
        rowCount < 1 ||
        colCount < 1 ||
        row + rowCount > MAX_ROWS ||
        col + colCount > MAX_COLUMNS
      ) {
        throw officeError(
          "InvalidArgument",
          "Range indexes are out of bounds.",
          "Worksheet.getRangeByIndexes",
        );
      }
      return {
        sheet: this.entity(),
        bounds: { top: row + 1, left: col + 1, bottom: row + rowCount, right: col + colCount },
      };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.entity();
      const bounds = usedBounds(sheet, valuesOnly);
      return bounds ? { sheet, bounds } : null;
    });
  }
  activate(): void {
    this.queue("activate", null, (s) => {
      if (s.visibility !== "Visible")
        throw officeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.ctx.state.activeSheetId = s.id;
    });
  }
  delete(): void {
    this.queue("delete", null, (s) => {
      const state = this.ctx.state;
      // Worksheet.delete reference: a very hidden sheet cannot be deleted; change its visibility first.
      if (s.visibility === "VeryHidden") {
        throw officeError("InvalidOperation", "A very hidden sheet cannot be deleted.", "Worksheet.delete");
      }
      if (!state.sheets.some((o) => o !== s && o.visibility === "Visible")) {
        throw officeError(
          "InvalidOperation",
          "The last visible sheet cannot be deleted.",
          "Worksheet.delete",
        );
      }
      state.sheets = state.sheets.filter((o) => o !== s);
      s.deleted = true;
      if (state.activeSheetId === s.id)
        state.activeSheetId = state.sheets.find((o) => o.visibility === "Visible")?.id;
      if (state.selection?.sheetId === s.id) delete state.selection;
    });
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorkbookState, FakeSheet, FakeWorksheet> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.state, "WorksheetCollection");
  }
  protected list(state: FakeWorkbookState): FakeSheet[] {
    return state.sheets;
  }
  protected itemProxy(s: FakeSheet): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => s);
  }
  /** Office.js finds a sheet by name (case-insensitive) or by id. */
  private find(key: string): FakeSheet | null {
    return (
      this.ctx.state.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase()) ?? null
    );
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const found = this.find(name);
      if (!found)
        throw officeError("ItemNotFound", `No sheet named '${name}'.`, "WorksheetCollection.getItem");
      return found;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.find(name));
  }
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.queue("add", { name }, (state) => {
      let sheetName = name;
      if (sheetName === undefined) {
        let n = state.sheets.length + 1;
        while (this.find(`Sheet${n}`)) n++;
        sheetName = `Sheet${n}`;
      }
      checkSheetName(state, sheetName);
      created = newSheet(state, sheetName);
      state.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, () => created);
  }
}
