import { crc32, inflateRawSync } from "node:zlib";
import { NODE_RUN_CODEC } from "../../../src/file/zip/nodeRunCodec";
import { NODE_ZIP_CODEC } from "../../../src/file/zip/nodeZipCodec";
import { DEFAULT_XLSX_LIMITS } from "../../../src/xlsx/limits";
import { leaveOutRuns } from "../../../src/xlsx/rowRuns/leaveOutRuns";
import { parseRunIndex, runIndexText, type RunIndex } from "../../../src/xlsx/rowRuns/runIndex";
import { StoredRun } from "../../../src/xlsx/rowRuns/storedRun";
import { readOwnRows } from "../../../src/xlsx/rowRuns/ownRows";
import { PORTABLE_RUN_CODEC } from "../../../src/xlsx/rowRuns/runCodec";
import { storedRunRows } from "../../../src/xlsx/rowRuns/storedRunRows";
import { PartWriter, type DeflatedPart } from "../../../src/xlsx/write/zip/partWriter";
import { writeZip } from "../../../src/xlsx/write/zip/writeZip";
import { PORTABLE_ZIP_CODEC } from "../../../src/xlsx/write/zip/zipCodec";
import { readEntry } from "../../../src/xlsx/zip/readEntry";
import { readZipDirectory, type ZipEntry } from "../../../src/xlsx/zip/zipDirectory";

const HEAD = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const TAIL = "</sheetData></worksheet>";
const row = (period: string, i: number) =>
  `<row><c t="inlineStr"><is><t>${period}</t></is></c><c t="inlineStr"><is><t>P-${i} &amp; Co</t></is></c><c/><c s="1"><v>${i * 1.5}</v></c></row>`;
const periodXml = (period: string, n: number) =>
  Array.from({ length: n }, (_v, i) => row(period, i)).join("");

function inflate(chunks: readonly Uint8Array[]): string {
  return inflateRawSync(Buffer.concat(chunks.map((c) => Buffer.from(c)))).toString("utf8");
}

/** A sheet part with a stored run per period between a head and a tail, written in small pieces. */
function writeRuns(periods: readonly [string, number][]): DeflatedPart {
  const writer = new PartWriter(NODE_ZIP_CODEC);
  writer.write(HEAD);
  writer.write('<row r="1"><c r="A1"><v>7</v></c></row>');
  for (const [period, n] of periods) {
    writer.beginRun();
    for (let i = 0; i < n; i++) writer.write(row(period, i));
    writer.endRun(`T ${period}`, n);
  }
  writer.write(TAIL);
  return writer.finish();
}

/** The part as a one-entry zip with its run index as the entry's comment, and its directory entry. */
function zipped(part: DeflatedPart): { data: Uint8Array; entry: ZipEntry } {
  const index: RunIndex = {
    crc: part.crc,
    size: part.size,
    compressedSize: part.compressedSize,
    styles: "0=",
    inlineStrings: true,
    runs: part.runs ?? [],
  };
  const data = writeZip(
    [{ name: "sheet.xml", part, comment: new TextEncoder().encode(runIndexText(index)) }],
    new Date(0),
    NODE_ZIP_CODEC,
  );
  const [entry] = readZipDirectory(data, DEFAULT_XLSX_LIMITS);
  if (entry === undefined) throw new Error("no entry");
  return { data, entry };
}

function entryText(data: Uint8Array, entry: ZipEntry): string {
  const chunks: Uint8Array[] = [];
  readEntry(data, entry, 1e9, (c) => chunks.push(c.slice()));
  return Buffer.concat(chunks).toString("utf8");
}

