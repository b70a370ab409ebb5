import type { RawWorkbook } from "../../../src/core/model/raw";
import type { XlsxLimits } from "../../../src/xlsx/limits";
import { DEFAULT_XLSX_LIMITS } from "../../../src/xlsx/limits";
import type { ZipItem } from "./zipBuilder";
import { deflateBomb, zip } from "./zipBuilder";
import { valuesOf } from "../../support/rawGrid";

/**
 * The reader-level corpus of hostile and unusual .xlsx files, generated (no binary blobs in the
 * repository). Each case says what a correct reader does with it: a one-line reason it cannot be
 * read, or what the RawWorkbook holds. `readXlsxHostile.test.ts` runs each through the reader;
 * a CLI-level corpus may reuse `hostileCorpus()` and write the files with `writeHostileCorpus`.
 */
export interface HostileCase {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Limits to read it with (small ones keep the bomb cases fast); default limits otherwise. */
  readonly limits?: XlsxLimits;
  readonly expected:
    | { readonly reason: string }
    | { readonly check: (workbook: RawWorkbook) => void; readonly describe: string };
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const REASONS = {
  damaged: "the file is damaged or not a valid .xlsx workbook; open it in Excel and save it again",
  empty: "the file is empty (0 bytes)",
  text: "not an .xlsx workbook (it looks like a text or CSV file); save it as .xlsx",
  binary: "not an .xlsx workbook; save it as .xlsx",
  xls: "not an .xlsx workbook (it looks like an old .xls file); save it as .xlsx",
  encrypted: "the workbook is password-protected; remove the password in Excel and save it again",
  xlsb: "not an .xlsx workbook (it is a binary .xlsb workbook); save it as .xlsx",
  ods: "not an .xlsx workbook (it looks like an OpenDocument .ods file); save it as .xlsx",
  word: "not an .xlsx workbook (it looks like a Word document)",
  plainZip: "not an .xlsx workbook (it is a zip archive without a workbook inside)",
} as const;

interface SheetSpec {
  readonly name: string;
  /** Worksheet XML (whole part), or raw zip item fields for the part. */
  readonly xml: string;
  readonly state?: "hidden" | "veryHidden";
  readonly kind?: "worksheet" | "chartsheet" | "dialogsheet";
  readonly part?: Partial<ZipItem>;
  readonly rels?: string;
  readonly extraParts?: readonly ZipItem[];
}

interface BookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly sharedStrings?: readonly string[];
  readonly date1904?: string;
  readonly strict?: boolean;
  readonly workbookPath?: string;
  readonly omit?: readonly string[];
  readonly replace?: Readonly<Record<string, Partial<ZipItem>>>;
}

