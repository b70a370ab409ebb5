/**
 * Minimal PNG reader for render checks: 8-bit greyscale, RGB, grey+alpha or RGBA, not interlaced
 * (what pdftoppm writes). Enough to count pixels; not a general decoder.
 */
import { readFileSync } from "fs";
import { inflateSync } from "zlib";

export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  /** Returns [r, g, b] of a pixel. */
  readonly rgb: (x: number, y: number) => readonly [number, number, number];
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(path: string): DecodedPng {
  const file = readFileSync(path);
  if (file.toString("latin1", 1, 4) !== "PNG") throw new Error(`${path} is not a PNG`);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString("latin1", offset + 4, offset + 8);
    const data = file.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const bitDepth = data[8];
      channels = CHANNELS[data[9] ?? -1] ?? 0;
      if (bitDepth !== 8 || channels === 0 || data[12] !== 0) {
        throw new Error(`${path}: only 8-bit, non-interlaced grey/RGB(A) PNGs are supported`);
      }
    } else if (type === "IDAT") {
      idat.push(data);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i += 1) {
      const x = raw[y * (stride + 1) + 1 + i] ?? 0;
      const a = i >= channels ? (pixels[y * stride + i - channels] ?? 0) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + i] ?? 0) : 0;
      const c = y > 0 && i >= channels ? (pixels[(y - 1) * stride + i - channels] ?? 0) : 0;
      const predictor = [0, a, b, Math.floor((a + b) / 2), paeth(a, b, c)][filter ?? 0] ?? 0;
      pixels[y * stride + i] = (x + predictor) & 0xff;
    }
  }
  return {
    width,
    height,
    rgb: (x, y) => {
      const at = y * stride + x * channels;
      const r = pixels[at] ?? 0;
      return channels >= 3 ? [r, pixels[at + 1] ?? 0, pixels[at + 2] ?? 0] : [r, r, r];
    },
  };
}

/** Pixels that are clearly coloured (not white, grey or black): chart series, not text or frames. */
export function countColouredPixels(png: DecodedPng): number {
  let count = 0;
  for (let y = 0; y < png.height; y += 1) {
    for (let x = 0; x < png.width; x += 1) {
      const [r, g, b] = png.rgb(x, y);
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count += 1;
    }
  }
  return count;
}
