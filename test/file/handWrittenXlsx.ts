import JSZip from "jszip";

/**
 * Builds an .xlsx package from literal XML parts, to test files written by tools other than
 * ExcelJS (Excel omits defaults ExcelJS always writes; openpyxl uses absolute part targets).
 */
export interface HandWrittenSheet {
  readonly name: string;
  /** Worksheet XML inside <worksheet>, e.g. "<sheetData>…</sheetData>". */
  readonly body: string;
  readonly state?: "hidden" | "veryHidden";
  /** Table parts (full XML) linked from this sheet. */
  readonly tables?: readonly string[];
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function relationships(rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels.map(
    (r) => `<Relationship Id="${r.id}" Type="${REL_NS}/${r.type}" Target="${r.target}"/>`,
  );
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${items.join("")}</Relationships>`;
}

export async function handWrittenXlsx(options: {
  sheets: readonly HandWrittenSheet[];
  sharedStrings?: readonly string[];
  /** <cellXfs> children; index = style id `s`. */
  cellXfs?: readonly string[];
  numFmts?: readonly string[];
  /** <fills> children after the two every file has (none, gray125); `fillId` 2 is the first. */
  fills?: readonly string[];
  /** <dxfs> children (conditional formats' fills, which are not cell fills). */
  dxfs?: readonly string[];
  /** A theme part: its colour scheme's children (`<a:accent6><a:srgbClr val="70AD47"/></a:accent6>`…). */
  themeScheme?: string;
  date1904?: boolean;
  /** Adds a chart sheet after the worksheets. */
  chartSheet?: string;
}): Promise<Buffer> {
  const zip = new JSZip();
  const workbookRels: { id: string; type: string; target: string }[] = [];
  const sheetEntries: string[] = [];
  let tableCount = 0;
  options.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const rId = `rId${n}`;
    // Absolute targets, as openpyxl writes them.
    workbookRels.push({ id: rId, type: "worksheet", target: `/xl/worksheets/sheet${n}.xml` });
    const state = sheet.state === undefined ? "" : ` state="${sheet.state}"`;
    sheetEntries.push(
      `<sheet name="${escapeAttribute(sheet.name)}" sheetId="${n + 10}"${state} r:id="${rId}"/>`,
    );
    const tableRels = (sheet.tables ?? []).map((xml, t) => {
      tableCount += 1;
      zip.file(`xl/tables/table${tableCount}.xml`, XML_HEAD + xml);
      return { id: `rIdT${t + 1}`, type: "table", target: `../tables/table${tableCount}.xml` };
    });
    const tableParts =
      tableRels.length === 0
        ? ""
        : `<tableParts count="${tableRels.length}">${tableRels.map((r) => `<tablePart r:id="${r.id}"/>`).join("")}</tableParts>`;
    if (tableRels.length > 0) zip.file(`xl/worksheets/_rels/sheet${n}.xml.rels`, relationships(tableRels));
    // Encoded here: JSZip's own UTF-8 encoder cuts a surrogate pair that meets its internal
    // block boundary into two U+FFFD, which a large sheet with emoji hits.
    zip.file(
      `xl/worksheets/sheet${n}.xml`,
      Buffer.from(
        `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${sheet.body}${tableParts}</worksheet>`,
      ),
    );
  });
  if (options.chartSheet !== undefined) {
    const rId = "rIdChart";
    workbookRels.push({ id: rId, type: "chartsheet", target: "chartsheets/sheet1.xml" });
    sheetEntries.push(`<sheet name="${escapeAttribute(options.chartSheet)}" sheetId="99" r:id="${rId}"/>`);
    zip.file(
      "xl/chartsheets/sheet1.xml",
      `${XML_HEAD}<chartsheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`,
    );
  }
  workbookRels.push({ id: "rIdStyles", type: "styles", target: "styles.xml" });
  const numFmts = options.numFmts ?? [];
  const fills = options.fills ?? [];
  const dxfs = options.dxfs ?? [];
  const cellXfs = options.cellXfs ?? ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  zip.file(
    "xl/styles.xml",
    `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
      `<fills count="${2 + fills.length}"><fill><patternFill patternType="none"/></fill>` +
      `<fill><patternFill patternType="gray125"/></fill>${fills.join("")}</fills>` +
      '<borders count="1"><border/></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${cellXfs.length}">${cellXfs.join("")}</cellXfs>` +
      (dxfs.length > 0 ? `<dxfs count="${dxfs.length}">${dxfs.join("")}</dxfs>` : "") +
      "</styleSheet>",
  );
  if (options.themeScheme !== undefined) {
    workbookRels.push({ id: "rIdTheme", type: "theme", target: "theme/theme1.xml" });
    zip.file(
      "xl/theme/theme1.xml",
      `${XML_HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">` +
        `<a:themeElements><a:clrScheme name="Office">${options.themeScheme}</a:clrScheme></a:themeElements></a:theme>`,
    );
  }
  if (options.sharedStrings !== undefined) {
    workbookRels.push({ id: "rIdStrings", type: "sharedStrings", target: "sharedStrings.xml" });
    zip.file(
      "xl/sharedStrings.xml",
      `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${options.sharedStrings.length}" uniqueCount="${options.sharedStrings.length}">${options.sharedStrings.join("")}</sst>`,
    );
  }
  const workbookPr = options.date1904 === true ? '<workbookPr date1904="1"/>' : "<workbookPr/>";
  zip.file(
    "xl/workbook.xml",
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${workbookPr}<sheets>${sheetEntries.join("")}</sheets></workbook>`,
  );
  zip.file("xl/_rels/workbook.xml.rels", relationships(workbookRels));
  zip.file(
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      "</Types>",
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
