import { formatDay, formatTime } from "../../src/taskpane/locale";

describe("formatDay (issue 12, item 9: one date form in the pane)", () => {
  it("shows a date as the locale's date field does, and leaves ISO to files", () => {
    expect(formatDay("2026-11-30", "en-US")).toBe("11/30/2026");
    expect(formatDay("2026-11-30", "en-GB")).toBe("30/11/2026");
    expect(formatDay("2026-11-30", "de-DE")).toBe("30.11.2026");
    expect(formatDay("not a date", "en-US")).toBe("not a date");
  });

  it("shows a clock time in the locale", () => {
    const time = new Date(2026, 10, 29, 9, 30).getTime();
    expect(formatTime(time, "en-US")).toBe("9:30 AM");
    expect(formatTime(time, "en-GB")).toBe("09:30");
  });
});
