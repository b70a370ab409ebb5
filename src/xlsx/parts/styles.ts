import { isMain } from "../namespaces";
import { scanPart, type ReadSteps } from "../readSteps";
import type { XmlAttributes, XmlHandler } from "../xml/xmlScanner";
import { tinted } from "./themeColours";

/**
 * Built-in number formats (ECMA-376 Part 1, 18.8.30): a cell style may name one by id without the
 * workbook spelling it out. The strings are the ones ExcelJS and Office.js report for them; the
 * locale-dependent ids (27–36, 50–81) are left out, as ExcelJS leaves them out for en-US.
 */
const BUILT_IN_FORMATS: ReadonlyMap<number, string> = new Map([
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [9, "0%"],
  [10, "0.00%"],
  [11, "0.00E+00"],
  [12, "# ?/?"],
  [13, "# ??/??"],
  [14, "mm-dd-yy"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, 'm/d/yy "h":mm'],
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00 ;(#,##0.00)"],
  [40, "#,##0.00 ;[Red](#,##0.00)"],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mmss.0"],
  [48, "##0.0E+0"],
  [49, "@"],
]);

/**
 * The legacy indexed palette (ECMA-376 Part 1, 18.8.27), as RRGGBB: fills written by older tools
 * name their colour by index.
 */
const INDEXED_COLOURS = [
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "800000",
  "008000",
  "000080",
  "808000",
  "800080",
  "008080",
  "C0C0C0",
  "808080",
  "9999FF",
  "993366",
  "FFFFCC",
  "CCFFFF",
  "660066",
  "FF8080",
  "0066CC",
  "CCCCFF",
  "000080",
  "FF00FF",
  "FFFF00",
  "00FFFF",
  "800080",
  "800000",
  "008080",
  "0000FF",
  "00CCFF",
  "CCFFFF",
  "CCFFCC",
  "FFFF99",
  "99CCFF",
  "FF99CC",
  "CC99FF",
  "FFCC99",
  "3366FF",
  "33CCCC",
  "99CC00",
  "FFCC00",
  "FF9900",
  "FF6600",
  "666699",
  "969696",
  "003366",
  "339966",
  "003300",
  "333300",
  "993300",
  "993366",
  "333399",
  "333333",
];

/** A `<fgColor>`'s colour as RRGGBB: `rgb` (ARGB), `indexed`, or `theme` with its `tint`. */
function colourOf(attributes: XmlAttributes, theme: readonly (string | null)[]): string | null {
  const rgb = attributes.get("rgb");
  if (rgb !== null && /^[0-9A-Fa-f]{6,8}$/.test(rgb)) return rgb.slice(-6).toUpperCase();
  const indexed = Number(attributes.get("indexed") ?? Number.NaN);
  if (Number.isInteger(indexed)) return INDEXED_COLOURS[indexed] ?? null;
  const slot = Number(attributes.get("theme") ?? Number.NaN);
  const base = Number.isInteger(slot) ? (theme[slot] ?? null) : null;
  return base === null ? null : tinted(base, Number(attributes.get("tint") ?? "0"));
}

class StylesHandler implements XmlHandler {
  constructor(private readonly theme: readonly (string | null)[]) {}

  private readonly custom = new Map<number, string>();
  private readonly xfFormatIds: number[] = [];
  private readonly xfFillIds: number[] = [];
  /** Each `<fill>` of `<fills>`: its solid colour, or null (no fill, a pattern, a gradient). */
  private readonly fillColours: (string | null)[] = [];
  private inCellXfs = false;
  private inFills = false;
  private solid = false;

  open(ns: string, local: string, attributes: XmlAttributes): boolean {
    if (!isMain(ns)) return false;
    if (local === "numFmt") {
      const id = Number(attributes.get("numFmtId"));
      const code = attributes.get("formatCode");
      if (Number.isInteger(id) && code !== null) this.custom.set(id, code);
    } else if (local === "cellXfs") {
      this.inCellXfs = true;
    } else if (local === "xf" && this.inCellXfs) {
      this.xfFormatIds.push(Number(attributes.get("numFmtId") ?? "0"));
      this.xfFillIds.push(Number(attributes.get("fillId") ?? "0"));
    } else if (local === "fills") {
      this.inFills = true;
    } else if (this.inFills && local === "fill") {
      this.fillColours.push(null);
      this.solid = false;
    } else if (this.inFills && local === "patternFill") {
      this.solid = attributes.get("patternType") === "solid";
    } else if (this.inFills && this.solid && local === "fgColor") {
      this.fillColours[this.fillColours.length - 1] = colourOf(attributes, this.theme);
    }
    return false;
  }

  close(ns: string, local: string): boolean {
    if (local === "cellXfs" && isMain(ns)) this.inCellXfs = false;
    if (local === "fills" && isMain(ns)) this.inFills = false;
    return false;
  }

  /** Style index → its solid fill colour (RRGGBB), or null. */
  fills(): (string | null)[] {
    return this.xfFillIds.map((id) => (Number.isInteger(id) ? (this.fillColours[id] ?? null) : null));
  }

  text(): void {}

  /** Style index → number format (null for General). */
  formats(): (string | null)[] {
    return this.xfFormatIds.map((id) => {
      const format = this.custom.get(id) ?? BUILT_IN_FORMATS.get(id) ?? null;
      return format === null || format === "" || format === "General" ? null : format;
    });
  }
}

/** What a cell's style index (`s`) says that the reader keeps. */
export interface CellStyles {
  /** Number format by style index; null for General. */
  readonly formats: (string | null)[];
  /** Solid fill colour (RRGGBB) by style index; null for none. */
  readonly fills: (string | null)[];
}

/**
 * Each cell style's number format and solid fill colour, by style index (`s` on a cell); `theme`:
 * the workbook theme's colours (`readThemeColours`), which fills may name by index.
 */
export function* readCellStyles(
  partName: string,
  theme: readonly (string | null)[] = [],
): ReadSteps<CellStyles> {
  const handler = new StylesHandler(theme);
  yield* scanPart(partName, handler);
  return { formats: handler.formats(), fills: handler.fills() };
}
