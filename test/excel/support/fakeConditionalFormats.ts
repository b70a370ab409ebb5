/**
 * Conditional formats in the test double: every rule part set is recorded on the sheet's format
 * entry (`settings`, keyed by its path such as `cellValue.rule` or `custom.format.fill.color`).
 * A range's collection lists the formats that intersect it; `type`, the custom rule's formula and
 * fill can be read back, and a format can be deleted.
 */
import { boundsIntersect } from "./fakeA1";
import { FakeCollection } from "./fakeCollection";
import type { FakeContext } from "./fakeContext";
import { officeError } from "./fakeErrors";
import { FakeObject } from "./fakeObject";
import type { FakeConditionalFormat, RangeRef } from "./fakeState";

const TYPES = [
  "CellValue",
  "ColorScale",
  "IconSet",
  "ContainsText",
  "Custom",
  "DataBar",
  "TopBottom",
  "PresetCriteria",
];
const CELL_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];
const THREE_ICON_SETS = [
  "ThreeArrows",
  "ThreeArrowsGray",
  "ThreeFlags",
  "ThreeTrafficLights1",
  "ThreeTrafficLights2",
  "ThreeSigns",
  "ThreeSymbols",
  "ThreeSymbols2",
];

/** A part of one conditional format; writes go to `settings[prefix + name]` after checking the format's type. */
class CfPart extends FakeObject<FakeConditionalFormat> {
  constructor(
    ctx: FakeContext,
    resolver: () => FakeConditionalFormat | null,
    private readonly prefix: string,
    private readonly requiredType: string,
  ) {
    super(ctx, resolver, "ConditionalFormat");
  }
  protected readProperty(_cf: FakeConditionalFormat, name: string): unknown {
    throw officeError("InvalidArgument", `${this.prefix}${name} is write-only in the test double.`);
  }
  protected child(prefix: string): CfPart {
    return new CfPart(this.ctx, () => this.tryEntity(), `${this.prefix}${prefix}.`, this.requiredType);
  }
  protected setting(name: string, value: unknown, check?: (v: unknown) => string | null): void {
    this.queue(`${this.prefix}${name}`, value, (cf) => {
      if (cf.type !== this.requiredType) {
        throw officeError("InvalidArgument", `${this.prefix}${name} does not apply to a ${cf.type} format.`);
      }
      const problem = check?.(value);
      if (problem) throw officeError("InvalidArgument", problem, `${this.prefix}${name}`);
      cf.settings[`${this.prefix}${name}`] = JSON.parse(JSON.stringify(value)) as unknown;
    });
  }
  // Properties used through the parts below (font/fill of a rule format, rule, criteria, style).
  get format(): CfPart {
    return this.child("format");
  }
  get font(): CfPart {
    return this.child("font");
  }
  get fill(): CfPart {
    return this.child("fill");
  }
  set color(v: string) {
    this.setting("color", v);
  }
  set bold(v: boolean) {
    this.setting("bold", v);
  }
  set italic(v: boolean) {
    this.setting("italic", v);
  }
  set rule(v: { operator?: string; formula1?: string; text?: string }) {
    this.setting("rule", v, () => {
      if (this.requiredType === "CellValue") {
        return CELL_OPERATORS.includes(v.operator ?? "") && typeof v.formula1 === "string"
          ? null
          : "Invalid cell value rule.";
      }
      return typeof v.text === "string" && typeof v.operator === "string" ? null : "Invalid text rule.";
    });
  }
  set criteria(v: unknown) {
    this.setting("criteria", v, () => {
      if (this.requiredType === "ColorScale") {
        const c = v as { minimum?: unknown; maximum?: unknown };
        return c.minimum && c.maximum ? null : "A colour scale needs minimum and maximum.";
      }
      return Array.isArray(v) && v.length === 3 ? null : "A three-icon set needs three criteria.";
    });
  }
  set style(v: string) {
    this.setting("style", v, () =>
      THREE_ICON_SETS.includes(v) ? null : `Icon set ${v} is not a three-icon set.`,
    );
  }
}

/**
 * `custom.*` of a Custom format (`custom.rule.formula`, `custom.format.fill.color`, ...): unlike the
 * other parts it is readable, because finding one's own formats again means reading their formula.
 */
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
    this.queue(
      `${this.prefix}${name}`,
      value,
      (cf) => (this.checked(cf).settings[`${this.prefix}${name}`] = value),
    );
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
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.setting("color", v);
  }
}

export class FakeConditionalFormatProxy extends FakeObject<FakeConditionalFormat> {
  constructor(ctx: FakeContext, resolver: () => FakeConditionalFormat | null) {
    super(ctx, resolver, "ConditionalFormat");
  }
  protected override isGone(cf: FakeConditionalFormat): boolean {
    return !cf.sheet.conditionalFormats.includes(cf);
  }
  protected readProperty(cf: FakeConditionalFormat, name: string): unknown {
    if (name === "type") return cf.type;
    throw officeError("InvalidArgument", `ConditionalFormat.${name} is not modelled.`);
  }
  get type(): string {
    return this.get("type");
  }
  private part(prefix: string, type: string): CfPart {
    return new CfPart(this.ctx, () => this.tryEntity(), `${prefix}.`, type);
  }
  get cellValue(): CfPart {
    return this.part("cellValue", "CellValue");
  }
  get textComparison(): CfPart {
    return this.part("textComparison", "ContainsText");
  }
  get colorScale(): CfPart {
    return this.part("colorScale", "ColorScale");
  }
  get iconSet(): CfPart {
    return this.part("iconSet", "IconSet");
  }
  get custom(): CustomPart {
    return new CustomPart(this.ctx, () => this.tryEntity(), "custom.");
  }
  delete(): void {
    this.queue("delete", null, (cf) => {
      cf.sheet.conditionalFormats = cf.sheet.conditionalFormats.filter((other) => other !== cf);
    });
  }
}

/** A range's conditional formats: `items` are the sheet's formats that intersect the range. */
export class FakeConditionalFormatCollection extends FakeCollection<
  RangeRef,
  FakeConditionalFormat,
  FakeConditionalFormatProxy
> {
  constructor(ctx: FakeContext, resolver: () => RangeRef | null) {
    super(ctx, resolver, "ConditionalFormatCollection");
  }
  protected list(ref: RangeRef): FakeConditionalFormat[] {
    return ref.sheet.conditionalFormats.filter((cf) => boundsIntersect(cf.bounds, ref.bounds));
  }
  protected itemProxy(cf: FakeConditionalFormat): FakeConditionalFormatProxy {
    return new FakeConditionalFormatProxy(this.ctx, () => cf);
  }
  add(type: string): FakeConditionalFormatProxy {
    let created: FakeConditionalFormat | null = null;
    this.queue("add", { type }, (ref) => {
      if (!TYPES.includes(type))
        throw officeError("InvalidArgument", `Unknown conditional format type ${type}.`);
      created = { type, sheet: ref.sheet, bounds: { ...ref.bounds }, settings: {} };
      ref.sheet.conditionalFormats.push(created);
    });
    return new FakeConditionalFormatProxy(this.ctx, () => created);
  }
}
