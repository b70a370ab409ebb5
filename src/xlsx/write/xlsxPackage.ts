/**
 * Collects a workbook's parts and writes the package around them: content types, package and
 * workbook relationships, document properties, workbook, styles, shared strings and theme.
 * Writers add sheets (and their tables, drawings, charts) and ask for the zip entries at the end.
 *
 * @example
 * const pkg = new XlsxPackage({ name: "Calibri", size: 11 });
 * pkg.addSheet({ name: "Sheet1", xml: pkg.writePart((w) => writeWorksheetXml(content, w)), rels });
 * writeZip(pkg.entries(new Date()), new Date());
 */
import { encodeUtf8 } from "../utf8";
import { rangeFormula } from "./cellRef";
import { OFFICE_REL, Relationships } from "./relationships";
import { SharedStrings } from "./sharedStrings";
import { StyleTable } from "./styleTable";
import { themeXml } from "./themeXml";
import { escapeXml } from "./xmlText";
import { MAX_INDEX_BYTES, runIndexText } from "../rowRuns/runIndex";
import { PartWriter, type DeflatedPart } from "./zip/partWriter";
import type { ZipEntry } from "./zip/writeZip";
import { storesRuns, type ZipCodec } from "./zip/zipCodec";

const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const CONTENT_TYPES = {
  table: `${SML}.table+xml`,
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

export interface PackageSheet {
  readonly name: string;
  /** The worksheet part, deflated as it was written (see `writePart`). */
  readonly xml: DeflatedPart;
  /** The sheet's own relationships (tables, drawing); rIds already used in its XML. */
  readonly rels: Relationships;
  /** A1 range that prints; absent = the used range. */
  readonly printArea?: string;
  /** Its text is all inline strings (it refers to no shared string). */
  readonly inlineStrings?: boolean;
}

interface ExtraPart {
  readonly path: string;
  readonly content: string;
  readonly contentType?: string;
}

export class XlsxPackage {
  readonly styles: StyleTable;
  readonly strings = new SharedStrings();
  private readonly sheets: PackageSheet[] = [];
  private readonly parts: ExtraPart[] = [];
  private readonly counters = new Map<string, number>();
  /** What the stored runs' style indexes stand for (set when run formats are registered). */
  runStyles = "";

  constructor(
    font: { readonly name: string; readonly size: number },
    private readonly codec: ZipCodec,
    private readonly creator = "PMO Pulse",
  ) {
    this.styles = new StyleTable(font);
  }

  /** Whether parts can store runs (see `storesRuns`). */
  get storesRuns(): boolean {
    return storesRuns(this.codec);
  }

  /** A part written by `write` and deflated as it goes (for the large ones: sheets). */
  writePart(write: (writer: PartWriter) => void): DeflatedPart {
    const writer = new PartWriter(this.codec);
    write(writer);
    return writer.finish();
  }

  /** 1, 2, 3… per kind of part (`table`, `chart`, `drawing`), unique in the workbook. */
  next(kind: string): number {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return n;
  }

  /** A part beside the sheets (a table, a drawing, a chart, a .rels); `path` without leading `/`. */
  addPart(path: string, content: string, contentType?: string): void {
    this.parts.push(contentType === undefined ? { path, content } : { path, content, contentType });
  }

  addSheet(sheet: PackageSheet): void {
    this.sheets.push(sheet);
  }

  /** Every part, in the order Excel writes them; the timestamp goes into the document properties. */
  entries(timestamp: Date): ZipEntry[] {
    const texts: [string, string][] = [
      ["[Content_Types].xml", this.contentTypesXml()],
      ["_rels/.rels", packageRels().xml()],
      ["docProps/app.xml", appXml()],
      ["docProps/core.xml", coreXml(this.creator, timestamp)],
      ["xl/workbook.xml", this.workbookXml()],
      ["xl/_rels/workbook.xml.rels", this.workbookRels().xml()],
      ["xl/styles.xml", this.styles.xml()],
      // Complete by now: every sheet was rendered (and filled the table) before it was added.
      ["xl/sharedStrings.xml", this.strings.xml()],
      ["xl/theme/theme1.xml", themeXml()],
    ];
    const entries: ZipEntry[] = texts.map(([name, text]) => ({ name, data: encodeUtf8(text) }));
    this.sheets.forEach((sheet, i) => {
      const comment = this.runIndexComment(sheet.xml, sheet.inlineStrings === true);
      entries.push({
        name: `xl/worksheets/sheet${i + 1}.xml`,
        part: sheet.xml,
        ...(comment === null ? {} : { comment }),
      });
      if (sheet.rels.size > 0) {
        entries.push({
          name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
          data: encodeUtf8(sheet.rels.xml()),
        });
      }
    });
    for (const part of this.parts) entries.push({ name: part.path, data: encodeUtf8(part.content) });
    return entries;
  }

  /** The part's stored-run index as its zip comment; none without runs, or when it would not fit. */
  private runIndexComment(part: DeflatedPart, inlineStrings: boolean): Uint8Array | null {
    if (part.runs === undefined) return null;
    const { crc, size, compressedSize, runs } = part;
    const index = { crc, size, compressedSize, styles: this.runStyles, inlineStrings, runs };
    const comment = encodeUtf8(runIndexText(index));
    return comment.length > MAX_INDEX_BYTES ? null : comment;
  }

  private workbookRels(): Relationships {
    const rels = new Relationships();
    this.sheets.forEach((_sheet, i) => rels.add(`${OFFICE_REL}/worksheet`, `worksheets/sheet${i + 1}.xml`));
    rels.add(`${OFFICE_REL}/styles`, "styles.xml");
    rels.add(`${OFFICE_REL}/theme`, "theme/theme1.xml");
    rels.add(`${OFFICE_REL}/sharedStrings`, "sharedStrings.xml");
    return rels;
  }

  private workbookXml(): string {
    const sheets = this.sheets
      .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("");
    // Print areas in the absolute, sheet-qualified form Excel writes: 'PMO Dashboard'!$A$1:$P$40.
    const names = this.sheets
      .map((s, i) =>
        s.printArea === undefined
          ? ""
          : `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeXml(rangeFormula(s.name, s.printArea))}</definedName>`,
      )
      .join("");
    return (
      XML_HEAD +
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${OFFICE_REL}">` +
      '<workbookPr defaultThemeVersion="164011"/><bookViews><workbookView activeTab="0"/></bookViews>' +
      `<sheets>${sheets}</sheets>${names === "" ? "" : `<definedNames>${names}</definedNames>`}</workbook>`
    );
  }

  private contentTypesXml(): string {
    const overrides: [string, string][] = [
      ["/xl/workbook.xml", `${SML}.sheet.main+xml`],
      ...this.sheets.map((_s, i): [string, string] => [
        `/xl/worksheets/sheet${i + 1}.xml`,
        `${SML}.worksheet+xml`,
      ]),
      ["/xl/styles.xml", `${SML}.styles+xml`],
      ["/xl/sharedStrings.xml", `${SML}.sharedStrings+xml`],
      ["/xl/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"],
      ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
      ["/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"],
      ...this.parts
        .filter((p) => p.contentType !== undefined)
        .map((p): [string, string] => [`/${p.path}`, p.contentType ?? ""]),
    ];
    return (
      XML_HEAD +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("") +
      "</Types>"
    );
  }
}

function packageRels(): Relationships {
  const rels = new Relationships();
  rels.add(`${OFFICE_REL}/officeDocument`, "xl/workbook.xml");
  rels.add(
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
    "docProps/core.xml",
  );
  rels.add(`${OFFICE_REL}/extended-properties`, "docProps/app.xml");
  return rels;
}

function appXml(): string {
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
    "<Application>PMO Pulse</Application></Properties>"
  );
}

function coreXml(creator: string, timestamp: Date): string {
  const when = timestamp.toISOString().replace(/\.\d{3}Z$/, "Z");
  const who = escapeXml(creator);
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${who}</dc:creator><cp:lastModifiedBy>${who}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}
