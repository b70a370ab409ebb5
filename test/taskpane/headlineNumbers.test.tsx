/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { HeadlineNumbers } from "../../src/taskpane/components/HeadlineNumbers";
import type { Headline } from "../../src/taskpane/headline";

const HEADLINE: Headline = {
  asOf: "2026-10-31",
  projects: 40,
  active: 32,
  rag: { Green: 20, Amber: 6, Red: 5 },
  ragNotReported: 1,
  watermelons: 1,
  overdueMilestones: 7,
  errors: 9,
  warnings: 13,
  sincePrevious: null,
};

function numbersText(headline: Headline): string {
  render(
    <FluentProvider theme={webLightTheme}>
      <HeadlineNumbers headline={headline} locale="en-US" onOpenDashboard={null} />
    </FluentProvider>,
  );
  return screen.getByLabelText("Headline numbers as of 10/31/2026").textContent ?? "";
}

describe("HeadlineNumbers", () => {
  it("shows no change count without a previous period", () => {
    expect(numbersText(HEADLINE)).not.toContain("since");
  });

  it("shows the number of changes since the previous period, dated in the Office locale", () => {
    const text = numbersText({ ...HEADLINE, sincePrevious: { asOf: "2026-09-30", changes: 12 } });
    expect(text).toContain("changes since 09/30/2026");
    expect(text).toMatch(/changes since 09\/30\/202612/);
  });

  it("says 'change' for one", () => {
    const text = numbersText({ ...HEADLINE, sincePrevious: { asOf: "2026-09-30", changes: 1 } });
    expect(text).toContain("change since 09/30/2026");
    expect(text).not.toContain("changes since");
  });
});
