import { dayFromIso, serialFromDay } from "../model/calendar";
import type { PlanCell, StyleName } from "./types";

/** Number formats used across the dashboard, in one place so both writers agree. */
export const FORMATS = {
  money: "#,##0",
  count: "#,##0",
  hours: "#,##0",
  ratio: "0.00",
  percent: "0%",
  percent1: "0.0%",
  date: "yyyy-mm-dd",
  days: "#,##0",
} as const;

/** A date cell from ISO text; text that is not a date stays text. */
export function dateCell(iso: string | null, style?: StyleName): PlanCell {
  if (iso === null) return { value: null, style };
  const day = dayFromIso(iso);
  return day === null ? { value: iso, style } : { value: serialFromDay(day), format: FORMATS.date, style };
}

export function numberCell(value: number | null, format: string, style?: StyleName): PlanCell {
  return { value, format, style };
}

export function textCell(value: string | null, style?: StyleName): PlanCell {
  return { value, style };
}
