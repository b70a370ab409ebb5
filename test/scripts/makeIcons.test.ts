import { readFileSync } from "fs";
import { join } from "path";
import { BRAND_RGB, ICONS, renderIcon } from "../../scripts/makeIcons";
import { crc32, encodePng } from "../../scripts/png";
import { readPngInfo, readPngRgba } from "../support/png";

describe("png", () => {
  it("computes the PNG CRC-32 of a known chunk type", () => {
    expect(crc32(Buffer.from("IEND", "ascii"))).toBe(0xae426082);
  });

  it("round-trips pixels through encodePng", () => {
    const pixels = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40]);
    const file = encodePng(2, 2, pixels);
    expect(readPngInfo(file)).toEqual({ width: 2, height: 2, bitDepth: 8, colourType: 6 });
    expect(readPngRgba(file)).toEqual(pixels);
  });

  it("refuses a pixel buffer of the wrong length", () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow("expected 16");
  });
});

describe("makeIcons", () => {
  it("draws a brand-coloured edge, a white glyph and transparent corners", () => {
    const pixels = renderIcon("pulse", 32);
    const at = (x: number, y: number): number[] =>
      Array.from(pixels.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 4));
    expect(at(0, 0)[3]).toBe(0);
    expect(at(0, 16)).toEqual([...BRAND_RGB, 255]);
    expect(at(16, 24)).toEqual([255, 255, 255, 255]); // inside the middle bar
  });

  it.each(ICONS.map((icon) => [icon.file, icon] as const))(
    "assets/%s is what the script draws",
    (_file, icon) => {
      const committed = readFileSync(join(__dirname, "..", "..", "assets", icon.file));
      expect(readPngInfo(committed)).toMatchObject({ width: icon.size, height: icon.size });
      expect(Buffer.from(readPngRgba(committed)).equals(Buffer.from(renderIcon(icon.glyph, icon.size)))).toBe(
        true,
      );
    },
  );
});
