import { earnedValueMetrics } from "../../../src/core/kpi/earnedValue";
import { ratio } from "../../../src/core/kpi/ratio";

describe("earnedValueMetrics", () => {
  it("computes the textbook example (BAC 4,000, PV 3,000, EV 2,500, AC 2,800)", () => {
    const m = earnedValueMetrics({ bac: 4000, pv: 3000, ev: 2500, ac: 2800 });
    expect(m.cv).toBe(-300);
    expect(m.sv).toBe(-500);
    expect(m.cpi).toBeCloseTo(0.893, 3);
    expect(m.spi).toBeCloseTo(0.833, 3);
    expect(m.eac).toBeCloseTo(4480, 6);
    expect(m.etc).toBeCloseTo(1680, 6);
    expect(m.vac).toBeCloseTo(-480, 6);
    expect(m.tcpi).toBeCloseTo(1.25, 10);
    expect(m.eacAtypical).toBe(4300); // 2,800 + (4,000 − 2,500)
    // 2,800 + 1,500 / (0.892857 × 0.833333) = 2,800 + 2,016 = 4,816
    expect(m.eacComposite).toBeCloseTo(4816, 6);
  });

  it("computes the overrun example (BAC 200,000, PV 50,000, EV 45,000, AC 60,000)", () => {
    const m = earnedValueMetrics({ bac: 200_000, pv: 50_000, ev: 45_000, ac: 60_000 });
    expect(m.cpi).toBeCloseTo(0.75, 10);
    expect(m.spi).toBeCloseTo(0.9, 10);
    expect(m.eac).toBeCloseTo(266_666.67, 2);
    expect(m.vac).toBeCloseTo(-66_666.67, 2);
    expect(m.etc).toBeCloseTo(206_666.67, 2);
  });

  it("gives null ratios and the atypical EAC when nothing has been spent or planned", () => {
    const m = earnedValueMetrics({ bac: 1000, pv: 0, ev: 0, ac: 0 });
    expect(m.spi).toBeNull();
    expect(m.cpi).toBeNull();
    expect(m.eac).toBe(1000); // AC + (BAC − EV)
    expect(m.eacComposite).toBeNull();
    expect(m.tcpi).toBe(1);
  });

  it("gives a null EAC, ETC and VAC when CPI is 0 (BAC / 0), the atypical one only when CPI is null", () => {
    // kpi-definitions: "A ratio whose denominator is 0 is null"; "when CPI is null, EAC = AC + (BAC − EV)".
    const m = earnedValueMetrics({ bac: 1000, pv: 500, ev: 0, ac: 300 });
    expect(m.cpi).toBe(0);
    expect(m.spi).toBe(0);
    expect(m.eac).toBeNull();
    expect(m.etc).toBeNull();
    expect(m.vac).toBeNull();
    expect(m.eacAtypical).toBe(1300);
    expect(m.eacComposite).toBeNull();
    const noCost = earnedValueMetrics({ bac: 1000, pv: 500, ev: 200, ac: 0 });
    expect(noCost.cpi).toBeNull();
    expect(noCost.eac).toBe(800);
    expect(noCost.vac).toBe(200);
  });

  it("gives a null TCPI when the budget is spent (BAC − AC = 0)", () => {
    expect(earnedValueMetrics({ bac: 500, pv: 500, ev: 400, ac: 500 }).tcpi).toBeNull();
  });

  it("never returns Infinity or NaN from ratio", () => {
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(Number.MAX_VALUE, Number.MIN_VALUE)).toBeNull();
    expect(ratio(3, 4)).toBe(0.75);
  });
});
