/**
 * The workbook's style part (`xl/styles.xml`): every distinct cell format becomes one `<xf>` whose
 * index the cells carry in `s="…"`, and every conditional-format look one `<dxf>`. Fonts, fills,
 * borders and number formats are shared between formats, as Excel itself writes them.
 *
 * @example
 * const styles = new StyleTable({ name: "Calibri", size: 11 });
 * const s = styles.cellXf({ font: { bold: true }, numFmt: "#,##0" }); // 1 (0 is the default)
 * styles.xml(); // '<?xml …><styleSheet …><numFmts count="0"/>…'
 */
import { hexColor } from "./color";
import { escapeXml } from "./xmlText";

export interface FontFormat {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  /** `RRGGBB` */
  readonly color?: string;
}

export interface CellFormat {
  readonly font?: FontFormat;
  /** Solid fill colour, `RRGGBB`. */
  readonly fill?: string;
  /** A thin bottom border, in this colour (`RRGGBB`) or Excel's automatic one. */
  readonly borderBottom?: string | "auto";
  /** Excel number format code, e.g. `#,##0` or `yyyy-mm-dd`. */
  readonly numFmt?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center" | "bottom";
  readonly wrap?: boolean;
}

/** What a conditional format changes: font colour, weight, slant and a solid fill. */
export interface DxfFormat {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  readonly fill?: string;
}

// Number formats Excel knows by id (ECMA-376 §18.8.30); anything else gets an id from 164 up.
const BUILT_IN_FORMATS: ReadonlyMap<string, number> = new Map([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
  ["0.00E+00", 11],
  ["@", 49],
]);
const FIRST_CUSTOM_FORMAT = 164;

/** Interns XML fragments: the same fragment always gets the same index. */
class Pool {
  private readonly index = new Map<string, number>();
  readonly items: string[] = [];

  constructor(initial: readonly string[]) {
    for (const item of initial) this.add(item);
  }

  add(item: string): number {
    let i = this.index.get(item);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(item);
      this.index.set(item, i);
    }
    return i;
  }
}

function colorXml(color: string): string {
  return `<color rgb="FF${hexColor(color)}"/>`;
}

export class StyleTable {
  private readonly fonts: Pool;
  private readonly fills = new Pool([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Pool(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfs: Pool;
  private readonly dxfs = new Pool([]);
  private readonly byKey = new Map<string, number>();

  constructor(private readonly defaultFont: { readonly name: string; readonly size: number }) {
    this.fonts = new Pool([this.fontXml({})]);
    this.xfs = new Pool(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  }

  /** The `s` index of a cell format; the empty format is 0, the workbook's default. */
  cellXf(format: CellFormat): number {
    const key = JSON.stringify(format);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const fontId = this.fonts.add(this.fontXml(format.font ?? {}));
    const fillId =
      format.fill === undefined
        ? 0
        : this.fills.add(
            `<fill><patternFill patternType="solid"><fgColor rgb="FF${hexColor(format.fill)}"/><bgColor indexed="64"/></patternFill></fill>`,
          );
    const borderId =
      format.borderBottom === undefined
        ? 0
        : this.borders.add(
            `<border><left/><right/><top/><bottom style="thin">${format.borderBottom === "auto" ? '<color auto="1"/>' : colorXml(format.borderBottom)}</bottom><diagonal/></border>`,
          );
    const numFmtId = format.numFmt === undefined ? 0 : this.numFmtId(format.numFmt);
    const alignment = alignmentXml(format);
    const applies = [
      fontId === 0 ? "" : ' applyFont="1"',
      fillId === 0 ? "" : ' applyFill="1"',
      borderId === 0 ? "" : ' applyBorder="1"',
      numFmtId === 0 ? "" : ' applyNumberFormat="1"',
      alignment === "" ? "" : ' applyAlignment="1"',
    ].join("");
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    const id = this.xfs.add(alignment === "" ? `${open}/>` : `${open}>${alignment}</xf>`);
    this.byKey.set(key, id);
    return id;
  }

  /** The `dxfId` of a conditional format's look. */
  dxf(format: DxfFormat): number {
    const font = [
      format.bold ? "<b/>" : "",
      format.italic ? "<i/>" : "",
      format.color === undefined ? "" : colorXml(format.color),
    ].join("");
    const fill =
      format.fill === undefined
        ? ""
        : `<fill><patternFill patternType="solid"><fgColor rgb="FF${hexColor(format.fill)}"/><bgColor rgb="FF${hexColor(format.fill)}"/></patternFill></fill>`;
    return this.dxfs.add(`<dxf>${font === "" ? "" : `<font>${font}</font>`}${fill}</dxf>`);
  }

  xml(): string {
    const numFmts = [...this.numFmts]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
      .join("");
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      this.numFmts.size === 0 ? "" : `<numFmts count="${this.numFmts.size}">${numFmts}</numFmts>`,
      list("fonts", this.fonts.items),
      list("fills", this.fills.items),
      list("borders", this.borders.items),
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      list("cellXfs", this.xfs.items),
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      list("dxfs", this.dxfs.items),
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
      "</styleSheet>",
    ].join("");
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS.get(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  private fontXml(font: FontFormat): string {
    return [
      "<font>",
      font.bold ? "<b/>" : "",
      font.italic ? "<i/>" : "",
      font.underline ? "<u/>" : "",
      `<sz val="${font.size ?? this.defaultFont.size}"/>`,
      font.color === undefined ? "" : colorXml(font.color),
      `<name val="${escapeXml(this.defaultFont.name)}"/><family val="2"/>`,
      "</font>",
    ].join("");
  }
}

function alignmentXml(format: CellFormat): string {
  const attrs = [
    format.horizontal === undefined ? "" : ` horizontal="${format.horizontal}"`,
    format.vertical === undefined ? "" : ` vertical="${format.vertical}"`,
    format.wrap ? ' wrapText="1"' : "",
  ].join("");
  return attrs === "" ? "" : `<alignment${attrs}/>`;
}

function list(name: string, items: readonly string[]): string {
  return `<${name} count="${items.length}">${items.join("")}</${name}>`;
}
