import {
  earnedScheduleSpi,
  linearBaselineFraction,
  plannedValue,
  scheduleSlipDays,
} from "../../../src/core/kpi/schedule";
import { day, makeProject } from "./factory";

describe("planned value", () => {
  const start = day("2026-01-01");
  const finish = day("2026-01-11"); // 10-day baseline

  it("uses the linear baseline, clamped to 0..1", () => {
    expect(linearBaselineFraction(start, finish, day("2026-01-05"))).toBeCloseTo(0.4, 10);
    expect(linearBaselineFraction(start, finish, day("2025-12-01"))).toBe(0);
    expect(linearBaselineFraction(start, finish, day("2026-03-01"))).toBe(1);
    expect(linearBaselineFraction(null, finish, day("2026-01-05"))).toBeNull();
  });

  it("treats a zero-length baseline as a step at Baseline Finish", () => {
    expect(linearBaselineFraction(start, start, day("2025-12-31"))).toBe(0);
    expect(linearBaselineFraction(start, start, start)).toBe(1);
  });

  it("prefers the Planned Value column, then Planned %, then the linear baseline", () => {
    const asOf = day("2026-01-05");
    const base = { budget: 2000, startDate: start, baselineFinish: finish };
    expect(plannedValue(makeProject({ ...base, plannedValue: 123, plannedPercent: 0.9 }), 2000, asOf)).toBe(
      123,
    );
    expect(plannedValue(makeProject({ ...base, plannedPercent: 0.25 }), 2000, asOf)).toBe(500);
    expect(plannedValue(makeProject(base), 2000, asOf)).toBeCloseTo(800, 10);
    expect(plannedValue(makeProject({ ...base, startDate: null }), 2000, asOf)).toBe(0);
  });
});

describe("earned schedule", () => {
  it("is ES / AT with ES = % complete × baseline duration", () => {
    // D = 100 days, 30 % complete → ES = 30 days; AT = 40 days → spiT 0.75.
    expect(earnedScheduleSpi(0.3, 0, 100, 40)).toBeCloseTo(0.75, 10);
    expect(earnedScheduleSpi(0.5, 0, 100, 40)).toBeCloseTo(1.25, 10);
  });

  it("is null when no time has elapsed (AT ≤ 0), a date is missing or the baseline runs backwards", () => {
    expect(earnedScheduleSpi(0.3, 10, 100, 10)).toBeNull();
    expect(earnedScheduleSpi(0.3, 10, 100, 5)).toBeNull();
    expect(earnedScheduleSpi(0.3, null, 100, 20)).toBeNull();
    expect(earnedScheduleSpi(0.3, 10, 5, 20)).toBeNull();
  });

  it("is 0 on a zero-length baseline once the Start is past: D = 0 earns no schedule", () => {
    // kpi-definitions: ES = % Complete × D = 0, AT = 10, spiT = ES / AT, null only when AT ≤ 0.
    expect(earnedScheduleSpi(0.5, 10, 10, 20)).toBe(0);
  });
});

describe("schedule slip", () => {
  it("measures actual, else forecast, else baseline finish against the baseline", () => {
    const baselineFinish = day("2026-06-30");
    expect(scheduleSlipDays(makeProject({ baselineFinish, actualFinish: day("2026-07-10") }))).toBe(10);
    expect(
      scheduleSlipDays(
        makeProject({ baselineFinish, actualFinish: null, forecastFinish: day("2026-06-25") }),
      ),
    ).toBe(-5);
    expect(scheduleSlipDays(makeProject({ baselineFinish }))).toBe(0);
    expect(scheduleSlipDays(makeProject({ baselineFinish: null }))).toBeNull();
  });
});
