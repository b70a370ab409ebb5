/** Rule ids that more than one layer reads (the reader reports them, the KPIs act on them). */

/** A formula cell saved without its calculated value: read as blank, its value unknown. */
export const FORMULA_NOT_CALCULATED = "formula-not-calculated";

/** A file among several that could not be read at all (the cycle's story says its projects are missing). */
export const UNREADABLE_FILE_RULE = "unreadable-file";
