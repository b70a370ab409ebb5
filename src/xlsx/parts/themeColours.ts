import { scanPart, type ReadSteps } from "../readSteps";
import type { XmlAttributes, XmlHandler } from "../xml/xmlScanner";

const DRAWINGML = new Set([
  "http://schemas.openxmlformats.org/drawingml/2006/main",
  "http://purl.oclc.org/ooxml/drawingml/main",
]);

/**
 * The colour scheme's slots in the order a cell's `theme="n"` counts them: SpreadsheetML swaps the
 * light and dark pairs against the scheme's own order (0 is Light 1, the window background).
 */
const THEME_ORDER = [
  "lt1",
  "dk1",
  "lt2",
  "dk2",
  "accent1",
  "accent2",
  "accent3",
  "accent4",
  "accent5",
  "accent6",
  "hlink",
  "folHlink",
];

class ThemeHandler implements XmlHandler {
  readonly colours = new Map<string, string>();
  private inScheme = false;
  private slot: string | null = null;

  open(ns: string, local: string, attributes: XmlAttributes): boolean {
    if (!DRAWINGML.has(ns)) return false;
    if (local === "clrScheme") this.inScheme = true;
    else if (this.inScheme && THEME_ORDER.includes(local)) this.slot = local;
    else if (this.slot !== null && (local === "srgbClr" || local === "sysClr")) {
      const value = local === "srgbClr" ? attributes.get("val") : attributes.get("lastClr");
      if (value !== null && /^[0-9A-Fa-f]{6}$/.test(value) && !this.colours.has(this.slot))
        this.colours.set(this.slot, value.toUpperCase());
    }
    return false;
  }

  close(ns: string, local: string): boolean {
    if (!DRAWINGML.has(ns)) return false;
    if (local === "clrScheme") this.inScheme = false;
    else if (local === this.slot) this.slot = null;
    return false;
  }

  text(): void {}
}

/** The workbook theme's colours (RRGGBB) by a cell colour's `theme` index; null for a slot not given. */
export function* readThemeColours(partName: string): ReadSteps<(string | null)[]> {
  const handler = new ThemeHandler();
  yield* scanPart(partName, handler);
  return THEME_ORDER.map((slot) => handler.colours.get(slot) ?? null);
}

/**
 * A colour with a `tint` applied as Excel applies it (in HSL, to the lightness: darker by the tint
 * when it is negative, towards white when positive).
 * @example tinted("70AD47", 0.4) // the lighter green of Excel's palette
 */
export function tinted(rgb: string, tint: number): string {
  if (!Number.isFinite(tint) || tint === 0) return rgb;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((((h % 6) + 6) % 6) % 2) - 1));
  const m = l - c / 2;
  const sector = Math.floor(((h % 6) + 6) % 6);
  const [r1, g1, b1] = [
    [c, x, 0],
    [x, c, 0],
    [0, c, x],
    [0, x, c],
    [x, 0, c],
    [c, 0, x],
  ][sector] as [number, number, number];
  const hex = (v: number): string =>
    Math.round(Math.min(1, Math.max(0, v + m)) * 255)
      .toString(16)
      .padStart(2, "0");
  return `${hex(r1)}${hex(g1)}${hex(b1)}`.toUpperCase();
}
