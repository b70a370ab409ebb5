/**
 * Calendar dates in the core are day numbers: whole days since 1970-01-01 (UTC calendar, no time
 * zone). Months are month indexes: year × 12 + (month − 1). Both are plain numbers so that
 * comparisons and differences in hot loops cost nothing.
 */
export type DayNumber = number;
export type MonthIndex = number;
