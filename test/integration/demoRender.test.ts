/**
 * Prints the demo dashboard through LibreOffice and checks that every chart is actually drawn where
 * the plan puts it. Each chart's sheet is printed twice with its real layout: once without charts
 * (the baseline) and once with only that chart. The chart must add coloured pixels (series fills;
 * text is black and frames and axes grey) and must not add a page (it stays within the printed area).
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { ChartPlan, DashboardPlan, SheetPlan } from "../../src/core/plan/types";
import { writeDashboardXlsx } from "../../src/file/dashboard/writeDashboardXlsx";
import { demoPlan } from "../support/demoPlan";
import { countColouredPixels, decodePngFile } from "../support/png";
import { renderManyToPngs } from "../support/renderMany";
import { haveRenderer } from "../support/renderMany";

/**
 * The dashboard page (with "This month", "What changed" and the trends) prints on one portrait
 * page, so its charts are small: at 96 dpi the sparsest, the two-period SPI/CPI lines, add about
 * 130 coloured pixels, the SPI/CPI bubbles a few hundred and the others thousands; a chart with
 * nothing drawn adds none (the control below).
 */
const RENDER_DPI = 96;
const MIN_CHART_PIXELS = 100;

interface Variant {
  readonly file: string;
  readonly sheet: string;
  /** null: the sheet without charts. */
  readonly chart: ChartPlan | null;
}

/**
 * The sheet as the plan has it, alone in a workbook: links to other sheets dropped, charts as given.
 * Sheets its charts read (the trend charts read PMO History) come along, without charts.
 */
function alone(plan: DashboardPlan, sheet: SheetPlan, charts: readonly ChartPlan[]): DashboardPlan {
  const plain = (s: SheetPlan) =>
    s.blocks.map((b) => ({ ...b, cells: b.cells.map((row) => row.map(({ link: _link, ...cell }) => cell)) }));
  const read = new Set(
    sheet.charts.flatMap((c) => c.series.flatMap((x) => (x.sheet === undefined ? [] : [x.sheet]))),
  );
  const sources = plan.sheets
    .filter((s) => read.has(s.name))
    .map((s) => ({ ...s, blocks: plain(s), charts: [], print: { ...s.print, area: "A1:A1" } }));
  return { theme: plan.theme, sheets: [{ ...sheet, blocks: plain(sheet), charts }, ...sources] };
}

/** Decoding is the slow part (about a second a page), so each page is counted once. */
const counted = new Map<string, number>();
function colouredPixels(pages: readonly string[]): number {
  return pages.reduce((n, page) => {
    const known = counted.get(page) ?? countColouredPixels(decodePngFile(page));
    counted.set(page, known);
    return n + known;
  }, 0);
}

const title = haveRenderer()
  ? "LibreOffice render of the demo dashboard"
  : "LibreOffice render of the demo dashboard — SKIPPED: soffice not installed (apt-get install libreoffice-calc poppler-utils)";

describe(title, () => {
  let dir: string;
  let plan: DashboardPlan;
  let variants: Variant[];
  let pages: Map<string, string[]> | null;
  let fullDashboard: string;
  let controlFile = "";
  let controlBase = "";

  beforeAll(async () => {
    if (!haveRenderer()) return;
    dir = mkdtempSync(join(tmpdir(), "demo-render-"));
    plan = await demoPlan();
    variants = [];
    const files: string[] = [];
    for (const [s, sheet] of plan.sheets.entries()) {
      if (sheet.charts.length === 0) continue;
      const write = async (name: string, charts: readonly ChartPlan[], chart: ChartPlan | null) => {
        const file = join(dir, `${name}.xlsx`);
        writeFileSync(file, await writeDashboardXlsx(alone(plan, sheet, charts), { timestamp: new Date(0) }));
        variants.push({ file, sheet: sheet.name, chart });
        files.push(file);
      };
      await write(`sheet${s}-base`, [], null);
      for (const chart of sheet.charts) await write(`sheet${s}-${chart.id}`, [chart], chart);
    }
    // Control: the first chart with its values moved to empty cells has nothing to draw.
    const first = plan.sheets.find((sh) => sh.charts.length > 0);
    const chart = first?.charts[0];
    if (first && chart) {
      const nothing: ChartPlan = {
        ...chart,
        series: chart.series.map(({ sheet: _sheet, ...series }) => ({
          ...series,
          categories: `ZY1:ZY${series.valueCache.length}`,
          values: `ZZ1:ZZ${series.valueCache.length}`,
          valueCache: series.valueCache.map(() => null),
        })),
      };
      controlFile = join(dir, "control-empty-chart.xlsx");
      writeFileSync(
        controlFile,
        await writeDashboardXlsx(alone(plan, first, [nothing]), { timestamp: new Date(0) }),
      );
      controlBase = variants.find((v) => v.sheet === first.name && v.chart === null)?.file ?? "";
      files.push(controlFile);
    }
    fullDashboard = join(dir, "pmo-dashboard.xlsx");
    writeFileSync(fullDashboard, await writeDashboardXlsx(plan, { timestamp: new Date(0) }));
    pages = await renderManyToPngs([...files, fullDashboard], join(dir, "png"), RENDER_DPI);
  }, 300000);
  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  (haveRenderer() ? it : it.skip)("draws every chart of the plan inside its sheet's printed pages", () => {
    const chartIds = plan.sheets.flatMap((s) => s.charts.map((c) => c.id));
    expect(chartIds.length).toBeGreaterThanOrEqual(6);
    const results = variants
      .filter((v) => v.chart !== null)
      .map((v) => {
        const base = variants.find((b) => b.sheet === v.sheet && b.chart === null);
        const basePages = pages?.get(base?.file ?? "") ?? [];
        const chartPages = pages?.get(v.file) ?? [];
        return {
          chart: v.chart?.id,
          drawn: colouredPixels(chartPages) - colouredPixels(basePages) >= MIN_CHART_PIXELS,
          extraPages: chartPages.length - basePages.length,
        };
      });
    expect(results.map((r) => r.chart)).toEqual(chartIds);
    expect(results).toEqual(chartIds.map((chart) => ({ chart, drawn: true, extraPages: 0 })));
  });

  (haveRenderer() ? it : it.skip)("counts no drawn chart when a chart has nothing to draw (control)", () => {
    const added =
      colouredPixels(pages?.get(controlFile) ?? []) - colouredPixels(pages?.get(controlBase) ?? []);
    expect(added).toBeLessThan(MIN_CHART_PIXELS / 3);
  });

  (haveRenderer() ? it : it.skip)(
    "prints the whole dashboard workbook, every sheet at least one page",
    () => {
      const full = pages?.get(fullDashboard) ?? [];
      expect(full.length).toBeGreaterThanOrEqual(plan.sheets.length);
      // The first page is the PMO Dashboard: tiles, RAG fills and its charts make it colourful.
      expect(colouredPixels(full.slice(0, 1))).toBeGreaterThan(MIN_CHART_PIXELS * 20);
    },
  );
});
