import { XmlSyntaxError } from "./xmlSyntaxError";

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function codePoint(reference: string): string {
  const hex = reference.startsWith("#x");
  const value = parseInt(reference.slice(hex ? 2 : 1), hex ? 16 : 10);
  if (!Number.isInteger(value) || value < 0 || value > 0x10ffff) {
    throw new XmlSyntaxError(`bad character reference &${reference};`);
  }
  return String.fromCodePoint(value);
}

/**
 * Replaces XML's five predefined entities and character references. Any other entity would need a
 * DTD, which the scanner refuses, so it is an error rather than a lookup (no entity expansion).
 */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([^;&]{0,10});/g, (match, name: string) => {
    if (name.startsWith("#")) return codePoint(name);
    const named = NAMED[name];
    if (named === undefined) throw new XmlSyntaxError(`undefined entity ${match}`);
    return named;
  });
}

/**
 * Excel's escape for characters XML cannot carry (`_x000D_` is a carriage return, `_x005F_` a
 * literal underscore), used in strings (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
 */
export function decodeExcelEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_match, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