describe("stored runs", () => {
  // 3,000 rows of ~170 bytes: runs that span several 1 MB buffers.
  const periods: [string, number][] = [
    ["2026-08-31", 3_000],
    ["2026-09-30", 2],
    ["2026-10-31", 7_000],
  ];

  it("records each run where it lies, each inflating on its own to exactly its rows", () => {
    const part = writeRuns(periods);
    const compressed = Buffer.concat(part.chunks.map((c) => Buffer.from(c)));
    expect(part.runs?.map((r) => [r.key, r.rows])).toEqual(periods.map(([p, n]) => [`T ${p}`, n]));
    for (const [i, run] of (part.runs ?? []).entries()) {
      const [period, n] = periods[i] as [string, number];
      const bytes = compressed.subarray(run.offset, run.offset + run.length);
      const text = inflateRawSync(Buffer.concat([bytes, Buffer.from([3, 0])])).toString("utf8");
      expect(text).toBe(periodXml(period, n));
      expect(run.size).toBe(Buffer.byteLength(text));
      expect(run.crc).toBe(crc32(Buffer.from(text)));
    }
    expect(inflate(part.chunks)).toBe(
      HEAD +
        '<row r="1"><c r="A1"><v>7</v></c></row>' +
        periods.map(([p, n]) => periodXml(p, n)).join("") +
        TAIL,
    );
  });

  it("copies a stored run unchanged, keeping the part's CRC and size right", () => {
    const source = writeRuns(periods);
    const { data, entry } = zipped(source);
    const left = leaveOutRuns(data, entry);
    const middle = left?.runs[1];
    if (middle === undefined) throw new Error("no runs");
    const writer = new PartWriter(NODE_ZIP_CODEC);
    writer.write("<a>");
    writer.writeStored(middle);
    writer.write("</a>");
    const part = writer.finish();
    const text = `<a>${periodXml("2026-09-30", 2)}</a>`;
    expect(inflate(part.chunks)).toBe(text);
    expect(part.crc).toBe(crc32(Buffer.from(text)));
    expect(part.size).toBe(Buffer.byteLength(text));
    expect(part.runs).toEqual([
      {
        key: "T 2026-09-30",
        rows: 2,
        offset: part.chunks[0]?.length,
        length: middle.compressed.length,
        size: middle.size,
        crc: middle.crc,
      },
    ]);
  });

  it("stores no runs with a codec whose chunks depend on each other (the pane's fflate)", () => {
    const writer = new PartWriter(PORTABLE_ZIP_CODEC);
    expect(writer.storesRuns).toBe(false);
    writer.beginRun();
    writer.write(row("2026-10-31", 1));
    writer.endRun("T 2026-10-31", 1);
    const part = writer.finish();
    expect(part.runs).toBeUndefined();
    expect(inflate(part.chunks)).toBe(row("2026-10-31", 1));
    expect(() => writer.writeStored(new StoredRun("x", 1, new Uint8Array(0), 0, 0, ""))).toThrow();
  });

  it("reads a part without its runs, and each run's rows on demand", () => {
    const { data, entry } = zipped(writeRuns(periods));
    expect(entry.comment?.startsWith("PMO Pulse row runs 1\n")).toBe(true);
    const left = leaveOutRuns(data, entry);
    if (left === null) throw new Error("index not recognised");
    expect(entryText(data, left.entry)).toBe(HEAD + '<row r="1"><c r="A1"><v>7</v></c></row>' + TAIL);
    expect(left.runs.map((r) => [r.key, r.rows, r.styles])).toEqual(
      periods.map(([p, n]) => [`T ${p}`, n, "0="]),
    );
    const rows = storedRunRows(left.runs[2] as StoredRun);
    expect(rows).toHaveLength(7_000);
    expect(rows[0]).toEqual(["2026-10-31", "P-0 & Co", null, 0]);
    expect(rows[6_999]).toEqual(["2026-10-31", "P-6999 & Co", null, 6_999 * 1.5]);
  });

  it("trusts no index that does not describe the entry exactly", () => {
    const { data, entry } = zipped(writeRuns(periods));
    const index = parseRunIndex(entry.comment ?? "", entry);
    expect(index?.runs).toHaveLength(3);
    // Another CRC or size: the part was written again by someone else.
    expect(parseRunIndex(entry.comment ?? "", { ...entry, crc: (entry.crc + 1) >>> 0 })).toBeNull();
    expect(
      parseRunIndex(entry.comment ?? "", { ...entry, compressedSize: entry.compressedSize - 1 }),
    ).toBeNull();
    expect(leaveOutRuns(data, { ...entry, uncompressedSize: entry.uncompressedSize + 1 })).toBeNull();
    // Not ours, not JSON, runs out of order or past the data.
    expect(parseRunIndex("Created by a zip tool", entry)).toBeNull();
    expect(parseRunIndex("PMO Pulse row runs 1\n{", entry)).toBeNull();
    const runs = index?.runs ?? [];
    const base = {
      inlineStrings: true,
      crc: entry.crc,
      size: entry.uncompressedSize,
      compressedSize: entry.compressedSize,
      styles: "",
    };
    expect(parseRunIndex(runIndexText({ ...base, runs: [...runs].reverse() }), entry)).toBeNull();
    // Consistent with the entry, but not on the stream's flush points: the bytes are not runs.
    const first = runs[0] as (typeof runs)[number];
    const shifted = runIndexText({
      ...base,
      runs: [{ ...first, offset: first.offset + 1, length: first.length - 1 }],
    });
    expect(parseRunIndex(shifted, entry)).not.toBeNull();
    expect(leaveOutRuns(data, { ...entry, comment: shifted })).toBeNull();
    const past = { ...(runs[0] as (typeof runs)[number]), offset: entry.compressedSize };
    expect(parseRunIndex(runIndexText({ ...base, runs: [past] }), entry)).toBeNull();
  });

  it("says which run is damaged when its bytes do not inflate to its size", () => {
    const { data, entry } = zipped(writeRuns(periods));
    const run = leaveOutRuns(data, entry)?.runs[0] as StoredRun;
    const short = new StoredRun(run.key, run.rows, run.compressed, run.crc, run.size - 1, run.styles);
    expect(() => storedRunRows(short)).toThrow(/stored run "T 2026-08-31" is damaged/);
    const broken = new StoredRun(
      run.key,
      run.rows,
      run.compressed.subarray(0, 10),
      run.crc,
      run.size,
      run.styles,
    );
    expect(() => storedRunRows(broken)).toThrow(/stored run "T 2026-08-31" is damaged/);
  });
});

