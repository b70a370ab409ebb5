// Generates the add-in's PNG icons (ribbon, task pane, store) from simple vector shapes so they
// can be redrawn at any size and reviewed as code. Run from the repository root:
// `npx tsc -p tsconfig.cli.json && node dist/scripts/makeIcons.js [outDir]` (outDir defaults to assets/).
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { encodePng } from "./png";

/** The three glyphs: the product mark and one per ribbon function command. */
export type Glyph = "pulse" | "validate" | "refresh";

export interface IconSpec {
  readonly glyph: Glyph;
  readonly size: number;
  /** File name under assets/. */
  readonly file: string;
}

/** Brand colour (deep teal) behind a white glyph; RGB. */
export const BRAND_RGB: readonly [number, number, number] = [0x0b, 0x6e, 0x73];

/**
 * Every icon the manifest and the store listing need: the product mark at 16/32/64/80/128 px
 * (64 is HighResolutionIconUrl, 128 the store icon) and the command glyphs at the ribbon sizes 16/32/80.
 */
export const ICONS: readonly IconSpec[] = [
  ...[16, 32, 64, 80, 128].map((size) => ({ glyph: "pulse" as const, size, file: `icon-${size}.png` })),
  ...(["validate", "refresh"] as const).flatMap((glyph) =>
    [16, 32, 80].map((size) => ({ glyph, size, file: `${glyph}-${size}.png` })),
  ),
];

type Point = readonly [number, number];

function distanceToSegment(px: number, py: number, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (a[0] + t * dx), py - (a[1] + t * dy));
}

function onPolyline(px: number, py: number, points: readonly Point[], halfWidth: number): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b && distanceToSegment(px, py, a, b) <= halfWidth) return true;
  }
  return false;
}

function inTriangle(px: number, py: number, [a, b, c]: readonly [Point, Point, Point]): boolean {
  const side = (p: Point, q: Point): number => (q[0] - p[0]) * (py - p[1]) - (q[1] - p[1]) * (px - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function inRoundedSquare(px: number, py: number, radius: number): boolean {
  const cx = Math.min(Math.max(px, radius), 1 - radius);
  const cy = Math.min(Math.max(py, radius), 1 - radius);
  return px >= 0 && px <= 1 && py >= 0 && py <= 1 && Math.hypot(px - cx, py - cy) <= radius;
}

// Glyph shapes in unit coordinates (0..1, y down), tuned to stay legible at 16 px.
const BARS: readonly (readonly [number, number, number])[] = [
  [0.19, 0.33, 0.62],
  [0.43, 0.57, 0.52],
  [0.67, 0.81, 0.42],
];
const PULSE_LINE: readonly Point[] = [
  [0.14, 0.28],
  [0.34, 0.28],
  [0.42, 0.12],
  [0.52, 0.4],
  [0.6, 0.24],
  [0.86, 0.24],
];
const CHECK_MARK: readonly Point[] = [
  [0.24, 0.52],
  [0.42, 0.7],
  [0.78, 0.32],
];
const ARROW_HEAD: readonly [Point, Point, Point] = [
  [0.44, 0.08],
  [0.44, 0.36],
  [0.64, 0.22],
];

function inGlyph(glyph: Glyph, x: number, y: number): boolean {
  switch (glyph) {
    case "pulse":
      return (
        BARS.some(([left, right, top]) => x >= left && x <= right && y >= top && y <= 0.82) ||
        onPolyline(x, y, PULSE_LINE, 0.04)
      );
    case "validate":
      return onPolyline(x, y, CHECK_MARK, 0.065);
    case "refresh": {
      // A ring open between 12 and 2 o'clock, with an arrow head at 12 pointing clockwise.
      const angle = (Math.atan2(y - 0.5, x - 0.5) * 180) / Math.PI;
      const onRing = Math.abs(Math.hypot(x - 0.5, y - 0.5) - 0.28) <= 0.05 && !(angle > -90 && angle < -30);
      return onRing || inTriangle(x, y, ARROW_HEAD);
    }
  }
}

/**
 * Renders one icon as straight RGBA pixels: the glyph in white on a rounded brand-coloured square,
 * anti-aliased by 4x4 supersampling; outside the square is transparent.
 */
export function renderIcon(glyph: Glyph, size: number): Uint8Array {
  const samples = 4;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let alpha = 0;
      let red = 0;
      let green = 0;
      let blue = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!inRoundedSquare(x, y, 0.2)) continue;
          const [r, g, b] = inGlyph(glyph, x, y) ? [255, 255, 255] : BRAND_RGB;
          alpha += 1;
          red += r;
          green += g;
          blue += b;
        }
      }
      const offset = (py * size + px) * 4;
      if (alpha === 0) continue;
      pixels[offset] = Math.round(red / alpha);
      pixels[offset + 1] = Math.round(green / alpha);
      pixels[offset + 2] = Math.round(blue / alpha);
      pixels[offset + 3] = Math.round((alpha / (samples * samples)) * 255);
    }
  }
  return pixels;
}

/** Writes every icon in ICONS to `directory` and returns the paths written. */
export function writeIcons(directory: string): string[] {
  mkdirSync(directory, { recursive: true });
  return ICONS.map(({ glyph, size, file }) => {
    const path = join(directory, file);
    writeFileSync(path, encodePng(size, size, renderIcon(glyph, size)));
    return path;
  });
}

if (require.main === module) {
  const written = writeIcons(process.argv[2] ?? "assets");
  console.log(`Wrote ${written.length} icons:\n${written.join("\n")}`);
}
