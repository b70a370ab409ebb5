import {
  dayFromIso,
  dayFromYmd,
  endOfPreviousMonth,
  isoFromDay,
  isoFromMonth,
  monthOfDay,
  workingDaysInMonth,
} from "../../../src/core/model/calendar";

describe("calendar", () => {
  it("round-trips ISO dates through day numbers", () => {
    expect(dayFromIso("1970-01-01")).toBe(0);
    expect(isoFromDay(dayFromYmd(2026, 2, 28))).toBe("2026-02-28");
    expect(dayFromIso("2026-02-29")).toBeNull();
    expect(dayFromIso("2024-02-29")).toBe(dayFromYmd(2024, 2, 29));
  });

  it("counts Monday–Friday days per month", () => {
    // Known calendars: Nov 2026 starts on a Sunday (21 weekdays), Feb 2026 has 20, Mar 2026 has 22.
    expect(workingDaysInMonth(monthOfDay(dayFromYmd(2026, 11, 15)))).toBe(21);
    expect(workingDaysInMonth(monthOfDay(dayFromYmd(2026, 2, 1)))).toBe(20);
    expect(workingDaysInMonth(monthOfDay(dayFromYmd(2026, 3, 1)))).toBe(22);
    expect(workingDaysInMonth(monthOfDay(dayFromYmd(2024, 2, 1)))).toBe(21);
  });

  it("formats months and finds the end of the previous month", () => {
    expect(isoFromMonth(monthOfDay(dayFromYmd(2026, 1, 31)))).toBe("2026-01");
    expect(isoFromDay(endOfPreviousMonth(dayFromYmd(2026, 3, 15)))).toBe("2026-02-28");
    expect(isoFromDay(endOfPreviousMonth(dayFromYmd(2026, 1, 1)))).toBe("2025-12-31");
  });
});
