/**
 * How a top-level entry point gets a request context. Only entry points call `Excel.run`; they take
 * a runner so tests can pass the Excel test double instead.
 */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const officeExcelRunner: ExcelRunner = (batch) => Excel.run(batch);
