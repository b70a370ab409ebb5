import type { Finding } from "../model/finding";
import type { NormRow } from "../model/portfolio";
import type { RawSheet } from "../model/raw";
import { cellAddress as a1 } from "../model/a1";
import { headerKey } from "../model/names";
import type { TableDef } from "../template/types";
import type { BoundColumn, HeaderMatch } from "./findHeader";
import { otherBasisColumns } from "./otherBasis";
import { sheetFinding } from "./findings";
import { dayHours } from "./daysAsHours";

/** The pay columns whose time base a header may give otherwise: a rate per hour, a salary per year. */
const HOURLY_RATE = "hourlyRate";
const ANNUAL_SALARY = "annualSalary";

/** A header that says its rate is per day: `Rate (per day)`, `Cost Rate (£/day)`, `Day Rate`, `Daily Rate`. */
const PER_DAY = /(?:\bper\s*day\b|\/\s*day\b|\bdaily\b|\bday\s*rate\b|[([]\s*(?:day|daily|pd|p\/d)\s*[)\]])/i;
/** A header that says its salary is per month: `Monthly Salary`, `Salary (per month)`, `Salary (€/month)`. */
const PER_MONTH =
  /(?:\bper\s*month\b|\/\s*(?:month|mo)\b|\bmonthly\b|[([]\s*(?:month|monthly|pm|p\/m)\s*[)\]])/i;

/** Headers of such columns the template's aliases do not bind, by `headerKey`. */
const DAY_RATE_HEADERS = new Set([
  "dayrate",
  "dailyrate",
  "dailycost",
  "costperday",
  "dailycostrate",
  "ratepd",
]);
const MONTHLY_SALARY_HEADERS = new Set(["monthlysalary", "salarymonthly", "monthlypay", "monthlybasesalary"]);

/** A pay column given on another time base than the template's. */
export interface PayBasisColumn {
  readonly key: string;
  readonly column: BoundColumn;
  readonly basis: "day" | "month";
}

export interface PayBasisRead {
  readonly columns: readonly PayBasisColumn[];
  readonly match: HeaderMatch;
}

/**
 * Pay given by the day or the month where the template wants an hourly rate and an annual salary:
 * a bound Hourly Rate whose header says per day (`Rate (per day)`, which the header rule binds
 * by its name and had read as hours: eight times the cost), or a `Day Rate` column where none is
 * bound; a bound Annual Salary whose header says per month, or a `Monthly Salary` column. Read
 * on their own basis and converted (`payOnTemplateBasis`). Null when there are none, or mapped.
 */
export function readPayBasis(
  table: TableDef,
  match: HeaderMatch,
  mapped: ReadonlySet<string>,
): PayBasisRead | null {
  const read = otherBasisColumns(table, match, mapped, [
    {
      key: HOURLY_RATE,
      basis: "day" as const,
      says: (h: string) => PER_DAY.test(h),
      names: (h: string) => DAY_RATE_HEADERS.has(headerKey(h)),
    },
    {
      key: ANNUAL_SALARY,
      basis: "month" as const,
      says: (h: string) => PER_MONTH.test(h),
      names: (h: string) => MONTHLY_SALARY_HEADERS.has(headerKey(h)),
    },
  ]);
  if (read === null) return null;
  const columns = read.found.map(({ want, column }) => ({ key: want.key, column, basis: want.basis }));
  return { columns, match: read.match };
}

/** One note per such column at its header: what it is read as (no figure: pay is personal). */
export function payBasisFindings(
  file: string,
  sheet: RawSheet,
  headerRow: number,
  read: PayBasisRead,
): Finding[] {
  return read.columns.map((c) => {
    const cell = a1(headerRow, sheet.left + c.column.index);
    const how =
      c.basis === "day"
        ? `by the day: it is read as an hourly rate, the day rate ÷ the person's working day (a fifth of ` +
          `Weekly Capacity ÷ FTE; 8 hours when none is given)`
        : `by the month: it is read as an annual salary, × 12`;
    return sheetFinding(
      file,
      sheet.name,
      "info",
      "pay-basis",
      `Sheet "${sheet.name}" gives "${c.column.header}" (${cell}) ${how}. Give the template's basis to have it read as written.`,
      { cell, row: headerRow, column: c.column.header },
    );
  });
}

/** The rows with each such column on the template's basis: per hour, per year (to the cent). */
export function payOnTemplateBasis(rows: readonly NormRow[], columns: readonly PayBasisColumn[]): NormRow[] {
  return rows.map((row): NormRow => {
    let out = row;
    for (const { key, basis } of columns) {
      const value = out[key];
      if (typeof value !== "number") continue;
      const converted = basis === "day" ? value / dayHours(out) : value * 12;
      out = { ...out, [key]: Math.round(converted * 100) / 100 };
    }
    return out;
  });
}
