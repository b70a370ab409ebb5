import { isMain } from "../namespaces";
import { scanPart, type ReadSteps } from "../readSteps";
import type { XmlAttributes, XmlHandler } from "../xml/xmlScanner";

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

class StylesHandler implements XmlHandler {
  private readonly custom = new Map<number, string>();
  private readonly xfFormatIds: number[] = [];
  private inCellXfs = false;

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
    }
    return false;
  }

  close(ns: string, local: string): boolean {
    if (local === "cellXfs" && isMain(ns)) this.inCellXfs = false;
    return false;
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

/** Each cell style's number format, by style index (`s` on a cell); null for General. */
export function* readCellFormats(partName: string): ReadSteps<(string | null)[]> {
  const handler = new StylesHandler();
  yield* scanPart(partName, handler);
  return handler.formats();
}
