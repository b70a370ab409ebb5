import { crc32 } from "node:zlib";
import { crc32Combine } from "../../../src/xlsx/write/zip/crc32Combine";

const bytes = (s: string) => Buffer.from(s, "utf8");

describe("crc32Combine", () => {
  it.each([
    ["hello ", "world"],
    ["", "abc"],
    ["abc", ""],
    ["Réunion €", "x".repeat(1_000_003)],
    ["y".repeat(70_000), "<row><c><v>1</v></c></row>".repeat(5_000)],
  ])("gives crc32(A + B) from crc32(A), crc32(B) and B's length (%#)", (a, b) => {
    const combined = crc32Combine(crc32(bytes(a)), crc32(bytes(b)), bytes(b).length);
    expect(combined).toBe(crc32(Buffer.concat([bytes(a), bytes(b)])));
  });

  it("chains over several pieces", () => {
    const pieces = ["one", "two", "three", "four"].map(bytes);
    const crc = pieces.reduce((acc, p) => crc32Combine(acc, crc32(p), p.length), 0);
    expect(crc).toBe(crc32(Buffer.concat(pieces)));
  });
});
