/**
 * One drawing part (`xl/drawings/drawingN.xml`) per sheet with charts: an `xdr:twoCellAnchor`
 * per chart whose graphic frame points at the chart part through the drawing's relationships.
 */
import type { ChartPlan } from "../../../../core/plan/types";
import { escapeXml } from "../../xmlText";

export interface AnchoredChart {
  readonly chart: ChartPlan;
  /** Relationship id of the chart in the drawing's .rels. */
  readonly relId: string;
}

const NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Plan anchors are 1-based; drawing markers are 0-based cell edges (`to` is exclusive). */
function marker(tag: "from" | "to", row: number, col: number): string {
  return (
    `<xdr:${tag}><xdr:col>${col - 1}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

function checkAnchor(chart: ChartPlan): void {
  const { from, to } = chart;
  const whole = [from.row, from.col, to.row, to.col].every((n) => Number.isInteger(n) && n >= 1);
  if (!whole || to.row <= from.row || to.col <= from.col) {
    throw new Error(
      `Chart "${chart.id}": anchor from (${from.row},${from.col}) to (${to.row},${to.col}) must be 1-based with "to" below and right of "from"`,
    );
  }
}

export function drawingXml(charts: readonly AnchoredChart[]): string {
  const anchors = charts
    .map(({ chart, relId }, i) => {
      checkAnchor(chart);
      // id 1 is conventionally left for the drawing itself; names match what Excel shows.
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${marker("from", chart.from.row, chart.from.col)}` +
        `${marker("to", chart.to.row, chart.to.col)}<xdr:graphicFrame macro="">` +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}" descr="${escapeXml(chart.title)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${CHART_NS}">` +
        `<c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="${relId}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${NS}>${anchors}</xdr:wsDr>`;
}
