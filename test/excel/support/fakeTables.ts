/** Tables (ListObjects) in the test double; names are unique across the workbook, as in Excel. */
import { cellKey, parseBounds, splitSheet } from "./fakeA1";
import { FakeCollection } from "./fakeCollection";
import type { FakeContext } from "./fakeContext";
import { officeError } from "./fakeErrors";
import { FakeObject } from "./fakeObject";
import { FakeRange } from "./fakeRange";
import type { FakeSheet, FakeTable, FakeWorkbookState } from "./fakeState";
import { ensureCell, getCell, newId } from "./fakeState";
import { FakeWorksheet } from "./fakeWorksheet";

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/;

export function allTables(state: FakeWorkbookState): FakeTable[] {
  return state.sheets.flatMap((s) => s.tables);
}

function checkTableName(state: FakeWorkbookState, name: string, self?: FakeTable): void {
  if (!TABLE_NAME.test(name) || parseBounds(name) !== null) {
    throw officeError("InvalidArgument", `'${name}' is not a valid table name.`, "Table.name");
  }
  const clash = allTables(state).find((t) => t !== self && t.name.toLowerCase() === name.toLowerCase());
  if (clash) throw officeError("ItemAlreadyExists", `A table named '${name}' already exists.`, "Table.name");
}

export class FakeTableProxy extends FakeObject<FakeTable> {
  constructor(ctx: FakeContext, resolver: () => FakeTable | null) {
    super(ctx, resolver, "Table");
  }
  protected override isGone(t: FakeTable): boolean {
    return t.sheet.deleted || !t.sheet.tables.includes(t);
  }
  protected readProperty(t: FakeTable, name: string): unknown {
    if (name === "name") return t.name;
    if (name === "showHeaders") return t.showHeaders;
    if (name === "style") return t.style;
    if (name === "id") return t.id;
    throw officeError("InvalidArgument", `Table.${name} is not modelled.`);
  }
  protected override navigation(name: string): FakeObject<unknown> {
    if (name === "worksheet") return this.worksheet as FakeObject<unknown>;
    return super.navigation(name);
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.queue("name", v, (t) => {
      checkTableName(this.ctx.state, v, t);
      t.name = v;
    });
  }
  get showHeaders(): boolean {
    return this.get("showHeaders");
  }
  set style(v: string) {
    this.queue("style", v, (t) => (t.style = v));
  }
  private worksheetProxy: FakeWorksheet | undefined;
  /** The same proxy every time, so `load("worksheet/id")` is readable through it (as in Office.js). */
  get worksheet(): FakeWorksheet {
    this.worksheetProxy ??= new FakeWorksheet(this.ctx, () => this.tryEntity()?.sheet ?? null);
    return this.worksheetProxy;
  }
  get columns(): FakeTableColumnCollection {
    return new FakeTableColumnCollection(this.ctx, () => this.tryEntity());
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.tryEntity();
      return t ? { sheet: t.sheet, bounds: t.bounds } : null;
    });
  }
}

/** `sheet.tables` (owner = the sheet) or `workbook.tables` (owner = null: every sheet). */
export class FakeTableCollection extends FakeCollection<FakeSheet | "workbook", FakeTable, FakeTableProxy> {
  constructor(ctx: FakeContext, resolver: () => FakeSheet | "workbook" | null) {
    super(ctx, resolver, "TableCollection");
  }
  protected list(owner: FakeSheet | "workbook"): FakeTable[] {
    return owner === "workbook" ? allTables(this.ctx.state) : owner.tables;
  }
  protected itemProxy(t: FakeTable): FakeTableProxy {
    return new FakeTableProxy(this.ctx, () => t);
  }
  /** The table named `name` (any case); ItemNotFound at sync when there is none. */
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.ctx, () => {
      const owner = this.entity();
      return this.list(owner).find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
    });
  }
  add(address: string | FakeRange, hasHeaders: boolean): FakeTableProxy {
    let created: FakeTable | null = null;
    const payload = typeof address === "string" ? { address, hasHeaders } : { range: "Range", hasHeaders };
    this.queue("add", payload, (owner) => {
      const state = this.ctx.state;
      let sheet: FakeSheet;
      let bounds;
      if (typeof address === "string") {
        const { sheet: sheetName, local } = splitSheet(address);
        const named = state.sheets.find((s) => s.name.toLowerCase() === sheetName?.toLowerCase());
        const target = owner === "workbook" ? named : owner;
        bounds = parseBounds(local);
        if (!target || !bounds)
          throw officeError("InvalidArgument", `Bad table address ${address}.`, "TableCollection.add");
        sheet = target;
      } else {
        const ref = address.entity();
        sheet = ref.sheet;
        bounds = ref.bounds;
      }
      const b = bounds;
      const overlap = sheet.tables.some(
        (t) =>
          t.bounds.left <= b.right &&
          t.bounds.right >= b.left &&
          t.bounds.top <= b.bottom &&
          t.bounds.bottom >= b.top,
      );
      if (overlap)
        throw officeError("InvalidOperation", "A table cannot overlap another table.", "TableCollection.add");
      let n = allTables(state).length + 1;
      while (allTables(state).some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      created = {
        id: newId(state, "TABLE"),
        name: `Table${n}`,
        sheet,
        bounds: b,
        showHeaders: hasHeaders,
        style: "TableStyleMedium2",
      };
      sheet.tables.push(created);
    });
    return new FakeTableProxy(this.ctx, () => created);
  }
}

