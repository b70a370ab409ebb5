/**
 * Theme styles → cell formats. Cell formats always carry the theme font (the package's default
 * font); conditional-format (dxf) looks carry only what the rule changes.
 */
import type { StyleDef, StyleName, Theme } from "../../../core/plan/types";
import type { CellFormat, DxfFormat, StyleTable } from "../styleTable";

export function cellFormat(def: StyleDef | undefined, numFmt: string | undefined): CellFormat {
  const format: { -readonly [K in keyof CellFormat]: CellFormat[K] } = {};
  if (def !== undefined) {
    format.font = {
      ...(def.bold ? { bold: true } : {}),
      ...(def.italic ? { italic: true } : {}),
      ...(def.underline ? { underline: true } : {}),
      ...(def.size === undefined ? {} : { size: def.size }),
      ...(def.color === undefined ? {} : { color: def.color }),
    };
    if (def.fill !== undefined) format.fill = def.fill;
    if (def.borderBottom !== undefined) format.borderBottom = def.borderBottom;
    if (def.align !== undefined || def.wrap) {
      format.vertical = "center";
      if (def.align !== undefined) format.horizontal = def.align;
      if (def.wrap) format.wrap = true;
    }
  }
  if (numFmt !== undefined) format.numFmt = numFmt;
  return format;
}

export function dxfFormat(def: StyleDef): DxfFormat {
  return {
    ...(def.bold ? { bold: true } : {}),
    ...(def.italic ? { italic: true } : {}),
    ...(def.color === undefined ? {} : { color: def.color }),
    ...(def.fill === undefined ? {} : { fill: def.fill }),
  };
}

/** The `s` index of a plan cell's (style, format), computed once per pair. */
export function planStyleIndex(
  styles: StyleTable,
  theme: Theme,
): (name?: StyleName, format?: string) => number {
  // Nested maps: looked up once per cell, so no key string is built per cell.
  const cache = new Map<StyleName | undefined, Map<string | undefined, number>>();
  return (name, format) => {
    let byFormat = cache.get(name);
    if (byFormat === undefined) {
      byFormat = new Map();
      cache.set(name, byFormat);
    }
    let index = byFormat.get(format);
    if (index === undefined) {
      index = styles.cellXf(cellFormat(name === undefined ? undefined : theme.styles[name], format));
      byFormat.set(format, index);
    }
    return index;
  };
}
