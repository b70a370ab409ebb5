/**
 * Prints dashboards through LibreOffice and checks every chart is actually drawn: one chart per
 * sheet, fit to one page, no legend, so each page must hold coloured series pixels (cell text is
 * black and chart frames and axes are grey, so colour only comes from a drawn series).
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { ChartPlan, DashboardPlan, PlanCell, SheetPlan } from "../../../src/core/plan/types";
import { writeDashboardXlsx } from "../../../src/file/dashboard/writeDashboardXlsx";
import { countColouredPixels, decodePngFile } from "../../support/png";
import { haveRenderer } from "../../support/renderMany";
import { renderToPngs } from "../../support/renderXlsx";
import { charts, samplePlan, theme } from "./samplePlan";

/**
 * The dashboard sheet's data cells (plain black text) with one large chart drawn over them, on a
 * sheet of its own: the cells stay so the chart can recalculate, the chart covers the page.
 */
function chartSheet(chart: ChartPlan, index: number): SheetPlan {
  const dashboard = samplePlan.sheets[0] as SheetPlan;
  const plain = (cells: readonly (readonly PlanCell[])[]): PlanCell[][] =>
    cells.map((row) => row.map((cell) => ({ value: cell.value })));
  const name = `Chart ${index + 1}`;
  return {
    name,
    columnWidths: [],
    blocks: dashboard.blocks
      .map((b) => ({ ...b, cells: plain(b.cells) }))
      .filter((b) => b.row >= 6 && b.row < 18),
    merges: [],
    tables: [],
    conditionalFormats: [],
    charts: [{ ...chart, legend: "none", from: { row: 1, col: 1 }, to: { row: 36, col: 14 } }],
    print: { orientation: "landscape", fitToWidth: true },
    showGridLines: false,
  };
}

const perChart: DashboardPlan = { theme, sheets: charts.map(chartSheet) };

const title = haveRenderer()
  ? "LibreOffice render of every chart type"
  : "LibreOffice render of every chart type — SKIPPED: soffice or pdftoppm not installed (apt-get install libreoffice-calc poppler-utils)";

describe(title, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "dashboard-render-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  (haveRenderer() ? it : it.skip)(
    "prints one page per chart sheet and every page shows a drawn series",
    async () => {
      const xlsx = join(dir, "charts.xlsx");
      writeFileSync(xlsx, await writeDashboardXlsx(perChart, { timestamp: new Date(0) }));
      const pages = await renderToPngs(xlsx, join(dir, "png"));
      expect(pages).not.toBeNull();
      expect(pages).toHaveLength(charts.length);
      const coloured = (pages ?? []).map((page) => countColouredPixels(decodePngFile(page)));
      coloured.forEach((pixels, i) => {
        // 60 dpi: the sparsest chart (four scatter markers) is about 120 coloured pixels; a chart
        // with nothing to draw is 0 (next test).
        expect({ chart: charts[i]?.id, drawn: pixels > 60 }).toEqual({ chart: charts[i]?.id, drawn: true });
      });
    },
    180000,
  );

  (haveRenderer() ? it : it.skip)(
    "counts no coloured pixels on a page whose chart has nothing to draw",
    async () => {
      const empty = chartSheet(
        {
          ...charts[1]!,
          series: charts[1]!.series.map((s) => ({
            ...s,
            values: "Z13:Z16",
            valueCache: [null, null, null, null],
          })),
        },
        0,
      );
      const xlsx = join(dir, "empty.xlsx");
      writeFileSync(xlsx, await writeDashboardXlsx({ theme, sheets: [empty] }, { timestamp: new Date(0) }));
      const pages = await renderToPngs(xlsx, join(dir, "png-empty"));
      expect(pages).toHaveLength(1);
      expect(countColouredPixels(decodePngFile(pages![0]!))).toBeLessThan(10);
    },
    180000,
  );
});
