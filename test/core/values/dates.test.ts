import fc from "fast-check";
import { dayFromYmd, monthFromYm, monthOfDay } from "../../../src/core/model/calendar";
import { dayFromSerial } from "../../../src/core/values/serialDate";
import { monthIndexOfDay } from "../../../src/core/values/civilDate";
import { splitTextDate } from "../../../src/core/values/textDate";
import { dayFromText } from "../../../src/core/values/parseDate";
import { monthFromText } from "../../../src/core/values/textDate";
import { formatDay, formatNumber } from "../../../src/core/values/formatValue";

describe("dayFromSerial", () => {
  it("reads 1900-system serials, counting Excel's fake 29 February 1900", () => {
    expect(dayFromSerial(1, false)).toBe(dayFromYmd(1900, 1, 1));
    expect(dayFromSerial(59, false)).toBe(dayFromYmd(1900, 2, 28));
    expect(dayFromSerial(60, false)).toBeNull();
    expect(dayFromSerial(61, false)).toBe(dayFromYmd(1900, 3, 1));
    expect(dayFromSerial(25569, false)).toBe(0);
    expect(dayFromSerial(46112, false)).toBe(dayFromYmd(2026, 3, 31));
    // The time of day is dropped.
    expect(dayFromSerial(46112.75, false)).toBe(dayFromYmd(2026, 3, 31));
  });

  it("reads 1904-system serials (1462 days apart)", () => {
    expect(dayFromSerial(0, true)).toBe(dayFromYmd(1904, 1, 1));
    expect(dayFromSerial(46112 - 1462, true)).toBe(dayFromYmd(2026, 3, 31));
  });

  it("rejects serials outside Excel's date range", () => {
    expect(dayFromSerial(0, false)).toBeNull();
    expect(dayFromSerial(-5, false)).toBeNull();
    expect(dayFromSerial(3_000_000, false)).toBeNull();
    expect(dayFromSerial(2958465, false)).toBe(dayFromYmd(9999, 12, 31));
  });
});

describe("monthIndexOfDay", () => {
  it("agrees with the calendar helper on every day from 1900 to 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromYmd(1900, 1, 1), max: dayFromYmd(2200, 12, 31) }), (day) => {
        expect(monthIndexOfDay(day)).toBe(monthOfDay(day));
      }),
    );
    expect(monthIndexOfDay(dayFromYmd(2026, 11, 15))).toBe(monthFromYm(2026, 11));
  });
});

describe("text dates", () => {
  it("drops a leading weekday and a trailing time, as MS Project, Outlook and date-time exports write", () => {
    const named = (year: number, month: number, day: number) => ({
      kind: "ymd",
      year,
      month,
      day,
      iso: false,
    });
    const numeric = (a: number, b: number, year: number) => ({ kind: "numeric", a, b, year });
    expect(
      [
        "Mon 1/12/26",
        "Monday, January 12, 2026",
        "thu. 12.03.2026",
        "1/12/2026 0:00",
        "12/18/2026 17:30:05",
        "January 12, 2026 8:00 AM",
        "Fri 18-Dec-26 5:00 p.m.",
      ].map(splitTextDate),
    ).toEqual([
      numeric(1, 12, 2026),
      named(2026, 1, 12),
      numeric(12, 3, 2026),
      numeric(1, 12, 2026),
      numeric(12, 18, 2026),
      named(2026, 1, 12),
      named(2026, 12, 18),
    ]);
  });

  it("splits ISO, numeric and named-month dates", () => {
    expect(splitTextDate("2026-03-31")).toEqual({ kind: "ymd", year: 2026, month: 3, day: 31, iso: true });
    expect(splitTextDate("2026-03-31T00:00:00")).toEqual({
      kind: "ymd",
      year: 2026,
      month: 3,
      day: 31,
      iso: true,
    });
    expect(splitTextDate("2026/3/31")).toEqual({ kind: "ymd", year: 2026, month: 3, day: 31, iso: false });
    expect(splitTextDate("21/02/25")).toEqual({ kind: "numeric", a: 21, b: 2, year: 2025 });
    expect(splitTextDate("3.31.2026")).toEqual({ kind: "numeric", a: 3, b: 31, year: 2026 });
    expect(splitTextDate("31 Mar 2026")).toEqual({ kind: "ymd", year: 2026, month: 3, day: 31, iso: false });
    expect(splitTextDate("March 31, 2026")).toEqual({
      kind: "ymd",
      year: 2026,
      month: 3,
      day: 31,
      iso: false,
    });
    expect(splitTextDate("31-Mar-26")).toEqual({ kind: "ymd", year: 2026, month: 3, day: 31, iso: false });
    // An ordinal day beside a named month, as letters and reports write it.
    for (const text of ["March 31st, 2026", "31st Mar 2026", "31ST MARCH 2026"]) {
      expect(splitTextDate(text)).toEqual({ kind: "ymd", year: 2026, month: 3, day: 31, iso: false });
    }
    expect(splitTextDate("2nd Jan 2026")).toEqual({ kind: "ymd", year: 2026, month: 1, day: 2, iso: false });
    expect(splitTextDate("31st/03/2026")).toBeNull();
    expect(splitTextDate("Mar 31xx 2026")).toBeNull();
    // A weekday or a time alone is no date, nor is a time that is not one.
    expect(splitTextDate("Monday")).toBeNull();
    expect(splitTextDate("Mon 8:00")).toBeNull();
    expect(splitTextDate("1/12/2026 8")).toBeNull();
    expect(splitTextDate("Month 1/12/26")).toBeNull();
    expect(splitTextDate("soon")).toBeNull();
    expect(splitTextDate("1/2/345")).toBeNull();
  });

  it("applies the day/month order and rejects impossible dates", () => {
    expect(dayFromText("04/05/2026", "MDY")).toEqual({ day: dayFromYmd(2026, 4, 5), iso: false });
    expect(dayFromText("04/05/2026", "DMY")).toEqual({ day: dayFromYmd(2026, 5, 4), iso: false });
    expect(dayFromText("21/02/25", "MDY")).toBeNull();
    expect(dayFromText("2026-02-30", "MDY")).toBeNull();
    expect(dayFromText("2026-02-28", "DMY")).toEqual({ day: dayFromYmd(2026, 2, 28), iso: true });
  });

  it("reads year-month texts", () => {
    expect(monthFromText("2026-11")).toBe(monthFromYm(2026, 11));
    expect(monthFromText("11/2026")).toBe(monthFromYm(2026, 11));
    expect(monthFromText("Nov 2026")).toBe(monthFromYm(2026, 11));
    expect(monthFromText("November-26")).toBe(monthFromYm(2026, 11));
    expect(monthFromText("2026 Nov")).toBe(monthFromYm(2026, 11));
    expect(monthFromText("2026-13")).toBeNull();
    expect(monthFromText("Nov")).toBeNull();
  });
});

describe("message formatting", () => {
  it("shows dates in the configured order and numbers with separators", () => {
    expect(formatDay(dayFromYmd(2026, 4, 30), "DMY")).toBe("30/04/2026");
    expect(formatDay(dayFromYmd(2026, 4, 3), "MDY")).toBe("04/03/2026");
    expect(formatNumber(1234567.891)).toBe("1,234,567.89");
    expect(formatNumber(-5000)).toBe("-5,000");
    expect(formatNumber(140.00000000000003)).toBe("140");
  });
});
