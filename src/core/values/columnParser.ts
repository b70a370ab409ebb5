import type { ColumnContext, ColumnParser } from "./types";
import { createCurrencyParser } from "./parseCurrency";
import { createDateParser } from "./parseDate";
import { createEnumParser } from "./parseEnum";
import { createIdParser } from "./parseId";
import { createMonthParser } from "./parseMonth";
import { createNumberParser } from "./parseNumber";
import { createPercentParser } from "./parsePercent";
import { createScaleParser } from "./parseScale";
import { createTextParser } from "./parseText";

/**
 * Chooses a column's parser once, from its template type and (for percent scale and date order)
 * a look at the whole column. The reader then calls `parse` on every cell.
 */
export function createColumnParser(ctx: ColumnContext): ColumnParser {
  switch (ctx.column.type) {
    case "text":
      return createTextParser();
    case "id":
      return createIdParser();
    case "integer":
    case "number":
      return createNumberParser(ctx);
    case "currency":
      return createCurrencyParser(ctx);
    case "percent":
    case "fraction":
      return createPercentParser(ctx);
    case "scale":
      return createScaleParser(ctx);
    case "date":
      return createDateParser(ctx);
    case "month":
      return createMonthParser(ctx);
    case "enum":
      return createEnumParser(ctx);
  }
}
