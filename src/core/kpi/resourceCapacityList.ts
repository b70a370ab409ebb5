import { isOverAllocated, isUnderUsed } from "./capacityLimits";
import { ratio } from "./ratio";
import type { ResourceCapacityRow } from "./capacityRows";

/** Who a person's rows of the capacity list are about (one per name). */
export interface CapacityPerson {
  readonly resource: string;
  readonly role: string | null;
  readonly department: string | null;
}

/**
 * The person × month capacity list (`capacity.byResource` of kpi-definitions.md) held as columns:
 * cell `position × months.length + slot` is person `position` in month `slot`, people in input order,
 * months ascending. A 5,000-person tracker over 24 months has 120,000 of these rows; as objects they
 * were 12 MB that lived until the dashboard was written, and the dashboard reads them by person and
 * month anyway. Its JSON is still the list of row objects (`toJSON`), so the KPI document is unchanged.
 */
export class ResourceCapacityList {
  /** Rows in the list: people × months. */
  readonly length: number;

  constructor(
    readonly people: readonly CapacityPerson[],
    readonly months: readonly string[],
    readonly capacityHours: Float64Array,
    readonly plannedHours: Float64Array,
    readonly actualHours: Float64Array,
  ) {
    this.length = people.length * months.length;
  }

  /** Planned ÷ capacity hours of a cell; null when its capacity is 0. */
  utilization(cell: number): number | null {
    return ratio(this.plannedHours[cell] ?? 0, this.capacityHours[cell] ?? 0);
  }

  overAllocated(cell: number): boolean {
    return isOverAllocated(this.utilization(cell));
  }

  /** One cell as the row object of the KPI document. */
  row(cell: number): ResourceCapacityRow {
    const width = this.months.length;
    const person = this.people[Math.floor(cell / width)];
    const utilization = this.utilization(cell);
    return {
      resource: person?.resource ?? "",
      role: person?.role ?? null,
      department: person?.department ?? null,
      month: this.months[cell % width] ?? "",
      capacityHours: this.capacityHours[cell] ?? 0,
      plannedHours: this.plannedHours[cell] ?? 0,
      actualHours: this.actualHours[cell] ?? 0,
      utilization,
      overAllocated: isOverAllocated(utilization),
      underUsed: isUnderUsed(utilization),
    };
  }

  /** Every row, people in input order and each person's months ascending. */
  rows(): ResourceCapacityRow[] {
    const rows: ResourceCapacityRow[] = [];
    for (let cell = 0; cell < this.length; cell++) rows.push(this.row(cell));
    return rows;
  }

  /** JSON.stringify writes the rows, as kpi-definitions.md's `byResource` list. */
  toJSON(): ResourceCapacityRow[] {
    return this.rows();
  }
}
