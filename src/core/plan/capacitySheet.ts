import { compareText } from "../kpi/sortText";
import type { CapacityRow, ResourceCapacityRow } from "../kpi/report";
import { rangeAddress } from "../model/a1";
import { FORMATS, numberCell, textCell } from "./formats";
import type { DashboardInput } from "./input";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_NAMES } from "../model/ownedSheets";
import type { PlanCell, SheetPlan, Theme } from "./types";

/** Heat-map colours: idle (0 %) → fully used (100 %) → over-allocated (150 % and more). */
export const UTILISATION_SCALE = { points: [0, 1, 1.5], colors: ["F8F8F8", "63BE7B", "F8696B"] } as const;

interface PivotGroup<T> {
  readonly key: string;
  /** The group's row of each month, by the month's position in the sheet's months (the last one wins). */
  readonly byMonth: (T | undefined)[];
}

/**
 * Groups month rows by a key (role, department), sorted by key. Months are positions in `months`
 * (every capacity list has a row per month of it).
 */
function pivot<T extends CapacityRow>(
  rows: readonly T[],
  months: readonly string[],
  keyOf: (row: T) => string,
): PivotGroup<T>[] {
  const slotOf = new Map(months.map((month, slot) => [month, slot]));
  const groups = new Map<string, PivotGroup<T>>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as T;
    const key = keyOf(row);
    let g = groups.get(key);
    if (!g) {
      g = { key, byMonth: [] };
      groups.set(key, g);
    }
    const slot = slotOf.get(row.month);
    if (slot !== undefined) g.byMonth[slot] = row;
  }
  return [...groups.values()].sort((a, b) => compareText(a.key, b.key));
}

/** Resource × month utilisation heat map, role and department roll-ups, over-allocation list. */
export function buildCapacitySheet(input: DashboardInput, theme: Theme): SheetPlan {
  const { capacity, asOf } = input.report;
  const sheet = new SheetBuilder(SHEET_NAMES.capacity, { tabColor: theme.palette[2] });
  sheet.text(1, 1, "Capacity — utilisation by resource, role and month", "title");
  sheet.text(
    2,
    1,
    `As of ${asOf}. Utilisation = planned hours ÷ capacity (weekly capacity × working days ÷ 5). Over 100 % is over-allocated.`,
    "subtitle",
  );
  sheet.width(1, 26).width(2, 22).width(3, 18);
  const months = capacity.byMonth.map((m) => m.month);
  for (let i = 0; i < Math.max(months.length, 3); i++) sheet.width(4 + i, 10);
  if (capacity.byResource.length === 0) {
    sheet.text(4, 1, "No capacity data: add Resources and Allocations sheets to see utilisation.", "note");
    return sheet.build();
  }

  const utilCells = (byMonth: readonly (CapacityRow | undefined)[]): PlanCell[] =>
    months.map((_, slot) => numberCell(byMonth[slot]?.utilization ?? null, FORMATS.percent));
  const heat = (range: string) =>
    sheet.conditional({
      kind: "colorScale",
      range,
      colors: [...UTILISATION_SCALE.colors],
      points: [...UTILISATION_SCALE.points],
    });
  const monthRange = (t: { firstRow: number; lastRow: number }, firstMonthCol: number) =>
    rangeAddress(t.firstRow, firstMonthCol, t.lastRow, firstMonthCol + months.length - 1);

  let row = 4;
  const rollUp = (title: string, header: string, groups: ReturnType<typeof pivot>) => {
    sheet.section(row, 1, title, 3 + months.length);
    // No Department given on the Resources sheet: a line that says so, not an empty table.
    if (groups.length === 0) {
      sheet.text(row + 1, 1, `No ${header.toLowerCase()} is given on the Resources sheet.`, "note");
      row += 3;
      return;
    }
    const t = sheet.dataTable(
      row + 1,
      1,
      [header, "Capacity hours", "Planned hours", ...months],
      groups.map((g) => {
        let capacityHours = 0;
        let plannedHours = 0;
        for (const m of g.byMonth) {
          if (m === undefined) continue;
          capacityHours += m.capacityHours;
          plannedHours += m.plannedHours;
        }
        return [
          textCell(g.key),
          numberCell(capacityHours, FORMATS.hours),
          numberCell(plannedHours, FORMATS.hours),
          ...utilCells(g.byMonth),
        ];
      }),
    );
    heat(monthRange(t, 4));
    row = t.lastRow + 2;
  };
  rollUp(
    "By role",
    "Role",
    pivot(capacity.byRole, months, (r) => r.role),
  );
  rollUp(
    "By department",
    "Department",
    pivot(capacity.byDepartment, months, (r) => r.department),
  );

  sheet.section(row, 1, "By resource (heat map)", 3 + months.length);
  const list = capacity.byResource;
  const width = list.months.length;
  // The list's slot of each of the sheet's months (the same months, both from Allocations).
  const listSlot = months.map((month) => list.months.indexOf(month));
  const personUtil = (position: number): PlanCell[] =>
    listSlot.map((slot) =>
      numberCell(slot < 0 ? null : list.utilization(position * width + slot), FORMATS.percent),
    );
  // People sorted by name; read from the list's columns, not 120,000 row objects.
  const people = list.people.map((_, position) => position);
  people.sort((a, b) => compareText(list.people[a]?.resource ?? "", list.people[b]?.resource ?? ""));
  const heatTable = sheet.dataTable(
    row + 1,
    1,
    ["Resource", "Role", "Department", ...months],
    people.map((position) => {
      const person = list.people[position];
      return [
        textCell(person?.resource ?? ""),
        textCell(person?.role ?? null),
        textCell(person?.department ?? null),
        ...personUtil(position),
      ];
    }),
  );
  heat(monthRange(heatTable, 4));
  row = heatTable.lastRow + 2;

  sheet.section(row, 1, "Over-allocated (utilisation above 100 %)", 6);
  const over: ResourceCapacityRow[] = [];
  for (let cell = 0; cell < list.length; cell++) if (list.overAllocated(cell)) over.push(list.row(cell));
  over.sort((a, b) => compareText(a.month, b.month) || compareText(a.resource, b.resource));
  if (over.length === 0) {
    sheet.text(row + 1, 1, "Nobody is over-allocated.", "note");
  } else {
    sheet.dataTable(
      row + 1,
      1,
      ["Resource", "Role", "Month", "Planned hours", "Capacity hours", "Utilisation"],
      over.map((r) => [
        textCell(r.resource),
        textCell(r.role),
        textCell(r.month),
        numberCell(r.plannedHours, FORMATS.hours),
        numberCell(r.capacityHours, FORMATS.hours),
        numberCell(r.utilization, FORMATS.percent),
      ]),
      { tableName: "PMOOverAllocated" },
    );
  }
  return sheet.build();
}