/** `<worksheet>` with the given sheetData rows (and anything after them). */
export function worksheet(rows: string, after = "", ns = MAIN): string {
  return `${HEAD}<worksheet xmlns="${ns}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/** An inline-string cell and a number cell, so cases need no shared strings. */
export const text = (ref: string, value: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
export const num = (ref: string, value: number | string) => `<c r="${ref}"><v>${value}</v></c>`;
const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;

const PROJECTS = worksheet(
  row(1, text("A1", "Project ID") + text("B1", "Budget")) + row(2, text("A2", "P-1") + num("B2", 1200)),
);

function relationships(items: readonly { id: string; type: string; target: string }[], relNs = REL): string {
  return (
    `${HEAD}<Relationships xmlns="${PKG}">` +
    items.map((r) => `<Relationship Id="${r.id}" Type="${relNs}/${r.type}" Target="${r.target}"/>`).join("") +
    "</Relationships>"
  );
}

/** A workbook package from parts; the knobs cover every case below. */
export function book(spec: BookSpec): Buffer {
  const mainNs = spec.strict === true ? STRICT_MAIN : MAIN;
  const relNs = spec.strict === true ? STRICT_REL : REL;
  const workbookPath = spec.workbookPath ?? "xl/workbook.xml";
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf("/"));
  const items: ZipItem[] = [];
  const workbookRels: { id: string; type: string; target: string }[] = [];
  const entries = spec.sheets.map((sheet, i) => {
    const kind = sheet.kind ?? "worksheet";
    const path = `${folder}/${kind}s/sheet${i + 1}.xml`;
    workbookRels.push({ id: `rId${i + 1}`, type: kind, target: `/${path}` });
    items.push({ name: path, data: sheet.xml, ...sheet.part });
    if (sheet.rels !== undefined) {
      items.push({ name: `${folder}/${kind}s/_rels/sheet${i + 1}.xml.rels`, data: sheet.rels });
    }
    items.push(...(sheet.extraParts ?? []));
    const state = sheet.state === undefined ? "" : ` state="${sheet.state}"`;
    return `<x:sheet name="${sheet.name}" sheetId="${i + 1}"${state} rel:id="rId${i + 1}"/>`;
  });
  if (spec.sharedStrings !== undefined) {
    workbookRels.push({ id: "rIdS", type: "sharedStrings", target: "sharedStrings.xml" });
    items.push({
      name: `${folder}/sharedStrings.xml`,
      data: `${HEAD}<sst xmlns="${mainNs}">${spec.sharedStrings.join("")}</sst>`,
    });
  }
  const pr = spec.date1904 === undefined ? "" : `<x:workbookPr date1904="${spec.date1904}"/>`;
  // Prefixed on purpose: elements are found by namespace URI, whatever the prefix.
  items.push({
    name: workbookPath,
    data: `${HEAD}<x:workbook xmlns:x="${mainNs}" xmlns:rel="${relNs}">${pr}<x:sheets>${entries.join("")}</x:sheets></x:workbook>`,
  });
  items.push({
    name: `${folder}/_rels/${workbookPath.slice(folder.length + 1)}.rels`,
    data: relationships(workbookRels, relNs),
  });
  items.push({
    name: "_rels/.rels",
    data: relationships([{ id: "rId1", type: "officeDocument", target: `/${workbookPath}` }], relNs),
  });
  items.push({
    name: "[Content_Types].xml",
    data: `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
  });
  const omitted = new Set(spec.omit ?? []);
  return zip(
    items
      .filter((item) => !omitted.has(item.name))
      .map((item) => ({ ...item, ...spec.replace?.[item.name] })),
  );
}

function sheetValues(workbook: RawWorkbook, name: string): readonly (readonly unknown[])[] {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (sheet === undefined)
    throw new Error(`no sheet "${name}" (sheets: ${workbook.sheets.map((s) => s.name).join(", ")})`);
  return valuesOf(sheet);
}

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** The Projects sheet reads as usual, whatever else is wrong with the file. */
function projectsIntact(workbook: RawWorkbook): void {
  expectEqual(
    sheetValues(workbook, "Projects"),
    [
      ["Project ID", "Budget"],
      ["P-1", 1200],
    ],
    "Projects",
  );
}

function unreadable(workbook: RawWorkbook, name: string, pattern: RegExp): void {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (sheet?.unreadable === undefined || !pattern.test(sheet.unreadable)) {
    throw new Error(
      `sheet "${name}" should be unreadable matching ${pattern}, is ${sheet?.unreadable ?? "readable"}`,
    );
  }
  expectEqual(valuesOf(sheet), [], `${name} values`);
}

function compoundFile(stream: string): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  return Buffer.concat([header, Buffer.from(stream, "utf16le"), Buffer.alloc(64)]);
}

const LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';

const SMALL_LIMITS: XlsxLimits = {
  ...DEFAULT_XLSX_LIMITS,
  maxPartBytes: 8 * 1024 * 1024,
  maxCellsPerSheet: 100,
};

