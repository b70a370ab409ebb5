/**
 * Minimal PNG reader for tests: 8-bit greyscale, RGB, grey+alpha or RGBA, not interlaced, any row
 * filter (what pdftoppm and scripts/png.ts write). Enough to check sizes and count pixels.
 */
import { readFileSync } from "fs";
import { inflateSync } from "zlib";

const SIGNATURE = "89504e470d0a1a0a";
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export interface PngInfo {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
}

export interface DecodedPng extends PngInfo {
  readonly channels: number;
  /** Unfiltered pixel bytes, `channels` per pixel, row after row. */
  readonly pixels: Uint8Array;
  /** [r, g, b] of a pixel (grey repeated for greyscale). */
  readonly rgb: (x: number, y: number) => readonly [number, number, number];
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

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes a PNG file's bytes, undoing every row filter. */
export function decodePng(file: Buffer): DecodedPng {
  const info = readPngInfo(file);
  const { width, height, bitDepth, colourType } = info;
  const channels = CHANNELS[colourType] ?? 0;
  if (bitDepth !== 8 || channels === 0 || file.readUInt8(28) !== 0) {
    throw new Error(
      `unsupported PNG: ${bitDepth}-bit colour type ${colourType} (8-bit, non-interlaced only)`,
    );
  }
  const idat: Buffer[] = [];
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    if (file.subarray(at + 4, at + 8).toString("ascii") === "IDAT")
      idat.push(file.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length !== (stride + 1) * height) throw new Error(`PNG image data has ${raw.length} bytes`);
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    if (filter > 4) throw new Error(`PNG row ${y} uses unknown filter ${filter}`);
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i] ?? 0;
      const a = i >= channels ? (pixels[y * stride + i - channels] ?? 0) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + i] ?? 0) : 0;
      const c = y > 0 && i >= channels ? (pixels[(y - 1) * stride + i - channels] ?? 0) : 0;
      const predictor = [0, a, b, Math.floor((a + b) / 2), paeth(a, b, c)][filter] ?? 0;
      pixels[y * stride + i] = (x + predictor) & 0xff;
    }
  }
  return {
    ...info,
    channels,
    pixels,
    rgb: (x, y) => {
      const at = y * stride + x * channels;
      const r = pixels[at] ?? 0;
      return channels >= 3 ? [r, pixels[at + 1] ?? 0, pixels[at + 2] ?? 0] : [r, r, r];
    },
  };
}

export function decodePngFile(path: string): DecodedPng {
  return decodePng(readFileSync(path));
}

/** The RGBA bytes of an 8-bit RGBA PNG (the icons), for exact pixel comparisons. */
export function readPngRgba(file: Buffer): Uint8Array {
  const png = decodePng(file);
  if (png.colourType !== 6) throw new Error(`expected an RGBA PNG, got colour type ${png.colourType}`);
  return png.pixels;
}

/** Pixels that are clearly coloured (not white, grey or black): chart series, not text or frames. */
export function countColouredPixels(png: DecodedPng): number {
  let count = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const [r, g, b] = png.rgb(x, y);
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count++;
    }
  }
  return count;
}
