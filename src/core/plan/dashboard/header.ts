import { FIRST_COL, LAST_COL, type DashboardBlock } from "./layout";

/** Title and the "portfolio · as of · generated" line, with a blank row under them. */
export const header: DashboardBlock = ({ input, sheet }, row) => {
  sheet.text(row, FIRST_COL, "PMO Pulse — Portfolio Dashboard", "title").merge(row, FIRST_COL, row, LAST_COL);
  sheet.text(
    row + 1,
    FIRST_COL,
    `${input.portfolioName} · as of ${input.report.asOf} · generated ${input.generatedAt}`,
    "subtitle",
  );
  sheet.merge(row + 1, FIRST_COL, row + 1, LAST_COL);
  return row + 3;
};
