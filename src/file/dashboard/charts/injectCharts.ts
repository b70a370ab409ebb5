/**
 * Adds native charts to a package ExcelJS wrote (it has no chart API): chart parts, one drawing
 * per sheet, the drawing relationship merged into the sheet's existing .rels, a `<drawing>`
 * element in schema order and content-type overrides. Run it after ExcelJS, on the JSZip package.
 */
import type JSZip from "jszip";
import type { ChartPlan, Theme } from "../../../core/plan/types";
import {
  OFFICE_REL,
  addContentTypeOverride,
  addRelationship,
  readPart,
  relsPathFor,
  worksheetParts,
} from "../package/opc";
import { insertWorksheetChild } from "../package/worksheetXml";
import { chartXml } from "./chartXml";
import { drawingXml, type AnchoredChart } from "./drawingXml";

export interface SheetCharts {
  readonly sheetName: string;
  readonly charts: readonly ChartPlan[];
}

const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** Chart parts are numbered across the workbook, drawings per sheet with charts, both from 1. */
export async function injectCharts(zip: JSZip, sheets: readonly SheetCharts[], theme: Theme): Promise<void> {
  if (zip.file(/^xl\/(charts|drawings)\//).length > 0) {
    throw new Error(
      "The package already has chart or drawing parts; charts are only added to a fresh ExcelJS package",
    );
  }
  const parts = await worksheetParts(zip);
  let chartNumber = 0;
  let drawingNumber = 0;
  for (const { sheetName, charts } of sheets) {
    if (charts.length === 0) {
      continue;
    }
    const sheetPart = parts.get(sheetName);
    if (sheetPart === undefined) {
      throw new Error(`Cannot add charts: the package has no worksheet named "${sheetName}"`);
    }
    drawingNumber += 1;
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
    const anchored: AnchoredChart[] = [];
    for (const chart of charts) {
      chartNumber += 1;
      const chartPath = `xl/charts/chart${chartNumber}.xml`;
      zip.file(chartPath, chartXml(chart, sheetName, theme));
      await addContentTypeOverride(zip, `/${chartPath}`, CHART_CONTENT_TYPE);
      const relId = await addRelationship(
        zip,
        relsPathFor(drawingPath),
        `${OFFICE_REL}/chart`,
        `../charts/chart${chartNumber}.xml`,
      );
      anchored.push({ chart, relId });
    }
    zip.file(drawingPath, drawingXml(anchored));
    await addContentTypeOverride(zip, `/${drawingPath}`, DRAWING_CONTENT_TYPE);
    const sheetRelId = await addRelationship(
      zip,
      relsPathFor(sheetPart),
      `${OFFICE_REL}/drawing`,
      `../drawings/drawing${drawingNumber}.xml`,
    );
    const sheetXml = await readPart(zip, sheetPart);
    zip.file(sheetPart, insertWorksheetChild(sheetXml, "drawing", `<drawing r:id="${sheetRelId}"/>`));
  }
}
