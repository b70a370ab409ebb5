import type { CellSink, ColumnContext, ColumnParser } from "./types";
import { enumLabels } from "./enumValue";
import { quoteRaw } from "./formatValue";
import { textOf } from "./parseText";

/** Enum columns: an allowed value or a listed synonym, case-insensitive → the canonical value. */
export function createEnumParser(ctx: ColumnContext): ColumnParser {
  const { header } = ctx;
  const def = ctx.column.enum ?? { values: [] };
  const { read, twoValues } = enumLabels(def);
  const accepted = def.values.join(", ");
  const parse = (value: string | number | boolean, _format: string | null, sink: CellSink): string | null => {
    const text = textOf(value);
    const canonical = read(text);
    if (canonical !== null) return canonical;
    // `Amber/Red`: two values, between which only the PM can choose.
    const two = twoValues(text);
    sink.error(
      "invalid-enum",
      two === null
        ? `${header} ${quoteRaw(value)} is not an allowed value; use one of: ${accepted}.`
        : `${header} ${quoteRaw(value)} gives two values (${two[0]} and ${two[1]}); enter the one that holds.`,
    );
    return null;
  };
  return { parse, usesFormat: false, notices: [] };
}