/** A table column: its header cell's text and index; `delete()` removes the table's last column only. */
interface ColumnRef {
  readonly table: FakeTable;
  readonly index: number;
}

function columnName(ref: ColumnRef): string {
  const cell = getCell(ref.table.sheet, ref.table.bounds.top, ref.table.bounds.left + ref.index);
  return String(cell?.value ?? "");
}

export class FakeTableColumn extends FakeObject<ColumnRef> {
  constructor(ctx: FakeContext, resolver: () => ColumnRef | null) {
    super(ctx, resolver, "TableColumn");
  }
  protected readProperty(ref: ColumnRef, name: string): unknown {
    if (name === "name") return columnName(ref);
    if (name === "index") return ref.index;
    throw officeError("InvalidArgument", `TableColumn.${name} is not modelled.`);
  }
  get name(): string {
    return this.get("name");
  }
  /** Removes the column's cells from the table and clears them (the double supports the last column). */
  delete(): void {
    this.queue("delete", null, (ref) => {
      const b = ref.table.bounds;
      if (ref.index !== b.right - b.left) {
        throw officeError("InvalidOperation", "The test double deletes only a table's last column.");
      }
      for (let r = b.top; r <= b.bottom; r++) ref.table.sheet.cells.delete(cellKey(r, b.right));
      ref.table.bounds = { ...b, right: b.right - 1 };
    });
  }
}

export class FakeTableColumnCollection extends FakeCollection<FakeTable, ColumnRef, FakeTableColumn> {
  constructor(ctx: FakeContext, resolver: () => FakeTable | null) {
    super(ctx, resolver, "TableColumnCollection");
  }
  protected list(table: FakeTable): ColumnRef[] {
    return Array.from({ length: table.bounds.right - table.bounds.left + 1 }, (_, index) => ({
      table,
      index,
    }));
  }
  protected itemProxy(ref: ColumnRef): FakeTableColumn {
    return new FakeTableColumn(this.ctx, () => ref);
  }
  /**
   * Adds a column at the end (`index` null or undefined) named `name`. Excel would shift cells to
   * the right of the table; the double refuses when they are not empty, so a test sees it.
   */
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    let created: ColumnRef | null = null;
    this.queue("add", { index, values, name }, (table) => {
      if ((index !== null && index !== undefined) || values !== undefined) {
        throw officeError("InvalidArgument", "The test double adds columns at the end, by name only.");
      }
      const b = table.bounds;
      const col = b.right + 1;
      for (let r = b.top; r <= b.bottom; r++) {
        const cell = getCell(table.sheet, r, col);
        if (cell && cell.value !== "") {
          throw officeError("InvalidOperation", `Adding a column would move the data at row ${r}.`);
        }
      }
      const header = ensureCell(table.sheet, b.top, col);
      header.value = name ?? `Column${col - b.left + 1}`;
      table.bounds = { ...b, right: col };
      created = { table, index: col - b.left };
    });
    return new FakeTableColumn(this.ctx, () => created);
  }
}

export { checkTableName };
