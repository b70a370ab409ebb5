export type DateOrder = "MDY" | "DMY";

/** Report settings (template "Settings" table). Stored in the workbook by the add-in, flags in the CLI. */
export interface Settings {
  /** ISO date `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly currency: string;
  readonly ragGreen: number;
  readonly ragAmber: number;
  readonly staleDays: number;
  readonly minGroupSize: number;
  readonly dateOrder: DateOrder;
  readonly hoursPerYear: number;
  /** Periods kept in PMO History (the latest ones). */
  readonly historyPeriods: number;
  /** Single-project workbooks without a Projects table: the project their rows belong to. */
  readonly projectId?: string;
}

/** History periods a workbook may keep: one (this period alone) to ten years of months. */
export const HISTORY_PERIODS_RANGE = { min: 1, max: 120 } as const;

export const DEFAULT_SETTINGS: Omit<Settings, "asOf"> = {
  currency: "USD",
  ragGreen: 0.95,
  ragAmber: 0.85,
  staleDays: 35,
  minGroupSize: 3,
  dateOrder: "MDY",
  hoursPerYear: 2080,
  historyPeriods: 36,
};
