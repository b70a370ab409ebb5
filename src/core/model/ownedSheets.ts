/** The sheets PMO Pulse owns and writes. Everything else in a workbook belongs to the user. */
export const SHEET_NAMES = {
  dashboard: "PMO Dashboard",
  projects: "PMO Projects",
  capacity: "PMO Capacity",
  cost: "PMO Cost & Salary",
  risks: "PMO Risks",
  followUp: "PMO Follow-up",
  history: "PMO History",
  validation: "PMO Validation",
} as const;

export type SheetKey = keyof typeof SHEET_NAMES;

export const OWNED_SHEET_NAMES: readonly string[] = Object.values(SHEET_NAMES);
