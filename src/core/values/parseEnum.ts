import { sheetNameKey } from "../model/names";
import type { CellSink, ColumnContext, ColumnParser } from "./types";
import { quoteRaw } from "./formatValue";
import { textOf } from "./parseText";

/**
 * How enum values and synonyms are compared: ignoring case, spaces, `-` and `_`, as sheet names
 * are, so `On-Hold`, `on_hold` and `OnHold` are On Hold and `Not-Started` is Not Started.
 */
export function enumKey(text: string): string {
  return sheetNameKey(text);
}

/** Enum columns: an allowed value or a listed synonym, case-insensitive → the canonical value. */
export function createEnumParser(ctx: ColumnContext): ColumnParser {
  const { header } = ctx;
  const def = ctx.column.enum ?? { values: [] };
  const lookup = new Map<string, string>();
  for (const value of def.values) lookup.set(enumKey(value), value);
  for (const [synonym, canonical] of Object.entries(def.synonyms ?? {})) {
    // Allowed values win over a synonym that happens to spell one of them.
    if (!lookup.has(enumKey(synonym))) lookup.set(enumKey(synonym), canonical);
  }
  const accepted = def.values.join(", ");
  const parse = (value: string | number | boolean, _format: string | null, sink: CellSink): string | null => {
    const canonical = lookup.get(enumKey(textOf(value)));
    if (canonical === undefined) {
      sink.error(
        "invalid-enum",
        `${header} ${quoteRaw(value)} is not an allowed value; use one of: ${accepted}.`,
      );
      return null;
    }
    return canonical;
  };
  return { parse, usesFormat: false, notices: [] };
}
