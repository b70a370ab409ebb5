import type { DayNumber, MonthIndex } from "./dates";

/** Calendar arithmetic on day numbers and month indexes; pure integer maths, no Date time zones. */
const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date (month 1–12). */
export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Parses strict ISO `YYYY-MM-DD`; null when not a real date. */
export function dayFromIso(text: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidYmd(y, mo, d) ? dayFromYmd(y, mo, d) : null;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2026-03-31` */
export function isoFromDay(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function ymdFromDay(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function monthFromYm(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function monthOfDay(day: DayNumber): MonthIndex {
  const { year, month } = ymdFromDay(day);
  return monthFromYm(year, month);
}

/** `2026-11` */
export function isoFromMonth(month: MonthIndex): string {
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  return `${year}-${m < 10 ? "0" : ""}${m}`;
}

/** Monday–Friday days in the month (kpi-definitions: workingDays). */
export function workingDaysInMonth(month: MonthIndex): number {
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  const first = dayFromYmd(year, m, 1);
  const length = daysInMonth(year, m);
  // 1970-01-01 (day 0) was a Thursday: weekday index 0 = Monday.
  let weekday = (((first + 3) % 7) + 7) % 7;
  let count = 0;
  for (let i = 0; i < length; i++) {
    if (weekday < 5) count++;
    weekday = weekday === 6 ? 0 : weekday + 1;
  }
  return count;
}

/** Monday–Friday days from `from` to `to`, both included (0 when `to` is before `from`). */
export function workingDaysBetween(from: DayNumber, to: DayNumber): number {
  if (to < from) return 0;
  const days = to - from + 1;
  const weeks = Math.floor(days / 7);
  // 1970-01-01 (day 0) was a Thursday: weekday index 0 = Monday.
  let weekday = (((from + 3) % 7) + 7) % 7;
  let count = weeks * 5;
  for (let i = weeks * 7; i < days; i++) {
    if (weekday < 5) count++;
    weekday = weekday === 6 ? 0 : weekday + 1;
  }
  return count;
}

/** The last day of the month before the one holding `day` (the add-in's default as-of date). */
export function endOfPreviousMonth(day: DayNumber): DayNumber {
  const { year, month } = ymdFromDay(day);
  return dayFromYmd(year, month, 1) - 1;
}

/** Excel serial (1900 date system) of a day number: 1970-01-01 is serial 25569. */
export function serialFromDay(day: DayNumber): number {
  return day + 25569;
}