/** `xml` written as a part's only run, and that run as a reader gets it. */
function storedOnly(xml: string, rows: number): StoredRun {
  const writer = new PartWriter(NODE_ZIP_CODEC);
  writer.beginRun();
  writer.write(xml);
  writer.endRun("T 2026-10-31", rows);
  const part = writer.finish();
  const record = part.runs?.[0];
  if (record === undefined) throw new Error("no run");
  const bytes = Buffer.concat(part.chunks.map((c) => Buffer.from(c))).subarray(
    record.offset,
    record.offset + record.length,
  );
  return new StoredRun(record.key, rows, bytes, record.crc, record.size, "");
}

describe("a stored run altered after it was written", () => {
  it("is refused by its checksum", () => {
    const run = storedOnly(row("2026-10-31", 1), 1);
    const altered = new StoredRun(run.key, 1, run.compressed, (run.crc ^ 1) >>> 0, run.size, "");
    expect(() => storedRunRows(altered)).toThrow(/"T 2026-10-31" is damaged \(its checksum does not match\)/);
  });
});

describe("reading stored rows", () => {
  const stored = storedOnly;

  it("reads the form the writer stores: empty, styled, numbers, booleans and escaped or spaced text", () => {
    const xml =
      '<row><c/><c s="3"/><c s="1"><v>-1.5e-7</v></c><c t="b"><v>1</v></c><c t="b"><v>0</v></c>' +
      '<c t="inlineStr"><is><t>R&amp;D &lt;Q1&gt; &quot;x&quot;</t></is></c>' +
      '<c s="2" t="inlineStr"><is><t xml:space="preserve">  =HYPERLINK("x") </t></is></c></row>' +
      '<row><c t="inlineStr"><is><t>two\r\nlines</t></is></c></row>';
    expect(readOwnRows(xml)).toEqual([
      [null, null, -1.5e-7, true, false, 'R&D <Q1> "x"', '  =HYPERLINK("x") '],
      ["two\nlines"],
    ]);
    expect(storedRunRows(stored(xml, 2))).toEqual(readOwnRows(xml));
  });

  it("leaves any other form to the general sheet reader, with the same values", () => {
    const rich = '<row><c t="inlineStr"><is><r><t>Ri</t></r><r><t>ch</t></r></is></c><c><v>2</v></c></row>';
    expect(readOwnRows(rich)).toBeNull();
    expect(readOwnRows('<row r="3"><c><v>1</v></c></row>')).toBeNull();
    expect(readOwnRows('<row><c t="s"><v>1</v></c></row>')).toBeNull();
    expect(storedRunRows(stored(rich, 1))).toEqual([["Rich", 2]]);
  });
});

describe("stored rows through each run codec (portable in the pane, native zlib in the CLI)", () => {
  const codecs = [
    ["portable", PORTABLE_RUN_CODEC],
    ["node", NODE_RUN_CODEC],
  ] as const;
  const ascii = row("2026-10-31", 1) + row("2026-10-31", 2);
  const accented = '<row><c t="inlineStr"><is><t>Zoë · Ünal — 東京</t></is></c><c><v>3</v></c></row>';

  it.each(codecs)("%s: reads the same rows, ASCII or not", (_name, codec) => {
    expect(storedRunRows(storedOnly(ascii, 2), DEFAULT_XLSX_LIMITS, codec)).toEqual(readOwnRows(ascii));
    expect(storedRunRows(storedOnly(accented, 1), DEFAULT_XLSX_LIMITS, codec)).toEqual([
      ["Zoë · Ünal — 東京", 3],
    ]);
  });

  it.each(codecs)(
    "%s: refuses a run that inflates short or long, is cut, or fails its checksum",
    (_name, codec) => {
      const run = storedOnly(ascii, 2);
      const sized = (size: number) => new StoredRun(run.key, 2, run.compressed, run.crc, size, "");
      expect(() => storedRunRows(sized(run.size - 1), DEFAULT_XLSX_LIMITS, codec)).toThrow(/is damaged/);
      expect(() => storedRunRows(sized(run.size + 1), DEFAULT_XLSX_LIMITS, codec)).toThrow(/is damaged/);
      const cut = new StoredRun(run.key, 2, run.compressed.subarray(0, 10), run.crc, run.size, "");
      expect(() => storedRunRows(cut, DEFAULT_XLSX_LIMITS, codec)).toThrow(/is damaged/);
      const altered = new StoredRun(run.key, 2, run.compressed, (run.crc ^ 1) >>> 0, run.size, "");
      expect(() => storedRunRows(altered, DEFAULT_XLSX_LIMITS, codec)).toThrow(/its checksum does not match/);
    },
  );
});
