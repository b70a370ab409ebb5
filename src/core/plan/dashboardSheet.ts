import { rangeAddress } from "../model/a1";
import { attention } from "./dashboard/attention";
import { caveat } from "./dashboard/caveat";
import { decisions } from "./dashboard/decisions";
import { header } from "./dashboard/header";
import { healthBand } from "./dashboard/healthBand";
import { ChartData, DATA_COL, FIRST_COL, LAST_COL, type DashboardBlock } from "./dashboard/layout";
import { performanceBand } from "./dashboard/performanceBand";
import { risksBand } from "./dashboard/risksBand";
import { thisMonth } from "./dashboard/thisMonth";
import { tiles } from "./dashboard/tiles";
import { trendsBand } from "./dashboard/trendsBand";
import { whatChanged } from "./dashboard/whatChanged";
import type { DashboardInput } from "./input";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_NAMES } from "../model/ownedSheets";
import type { SheetPlan, Theme } from "./types";

export { ATTENTION_ROWS } from "./dashboard/attention";
export { tileMoneyFormat } from "./dashboard/tiles";

/** The page, top to bottom. A new block is a `DashboardBlock` added here. */
const BLOCKS: readonly DashboardBlock[] = [
  header,
  thisMonth,
  tiles,
  caveat,
  whatChanged,
  trendsBand,
  healthBand,
  performanceBand,
  risksBand,
  attention,
  decisions,
];

function pageColumns(sheet: SheetBuilder): void {
  sheet.width(1, 2);
  for (let c = FIRST_COL; c <= LAST_COL; c++) sheet.width(c, 15);
  sheet.width(DATA_COL - 1, 4);
  for (let c = DATA_COL; c < DATA_COL + 4; c++) sheet.width(c, 14);
}

/** The executive page: title, KPI tiles, native charts and a "needs attention" table, one printed page. */
export function buildDashboardSheet(input: DashboardInput, theme: Theme): SheetPlan {
  // Portrait: the one-page dashboard (narrative, tiles, changes, trends, charts, attention) is taller than wide.
  const sheet = new SheetBuilder(SHEET_NAMES.dashboard, {
    tabColor: theme.palette[0],
    orientation: "portrait",
  });
  pageColumns(sheet);
  const data = new ChartData(sheet, 4);
  sheet.section(3, DATA_COL, "Chart data", 4);
  const context = { input, theme, sheet, data };
  const next = BLOCKS.reduce((row, block) => block(context, row), 1);
  data.flush();
  // The chart data to the right stays out of print: the page shows what an executive reads.
  sheet.printOnOnePage(rangeAddress(1, 1, next - 1, LAST_COL));
  return sheet.build();
}
