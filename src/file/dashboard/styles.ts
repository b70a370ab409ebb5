/**
 * Theme styles → ExcelJS styles. Cell styles always carry the theme font; conditional-format
 * (dxf) styles carry only what the rule changes.
 */
import type { Borders, Fill, Font, Style, Alignment } from "exceljs";
import type { StyleDef } from "../../core/plan/types";
import { argbColor } from "./color";

function fontOf(def: StyleDef | undefined): Partial<Font> {
  const font: Partial<Font> = {};
  if (def?.bold) font.bold = true;
  if (def?.italic) font.italic = true;
  if (def?.underline) font.underline = true;
  if (def?.size !== undefined) font.size = def.size;
  if (def?.color !== undefined) font.color = { argb: argbColor(def.color) };
  return font;
}

function solidFill(color: string): Fill {
  // dxf fills use bgColor for a solid pattern, cell fills fgColor; setting both suits either.
  const argb = argbColor(color);
  return { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
}

/** Full cell style: theme font name plus the named style's font, fill, alignment and border. */
export function cellStyle(
  def: StyleDef | undefined,
  fontName: string,
  numFmt: string | undefined,
): Partial<Style> {
  const style: Partial<Style> = { font: { name: fontName, size: 11, ...fontOf(def) } };
  if (def?.fill !== undefined) style.fill = solidFill(def.fill);
  if (def?.align !== undefined || def?.wrap) {
    const alignment: Partial<Alignment> = { vertical: "middle" };
    if (def.align !== undefined) alignment.horizontal = def.align;
    if (def.wrap) alignment.wrapText = true;
    style.alignment = alignment;
  }
  if (def?.borderBottom !== undefined) {
    const border: Partial<Borders> = {
      bottom: { style: "thin", color: { argb: argbColor(def.borderBottom) } },
    };
    style.border = border;
  }
  if (numFmt !== undefined) style.numFmt = numFmt;
  return style;
}

/** Differential style for a conditional format: font colour/weight/italic and fill only. */
export function dxfStyle(def: StyleDef): Partial<Style> {
  const style: Partial<Style> = {};
  const font = fontOf({ ...def, size: undefined, underline: undefined });
  if (Object.keys(font).length > 0) style.font = font;
  if (def.fill !== undefined) style.fill = solidFill(def.fill);
  return style;
}
