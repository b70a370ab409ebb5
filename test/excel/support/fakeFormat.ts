/** Range formatting proxies of the test double (font, fill, bottom borders, alignment, column width). */
import type { Bounds } from "./fakeA1";
import type { FakeContext } from "./fakeContext";
import { officeError } from "./fakeErrors";
import { FakeObject } from "./fakeObject";
import { isWholeSheet } from "./fakeRange";
import type { CellFormat, RangeRef } from "./fakeState";
import { ensureCell, getCell } from "./fakeState";

function applyToCells(ref: RangeRef, bounds: Bounds, patch: (format: CellFormat) => void): void {
  if (isWholeSheet(bounds)) {
    patch(ref.sheet.sheetFormat);
    return;
  }
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    for (let c = bounds.left; c <= bounds.right; c++) patch(ensureCell(ref.sheet, r, c).format);
  }
}

abstract class FormatPart extends FakeObject<RangeRef> {
  protected readProperty(_ref: RangeRef, name: string): unknown {
    throw officeError("InvalidArgument", `${this.typeName}.${name} is write-only in the test double.`);
  }

  protected set(name: string, value: unknown, patch: (format: CellFormat) => void): void {
    this.queue(name, value, (ref) => applyToCells(ref, ref.bounds, patch));
  }
}

export class FakeRangeFont extends FormatPart {
  constructor(ctx: FakeContext, resolver: () => RangeRef | null) {
    super(ctx, resolver, "RangeFont");
  }
  set name(v: string) {
    this.set("name", v, (f) => (f.fontName = v));
  }
  set bold(v: boolean) {
    this.set("bold", v, (f) => (f.bold = v));
  }
  set italic(v: boolean) {
    this.set("italic", v, (f) => (f.italic = v));
  }
  set size(v: number) {
    this.set("size", v, (f) => (f.size = v));
  }
  set color(v: string) {
    this.set("color", v, (f) => (f.color = v));
  }
  set underline(v: string) {
    this.set("underline", v, (f) => (f.underline = v));
  }
}

export class FakeRangeFill extends FormatPart {
  constructor(ctx: FakeContext, resolver: () => RangeRef | null) {
    super(ctx, resolver, "RangeFill");
  }
  set color(v: string) {
    this.set("color", v, (f) => (f.fill = v));
  }
}

/** Only the edges the writer uses: EdgeBottom (last row) and InsideHorizontal (every row but the last). */
export class FakeRangeBorder extends FakeObject<RangeRef> {
  constructor(
    ctx: FakeContext,
    resolver: () => RangeRef | null,
    private readonly edge: string,
  ) {
    super(ctx, resolver, "RangeBorder");
    if (edge !== "EdgeBottom" && edge !== "InsideHorizontal") {
      throw officeError("InvalidArgument", `Border ${edge} is not modelled by the test double.`);
    }
  }
  protected readProperty(_ref: RangeRef, name: string): unknown {
    throw officeError("InvalidArgument", `RangeBorder.${name} is write-only in the test double.`);
  }
  private edgeBounds(b: Bounds): Bounds | null {
    if (this.edge === "EdgeBottom") return { ...b, top: b.bottom };
    return b.bottom > b.top ? { ...b, bottom: b.bottom - 1 } : null;
  }
  private setEdge(name: string, value: string, key: "style" | "color"): void {
    this.queue(name, value, (ref) => {
      const bounds = this.edgeBounds(ref.bounds);
      if (bounds) applyToCells(ref, bounds, (f) => (f.borderBottom = { ...f.borderBottom, [key]: value }));
    });
  }
  set style(v: string) {
    this.setEdge("style", v, "style");
  }
  set color(v: string) {
    this.setEdge("color", v, "color");
  }
}

export class FakeRangeBorders extends FakeObject<RangeRef> {
  constructor(ctx: FakeContext, resolver: () => RangeRef | null) {
    super(ctx, resolver, "RangeBorderCollection");
  }
  protected readProperty(): unknown {
    throw officeError(
      "InvalidArgument",
      "RangeBorderCollection has no readable properties in the test double.",
    );
  }
  getItem(edge: string): FakeRangeBorder {
    return new FakeRangeBorder(this.ctx, () => this.tryEntity(), edge);
  }
}

export class FakeRangeFormat extends FormatPart {
  constructor(ctx: FakeContext, resolver: () => RangeRef | null) {
    super(ctx, resolver, "RangeFormat");
  }
  get font(): FakeRangeFont {
    return new FakeRangeFont(this.ctx, () => this.tryEntity());
  }
  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.ctx, () => this.tryEntity());
  }
  get borders(): FakeRangeBorders {
    return new FakeRangeBorders(this.ctx, () => this.tryEntity());
  }
  set horizontalAlignment(v: string) {
    this.set("horizontalAlignment", v, (f) => (f.horizontalAlignment = v));
  }
  set wrapText(v: boolean) {
    this.set("wrapText", v, (f) => (f.wrapText = v));
  }
  set rowHeight(v: number) {
    this.queue("rowHeight", v, (ref) => {
      for (let r = ref.bounds.top; r <= ref.bounds.bottom; r++) ref.sheet.rowHeights.set(r, v);
    });
  }
  set columnWidth(v: number) {
    this.queue("columnWidth", v, (ref) => {
      for (let c = ref.bounds.left; c <= ref.bounds.right; c++) ref.sheet.columnWidths.set(c, v);
    });
  }
  /** Excel measures the text; the double records a width of 7 points per character of the longest value. */
  autofitColumns(): void {
    this.queue("autofitColumns", null, (ref) => {
      for (let c = ref.bounds.left; c <= ref.bounds.right; c++) {
        let longest = 1;
        for (let r = ref.bounds.top; r <= ref.bounds.bottom; r++) {
          const value = getCell(ref.sheet, r, c)?.value;
          longest = Math.max(longest, value === undefined ? 0 : String(value).length);
        }
        ref.sheet.columnWidths.set(c, longest * 7);
      }
    });
  }
}