function unreadableCases(): HostileCase[] {
  const valid = book({ sheets: [{ name: "Projects", xml: PROJECTS }] });
  const damaged = { reason: REASONS.damaged };
  return [
    { name: "empty.xlsx", bytes: new Uint8Array(0), expected: { reason: REASONS.empty } },
    {
      name: "csv-renamed.xlsx",
      bytes: Buffer.from("Project ID,Budget\nP-1,1200\n"),
      expected: { reason: REASONS.text },
    },
    {
      name: "png-renamed.xlsx",
      bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      expected: { reason: REASONS.binary },
    },
    { name: "xls-renamed.xlsx", bytes: compoundFile("Workbook"), expected: { reason: REASONS.xls } },
    {
      name: "encrypted.xlsx",
      bytes: compoundFile("EncryptedPackage"),
      expected: { reason: REASONS.encrypted },
    },
    {
      name: "xlsb-renamed.xlsx",
      bytes: zip([
        { name: "xl/workbook.bin", data: "\u0083\u0001" },
        { name: "[Content_Types].xml", data: "<Types/>" },
      ]),
      expected: { reason: REASONS.xlsb },
    },
    {
      name: "ods-renamed.xlsx",
      bytes: zip([
        { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", method: 0 },
        { name: "content.xml", data: "<office:document-content/>" },
      ]),
      expected: { reason: REASONS.ods },
    },
    {
      name: "docx-renamed.xlsx",
      bytes: zip([{ name: "word/document.xml", data: "<w:document/>" }]),
      expected: { reason: REASONS.word },
    },
    {
      name: "plain-zip.xlsx",
      bytes: zip([{ name: "readme.txt", data: "hello" }]),
      expected: { reason: REASONS.plainZip },
    },
    {
      name: "truncated-half.xlsx",
      bytes: valid.subarray(0, Math.floor(valid.length / 2)),
      expected: damaged,
    },
    { name: "truncated-header.xlsx", bytes: valid.subarray(0, 30), expected: damaged },
    {
      name: "junk-before-zip.xlsx",
      bytes: Buffer.concat([Buffer.from("#!/bin/sh\necho hi\n"), valid]),
      expected: {
        reason:
          "the file has 18 bytes of other data in front of the workbook, so it is damaged or was altered; open the original in Excel and save it again",
      },
    },
    {
      name: "zip-encrypted-entries.xlsx",
      bytes: book({
        sheets: [{ name: "Projects", xml: PROJECTS }],
        replace: { "xl/workbook.xml": { flags: 1 } },
      }),
      expected: { reason: REASONS.encrypted },
    },
    {
      name: "billion-laughs-workbook.xlsx",
      bytes: book({
        sheets: [{ name: "Projects", xml: PROJECTS }],
        replace: { "xl/workbook.xml": { data: `${LAUGHS}<workbook xmlns="${MAIN}"><sheets/></workbook>` } },
      }),
      expected: damaged,
    },
    {
      name: "missing-sheet-part.xlsx",
      bytes: book({ sheets: [{ name: "Projects", xml: PROJECTS }], omit: ["xl/worksheets/sheet1.xml"] }),
      expected: damaged,
    },
    {
      name: "workbook-not-xml.xlsx",
      bytes: book({
        sheets: [{ name: "Projects", xml: PROJECTS }],
        replace: { "xl/workbook.xml": { data: '<workbook><sheets><sheet name="A & B"</sheets>' } },
      }),
      expected: damaged,
    },
    {
      name: "unknown-compression.xlsx",
      bytes: book({
        sheets: [{ name: "Projects", xml: PROJECTS }],
        replace: { "xl/workbook.xml": { method: 12 } },
      }),
      expected: damaged,
    },
    {
      name: "shared-strings-bomb.xlsx",
      bytes: book({
        sheets: [{ name: "Projects", xml: PROJECTS }],
        sharedStrings: [],
        replace: { "xl/sharedStrings.xml": { raw: deflateBomb(`<sst xmlns="${MAIN}"><si><t>`, 12) } },
      }),
      limits: SMALL_LIMITS,
      expected: {
        reason: "the part xl/sharedStrings.xml inflates to more than 8 MB, far more than a tracker holds",
      },
    },
  ];
}

function sheetProblemCases(): HostileCase[] {
  const withBroken = (
    name: string,
    sheet: Partial<SheetSpec>,
    pattern: RegExp,
    limits?: XlsxLimits,
  ): HostileCase => ({
    name,
    bytes: book({
      sheets: [
        { name: "Projects", xml: PROJECTS },
        { name: "Notes", xml: "", ...sheet },
      ],
    }),
    ...(limits === undefined ? {} : { limits }),
    expected: {
      describe: `the Notes sheet is unreadable (${pattern.source}), Projects is read`,
      check: (workbook) => {
        projectsIntact(workbook);
        unreadable(workbook, "Notes", pattern);
      },
    },
  });
  return [
    withBroken(
      "sheet-zip-bomb.xlsx",
      { part: { raw: deflateBomb(`<worksheet xmlns="${MAIN}"><sheetData>`, 64) } },
      /inflates to more than 8 MB/,
      SMALL_LIMITS,
    ),
    withBroken("sheet-billion-laughs.xlsx", { xml: `${LAUGHS}<worksheet xmlns="${MAIN}"/>` }, /DTD/),
    withBroken("sheet-unclosed-tag.xlsx", { xml: worksheet(row(1, num("A1", 1)) + "<row r=") }, /damaged/),
    withBroken(
      "sheet-mismatched-tags.xlsx",
      { xml: worksheet('<row r="1"><c r="A1"><v>1</c></row>') },
      /does not close/,
    ),
    withBroken(
      "sheet-corrupt-deflate.xlsx",
      {
        xml: worksheet(row(1, num("A1", 1))),
        part: { raw: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x01]) },
      },
      /damaged/,
    ),
    withBroken("sheet-empty-part.xlsx", { xml: "" }, /ends before/),
    withBroken(
      "sheet-too-many-cells.xlsx",
      {
        xml: worksheet(
          Array.from({ length: 30 }, (_, r) =>
            row(r + 1, num(`A${r + 1}`, 1) + num(`B${r + 1}`, 2) + num(`C${r + 1}`, 3) + num(`D${r + 1}`, 4)),
          ).join(""),
        ),
      },
      /more than 100 cells/,
      SMALL_LIMITS,
    ),
    withBroken(
      "sheet-undefined-entity.xlsx",
      { xml: worksheet(row(1, text("A1", "&nbsp;"))) },
      /undefined entity/,
    ),
    withBroken(
      "sheet-huge-text-node.xlsx",
      { xml: worksheet(row(1, `<c r="A1" t="inlineStr"><is><t>${"x".repeat(300_000)}</t></is></c>`)) },
      /longer than/,
      {
        ...DEFAULT_XLSX_LIMITS,
        maxXmlTokenChars: 100_000,
      },
    ),
  ];
}

