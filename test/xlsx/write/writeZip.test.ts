import JSZip from "jszip";
import { writeZip } from "../../../src/xlsx/write/zip/writeZip";

const when = new Date(Date.UTC(2026, 10, 29, 8, 15, 30));
const text = (s: string) => new TextEncoder().encode(s);

describe("writeZip", () => {
  const entries = [
    { name: "[Content_Types].xml", data: text("<Types/>".repeat(100)) },
    { name: "xl/worksheets/sheet1.xml", data: text("<worksheet>Réunion — 45 %</worksheet>") },
    { name: "empty.bin", data: new Uint8Array(0) },
  ];

  it("writes an archive other readers open, with every part's bytes, in order", async () => {
    const zip = await JSZip.loadAsync(writeZip(entries, when));
    expect(Object.keys(zip.files)).toEqual(entries.map((e) => e.name));
    for (const entry of entries) {
      expect(await zip.file(entry.name)?.async("uint8array")).toEqual(entry.data);
    }
    expect(await zip.file("xl/worksheets/sheet1.xml")?.async("string")).toBe(
      "<worksheet>Réunion — 45 %</worksheet>",
    );
  });

  it("stamps every entry with the given time (to 2 seconds) and is byte-stable", async () => {
    const zip = await JSZip.loadAsync(writeZip(entries, when));
    // DOS times are local fields; JSZip reads them as UTC-less fields into a Date with the same numbers.
    const date = zip.file("empty.bin")?.date;
    expect([date?.getUTCHours(), date?.getUTCMinutes(), date?.getUTCSeconds()]).toEqual([8, 15, 30]);
    expect(writeZip(entries, when)).toEqual(writeZip(entries, when));
  });

  it("compresses repetitive parts", () => {
    // The first part alone is 800 bytes uncompressed; the whole archive, headers included, is smaller.
    expect(writeZip(entries, when).length).toBeLessThan(800);
  });
});
