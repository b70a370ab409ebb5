/** One month of capacity against planned and actual hours (a person, role, department or the portfolio). */
export interface CapacityRow {
  readonly month: string;
  readonly capacityHours: number;
  readonly plannedHours: number;
  readonly actualHours: number;
  readonly utilization: number | null;
  readonly overAllocated: boolean;
}

/** One person's month, as `KpiReport.capacity.byResource` lists it. */
export interface ResourceCapacityRow extends CapacityRow {
  readonly resource: string;
  readonly role: string | null;
  readonly department: string | null;
  readonly underUsed: boolean;
}
