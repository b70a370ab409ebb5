import { monthFromYm } from "../../../src/core/model/calendar";
import { formatValue } from "../../../src/core/validate/formatValue";
import { SETTINGS, day } from "./support/portfolioFactory";

describe("formatValue", () => {
  it("writes dates in the configured day/month order", () => {
    expect(formatValue(day("2026-04-03"), "date", SETTINGS)).toBe("03/04/2026");
    expect(formatValue(day("2026-04-03"), "date", { ...SETTINGS, dateOrder: "MDY" })).toBe("04/03/2026");
    expect(formatValue(monthFromYm(2026, 11), "month", SETTINGS)).toBe("Nov 2026");
  });

  it("writes money with the currency code and thousands separators", () => {
    expect(formatValue(1_250_000, "currency", SETTINGS)).toBe("USD 1,250,000");
    expect(formatValue(999.5, "currency", { ...SETTINGS, currency: "EUR" })).toBe("EUR 999.50");
    expect(formatValue(-1234.567, "currency", SETTINGS)).toBe("USD -1,234.57");
  });

  it("writes percents on a 0–100 scale and other numbers plainly", () => {
    expect(formatValue(1, "percent", SETTINGS)).toBe("100%");
    expect(formatValue(0.4567, "percent", SETTINGS)).toBe("45.7%");
    expect(formatValue(0.5, "fraction", SETTINGS)).toBe("0.5");
    expect(formatValue(12000, "number", SETTINGS)).toBe("12,000");
    expect(formatValue(37.5, "number", SETTINGS)).toBe("37.5");
  });

  it("quotes text with spaces and marks blanks", () => {
    expect(formatValue("P-001", "id", SETTINGS)).toBe("P-001");
    expect(formatValue("Go live", "text", SETTINGS)).toBe('"Go live"');
    expect(formatValue(null, "date", SETTINGS)).toBe("(blank)");
  });
});
