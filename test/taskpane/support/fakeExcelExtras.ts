/**
 * Office.js features the task pane uses that the shared Excel test double (test/excel/support)
 * does not model yet: `Range.select()`, `ConditionalFormat.type`, `Custom` conditional formats (`custom.rule.formula`,
 * `custom.format.fill/font.color`), loading a range's conditional formats as `items` and
 * `ConditionalFormat.delete()`. Importing this module adds them to the double's classes, with the
 * same batch semantics (queued until sync, readable only after load + sync).
 */
import type { Bounds } from "../../excel/support/fakeA1";
import { FakeCollection } from "../../excel/support/fakeCollection";
import {
  FakeConditionalFormatCollection,
  FakeConditionalFormatProxy,
} from "../../excel/support/fakeConditionalFormats";
import type { FakeContext } from "../../excel/support/fakeContext";
import { officeError } from "../../excel/support/fakeErrors";
import { FakeObject } from "../../excel/support/fakeObject";
import { FakeRange, rangeAddress } from "../../excel/support/fakeRange";
import type { FakeConditionalFormat, FakeWorkbookState, RangeRef } from "../../excel/support/fakeState";

export interface FakeSelection {
  readonly sheetId: string;
  /** `Sheet!A1` as Office.js gives `Range.address`. */
  readonly address: string;
}

const selections = new WeakMap<FakeWorkbookState, FakeSelection>();

/** The range last selected with `Range.select()`, if any. */
export function selectionOf(state: FakeWorkbookState): FakeSelection | undefined {
  return selections.get(state);
}

function intersects(a: Bounds, b: Bounds): boolean {
  return a.left <= b.right && a.right >= b.left && a.top <= b.bottom && a.bottom >= b.top;
}

/** `custom.*` of a conditional format: writes and reads `settings["custom.<path>"]`. */
class CustomPart extends FakeObject<FakeConditionalFormat> {
  constructor(
    ctx: FakeContext,
    resolver: () => FakeConditionalFormat | null,
    private readonly prefix: string,
  ) {
    super(ctx, resolver, "CustomConditionalFormat");
  }
  private checked(cf: FakeConditionalFormat): FakeConditionalFormat {
    if (cf.type !== "Custom") {
      throw officeError("InvalidArgument", `${this.prefix} does not apply to a ${cf.type} format.`);
    }
    return cf;
  }
  protected readProperty(cf: FakeConditionalFormat, name: string): unknown {
    const value = this.checked(cf).settings[`${this.prefix}${name}`];
    if (value === undefined) throw officeError("InvalidArgument", `${this.prefix}${name} was never set.`);
    return value;
  }
  private child(name: string): CustomPart {
    return new CustomPart(this.ctx, () => this.tryEntity(), `${this.prefix}${name}.`);
  }
  private setting(name: string, value: string): void {
    this.queue(name, value, (cf) => (this.checked(cf).settings[`${this.prefix}${name}`] = value));
  }
  get rule(): CustomPart {
    return this.child("rule");
  }
  get format(): CustomPart {
    return this.child("format");
  }
  get fill(): CustomPart {
    return this.child("fill");
  }
  get font(): CustomPart {
    return this.child("font");
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(v: string) {
    this.setting("formula", v);
  }
  set color(v: string) {
    this.setting("color", v);
  }
}

/** A range's conditional formats with `items` (those intersecting the range) and the original `add`. */
class ConditionalFormatsWithItems extends FakeCollection<
  RangeRef,
  FakeConditionalFormat,
  FakeConditionalFormatProxy
> {
  constructor(ctx: FakeContext, resolver: () => RangeRef | null) {
    super(ctx, resolver, "ConditionalFormatCollection");
  }
  protected list(ref: RangeRef): FakeConditionalFormat[] {
    return ref.sheet.conditionalFormats.filter((cf) => intersects(cf.bounds, ref.bounds));
  }
  protected itemProxy(cf: FakeConditionalFormat): FakeConditionalFormatProxy {
    return new FakeConditionalFormatProxy(this.ctx, () =>
      cf.sheet.conditionalFormats.includes(cf) ? cf : null,
    );
  }
  add(type: string): FakeConditionalFormatProxy {
    return new FakeConditionalFormatCollection(this.ctx, () => this.tryEntity()).add(type);
  }
}

class RangeExtras extends FakeRange {
  select(): void {
    this.queue("select", null, (ref) => {
      if (ref.sheet.visibility !== "Visible") {
        throw officeError("InvalidOperation", "A range on a hidden sheet cannot be selected.");
      }
      this.ctx.state.activeSheetId = ref.sheet.id;
      selections.set(this.ctx.state, { sheetId: ref.sheet.id, address: rangeAddress(ref) });
    });
  }
  get conditionalFormatsWithItems(): ConditionalFormatsWithItems {
    return new ConditionalFormatsWithItems(this.ctx, () => this.tryEntity());
  }
}

class ConditionalFormatExtras extends FakeConditionalFormatProxy {
  get loadedType(): string {
    return this.get("type");
  }
  get customPart(): CustomPart {
    return new CustomPart(this.ctx, () => this.tryEntity(), "custom.");
  }
  delete(): void {
    this.queue("delete", null, (cf) => {
      cf.sheet.conditionalFormats = cf.sheet.conditionalFormats.filter((other) => other !== cf);
    });
  }
}

function copyMember(target: object, name: string, source: object, sourceName = name): void {
  const descriptor = Object.getOwnPropertyDescriptor(source, sourceName);
  if (descriptor === undefined) throw new Error(`fakeExcelExtras: ${sourceName} not found`);
  Object.defineProperty(target, name, { ...descriptor, configurable: true });
}

copyMember(FakeRange.prototype, "select", RangeExtras.prototype);
copyMember(FakeRange.prototype, "conditionalFormats", RangeExtras.prototype, "conditionalFormatsWithItems");
copyMember(FakeConditionalFormatProxy.prototype, "custom", ConditionalFormatExtras.prototype, "customPart");
copyMember(FakeConditionalFormatProxy.prototype, "delete", ConditionalFormatExtras.prototype);
copyMember(FakeConditionalFormatProxy.prototype, "type", ConditionalFormatExtras.prototype, "loadedType");
