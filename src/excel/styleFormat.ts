/** Applies a theme style (StyleDef) to a range with Office.js format properties. */
import type { StyleDef } from "../core/plan/types";

export function hexColor(rgb: string): string {
  return `#${rgb.replace(/^#/, "").toUpperCase()}`;
}

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;

/** Number of operations `applyStyle` queues (for payload estimates). */
export function styleOperationCount(def: StyleDef, multiRow: boolean): number {
  const simple = [def.bold, def.italic, def.size, def.color, def.fill, def.align, def.wrap, def.underline];
  const border = def.borderBottom === undefined ? 0 : multiRow ? 4 : 2;
  return simple.filter((v) => v !== undefined).length + border;
}

export function applyStyle(range: Excel.Range, def: StyleDef, multiRow: boolean): void {
  const format = range.format;
  if (def.bold !== undefined) format.font.bold = def.bold;
  if (def.italic !== undefined) format.font.italic = def.italic;
  if (def.size !== undefined) format.font.size = def.size;
  if (def.color !== undefined) format.font.color = hexColor(def.color);
  if (def.underline !== undefined) format.font.underline = def.underline ? "Single" : "None";
  if (def.fill !== undefined) format.fill.color = hexColor(def.fill);
  if (def.align !== undefined) format.horizontalAlignment = ALIGN[def.align];
  if (def.wrap !== undefined) format.wrapText = def.wrap;
  if (def.borderBottom !== undefined) {
    // EdgeBottom only draws under the last row; InsideHorizontal gives every row of the style its line.
    const edges = multiRow ? (["EdgeBottom", "InsideHorizontal"] as const) : (["EdgeBottom"] as const);
    edges.forEach((edge) => {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = hexColor(def.borderBottom ?? "000000");
    });
  }
}
