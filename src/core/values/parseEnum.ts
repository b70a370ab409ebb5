import type { CellSink, ColumnContext, ColumnParser } from "./types";
import { enumReader } from "./enumValue";
import { quoteRaw } from "./formatValue";
import { textOf } from "./parseText";

/** Enum columns: an allowed value or a listed synonym, case-insensitive → the canonical value. */
export function createEnumParser(ctx: ColumnContext): ColumnParser {
  const { header } = ctx;
  const def = ctx.column.enum ?? { values: [] };
  const read = enumReader(def);
  const accepted = def.values.join(", ");
  const parse = (value: string | number | boolean, _format: string | null, sink: CellSink): string | null => {
    const canonical = read(textOf(value));
    if (canonical === null) {
      sink.error(
        "invalid-enum",
        `${header} ${quoteRaw(value)} is not an allowed value; use one of: ${accepted}.`,
      );
    }
    return canonical;
  };
  return { parse, usesFormat: false, notices: [] };
}
