// Reads back the PNGs scripts/png.ts writes (8-bit RGBA, every row filter 0), alpha included, so icon
// tests can compare exact pixels. For rendered pages (any colour type or filter) use ./png.ts.
import { inflateSync } from "zlib";

const SIGNATURE = "89504e470d0a1a0a";

export interface PngInfo {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
}

/** Size and format from the IHDR chunk, which the PNG spec requires to come first. */
export function readPngInfo(file: Buffer): PngInfo {
  if (file.subarray(0, 8).toString("hex") !== SIGNATURE) throw new Error("not a PNG file (bad signature)");
  if (file.subarray(12, 16).toString("ascii") !== "IHDR") throw new Error("PNG does not start with IHDR");
  return {
    width: file.readUInt32BE(16),
    height: file.readUInt32BE(20),
    bitDepth: file.readUInt8(24),
    colourType: file.readUInt8(25),
  };
}

/** Decodes the RGBA pixels of an 8-bit RGBA PNG whose rows all use filter type 0. */
export function readPngRgba(file: Buffer): Uint8Array {
  const { width, height, bitDepth, colourType } = readPngInfo(file);
  if (bitDepth !== 8 || colourType !== 6)
    throw new Error(`unsupported PNG format ${bitDepth}-bit type ${colourType}`);
  const idat: Buffer[] = [];
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    const type = file.subarray(at + 4, at + 8).toString("ascii");
    if (type === "IDAT") idat.push(file.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  if (raw.length !== (stride + 1) * height) throw new Error(`PNG image data has ${raw.length} bytes`);
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    if (filter !== 0) throw new Error(`PNG row ${y} uses filter ${filter ?? "?"}; only 0 is supported`);
    pixels.set(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  }
  return pixels;
}