function readableCase(
  name: string,
  bytes: Uint8Array,
  describe: string,
  check: (workbook: RawWorkbook) => void,
): HostileCase {
  return { name, bytes, expected: { describe, check } };
}

function unusualCases(): HostileCase[] {
  const table = (ref: string) =>
    `${HEAD}<table xmlns="${MAIN}" id="1" name="tblP" displayName="tblP" ref="${ref}"><tableColumns count="2"><tableColumn id="1" name="Project ID"/><tableColumn id="2" name="Budget"/></tableColumns></table>`;
  return [
    readableCase(
      "strict-ooxml.xlsx",
      book({
        strict: true,
        sheets: [
          {
            name: "Projects",
            xml:
              `${HEAD}<s:worksheet xmlns:s="${STRICT_MAIN}"><s:sheetData>` +
              '<s:row r="1"><s:c r="A1" t="inlineStr"><s:is><s:t>Project ID</s:t></s:is></s:c><s:c r="B1" t="inlineStr"><s:is><s:t>Budget</s:t></s:is></s:c></s:row>' +
              '<s:row r="2"><s:c r="A2" t="inlineStr"><s:is><s:t>P-1</s:t></s:is></s:c><s:c r="B2"><s:v>1200</s:v></s:c></s:row>' +
              "</s:sheetData></s:worksheet>",
          },
        ],
      }),
      "Strict OOXML namespaces, prefixed elements: read like the transitional file",
      projectsIntact,
    ),
    readableCase(
      "foreign-namespace-cells.xlsx",
      book({
        sheets: [
          {
            name: "Projects",
            xml:
              `${HEAD}<m:worksheet xmlns:m="${MAIN}" xmlns="urn:example:not-excel"><m:sheetData>` +
              '<m:row r="1"><m:c r="A1" t="inlineStr"><m:is><m:t>Project ID</m:t></m:is></m:c><m:c r="B1" t="inlineStr"><m:is><m:t>Budget</m:t></m:is></m:c></m:row>' +
              '<m:row r="2"><m:c r="A2" t="inlineStr"><m:is><m:t>P-1</m:t></m:is></m:c><m:c r="B2"><m:v>1200</m:v></m:c>' +
              '<c r="C2"><v>666</v></c></m:row></m:sheetData></m:worksheet>',
          },
        ],
      }),
      "an unprefixed <c> in a foreign default namespace is not a cell",
      projectsIntact,
    ),
    readableCase(
      "chart-and-dialog-sheets.xlsx",
      book({
        sheets: [
          { name: "Chart1", kind: "chartsheet", xml: `${HEAD}<chartsheet xmlns="${MAIN}"/>` },
          { name: "Projects", xml: PROJECTS },
          { name: "Dialog1", kind: "dialogsheet", xml: `${HEAD}<dialogsheet xmlns="${MAIN}"/>` },
        ],
      }),
      "chart and dialog sheets are skipped",
      (wb) => {
        expectEqual(
          wb.sheets.map((s) => s.name),
          ["Projects"],
          "sheets",
        );
        projectsIntact(wb);
      },
    ),
    readableCase(
      "names-differ-in-case.xlsx",
      book({
        sheets: [
          { name: "Projects", xml: PROJECTS },
          { name: "PROJECTS", xml: worksheet(row(1, num("A1", 2))) },
        ],
      }),
      "sheets whose names differ only in case are both read",
      (wb) => {
        projectsIntact(wb);
        expectEqual(sheetValues(wb, "PROJECTS"), [[2]], "PROJECTS");
      },
    ),
    readableCase(
      "hidden-sheets.xlsx",
      book({
        sheets: [
          { name: "Projects", xml: PROJECTS, state: "hidden" },
          { name: "Secret", xml: worksheet(row(2, num("B2", 5))), state: "veryHidden" },
        ],
      }),
      "hidden and very hidden sheets are read",
      (wb) => {
        projectsIntact(wb);
        expectEqual(sheetValues(wb, "Secret"), [[5]], "Secret");
      },
    ),
    readableCase(
      "no-dimension-no-refs-out-of-order.xlsx",
      book({
        sheets: [
          {
            name: "Projects",
            xml: worksheet(
              '<row r="2"><c t="inlineStr"><is><t>P-1</t></is></c><c><v>1200</v></c></row>' +
                '<row r="1"><c t="inlineStr"><is><t>Project ID</t></is></c><c t="inlineStr"><is><t>Budget</t></is></c></row>',
            ),
          },
        ],
      }),
      "cells without r attributes count columns; rows out of order land in place",
      projectsIntact,
    ),
    readableCase(
      "far-corner.xlsx",
      book({
        sheets: [
          {
            name: "Projects",
            xml: worksheet(row(1, num("A1", 1)) + row(1_048_576, text("XFD1048576", "x"))),
          },
        ],
      }),
      "a value at XFD1048576 stretches the grid without blowing up memory",
      (wb) => {
        const values = sheetValues(wb, "Projects");
        expectEqual(values.length, 1_048_576, "rows");
        expectEqual(values[1_048_575]?.[16_383], "x", "XFD1048576");
        expectEqual(values[500]?.length, 0, "a blank row in between");
      },
    ),
    readableCase(
      "rich-phonetic-escapes.xlsx",
      book({
        sharedStrings: [
          '<si><r><t>Pro</t></r><r><rPr><b/></rPr><t>ject ID</t></r><rPh sb="0" eb="1"><t>ぷろ</t></rPh></si>',
          "<si><t>Line_x000D_break &amp; &#x41;<![CDATA[<b>]]></t></si>",
        ],
        sheets: [
          {
            name: "Projects",
            xml: worksheet(
              row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>99</v></c>'),
            ),
          },
        ],
      }),
      "rich runs joined, phonetic guides left out, _x000D_, character references and CDATA decoded, a bad index blank",
      (wb) => expectEqual(sheetValues(wb, "Projects"), [["Project ID", "Line\rbreak & A<b>"]], "strings"),
    ),
    readableCase(
      "date1904-true.xlsx",
      book({ date1904: "true", sheets: [{ name: "Projects", xml: PROJECTS }] }),
      'date1904="true" (not "1") selects the 1904 system',
      (wb) => expectEqual(wb.date1904, true, "date1904"),
    ),
    readableCase(
      "odd-part-names.xlsx",
      book({ workbookPath: "Book/Main.xml", sheets: [{ name: "Projects", xml: PROJECTS }] }),
      "a workbook part outside xl/, found through the package relationships",
      projectsIntact,
    ),
    readableCase(
      "stored-bom-declaration.xlsx",
      book({
        sheets: [{ name: "Projects", xml: `\ufeff${PROJECTS}`, part: { method: 0 } }],
      }),
      "a stored (uncompressed) part with a byte-order mark",
      projectsIntact,
    ),
    readableCase(
      "numbers-out-of-range.xlsx",
      book({
        sheets: [
          {
            name: "Projects",
            xml: worksheet(row(1, num("A1", "1e400") + num("B1", "-0") + num("C1", "abc"))),
          },
        ],
      }),
      "a number Excel cannot hold stays text for the core to report",
      (wb) => expectEqual(sheetValues(wb, "Projects"), [["1e400", 0, "abc"]], "values"),
    ),
    readableCase(
      "broken-table-part.xlsx",
      book({
        sheets: [
          {
            name: "Projects",
            xml: worksheet(
              row(1, text("A1", "Project ID") + text("B1", "Budget")) +
                row(2, text("A2", "P-1") + num("B2", 1200)),
              '<tableParts count="2"><tablePart r:id="rT1"/><tablePart r:id="rT2"/></tableParts>',
            ),
            rels: relationships([
              { id: "rT1", type: "table", target: "../tables/table1.xml" },
              { id: "rT2", type: "table", target: "../tables/table2.xml" },
            ]),
            extraParts: [
              { name: "xl/tables/table1.xml", data: table("A1:B2") },
              { name: "xl/tables/table2.xml", data: "<table" },
            ],
          },
        ],
      }),
      "a damaged table part is left out; the good one and the grid are read",
      (wb) => {
        projectsIntact(wb);
        expectEqual(
          wb.sheets[0]?.listObjects?.map((t) => t.name),
          ["tblP"],
          "tables",
        );
      },
    ),
    readableCase(
      "merged-two-row-header.xlsx",
      book({
        sheets: [
          {
            name: "Projects",
            xml: worksheet(
              row(1, text("A1", "Project ID") + text("B1", "Budget")) +
                row(2, text("B2", "stray")) +
                row(3, text("A3", "P-1") + num("B3", 1200)),
              '<mergeCells count="2"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/></mergeCells>',
            ),
          },
        ],
      }),
      "a value in a covered cell of a merge is blank, as in Excel",
      (wb) => {
        expectEqual(
          sheetValues(wb, "Projects"),
          [
            ["Project ID", "Budget"],
            [null, null],
            ["P-1", 1200],
          ],
          "values",
        );
        expectEqual(wb.sheets[0]?.merges?.length, 2, "merges");
      },
    ),
    readableCase(
      "trailing-junk-after-zip.xlsx",
      Buffer.concat([
        book({ sheets: [{ name: "Projects", xml: PROJECTS }] }),
        Buffer.from("\n-- signature --\n"),
      ]),
      "bytes after the end record (within a zip comment's reach) do not stop the read",
      projectsIntact,
    ),
    readableCase(
      "case-insensitive-part-names.xlsx",
      (() => {
        const bytes = book({ sheets: [{ name: "Projects", xml: PROJECTS }] });
        // Rename the sheet part in place (same length) so its relationship target differs in case.
        const name = Buffer.from("xl/worksheets/sheet1.xml");
        const upper = Buffer.from("XL/Worksheets/Sheet1.xml");
        let at = bytes.indexOf(name);
        while (at >= 0) {
          upper.copy(bytes, at);
          at = bytes.indexOf(name, at + 1);
        }
        return bytes;
      })(),
      "part names match case-insensitively, as OPC says",
      projectsIntact,
    ),
  ];
}

/** Every case, in a fixed order. */
export function hostileCorpus(): HostileCase[] {
  return [...unreadableCases(), ...sheetProblemCases(), ...unusualCases()];
}

/** Writes every case's bytes into `dir` (for a CLI-level corpus); returns the paths in corpus order. */
export async function writeHostileCorpus(dir: string): Promise<string[]> {
  const { writeFile } = await import("node:fs/promises");
  const { join } = await import("node:path");
  const paths: string[] = [];
  for (const hostile of hostileCorpus()) {
    const path = join(dir, hostile.name);
    await writeFile(path, hostile.bytes);
    paths.push(path);
  }
  return paths;
}
