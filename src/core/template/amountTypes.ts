import type { ColumnType } from "./types";

/**
 * Column types whose cells are counts or amounts: their numbers are bounded by 10^15 when read,
 * and a resource plan's months across can fill one of them (Planned Hours).
 */
export const AMOUNT_TYPES: ReadonlySet<ColumnType> = new Set<ColumnType>(["integer", "number", "currency"]);
