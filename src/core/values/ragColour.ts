/**
 * The RAG a cell's fill colour stands for, as PMs colour a status cell instead of typing it: a
 * clear green, amber (orange or yellow) or red, full or the light tints of Excel's Good, Neutral
 * and Bad styles. Greys, whites, blues and other hues are no rating.
 * @example ragOfColour("00B050") // "Green"
 * @example ragOfColour("FFC7CE") // "Red" (Excel's Bad)
 */
export function ragOfColour(rgb: string): "Green" | "Amber" | "Red" | null {
  if (!/^[0-9A-Fa-f]{6}$/.test(rgb)) return null;
  const r = parseInt(rgb.slice(0, 2), 16) / 255;
  const g = parseInt(rgb.slice(2, 4), 16) / 255;
  const b = parseInt(rgb.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const saturation = max === 0 ? 0 : (max - min) / max;
  if (max < 0.35 || saturation < 0.16) return null;
  const delta = max - min;
  const hue =
    max === r
      ? (60 * ((g - b) / delta) + 360) % 360
      : max === g
        ? 60 * ((b - r) / delta) + 120
        : 60 * ((r - g) / delta) + 240;
  if (hue < 20 || hue >= 330) return "Red";
  if (hue < 66) return "Amber";
  if (hue >= 75 && hue < 165) return "Green";
  return null;
}
