/**
 * Chart axes. Every axis chart here has exactly two axes that name each other in `c:crossAx`;
 * the ids are fixed per chart (they only need to be unique inside one chart part).
 */
import { escapeXml } from "../../xmlText";
import { titleXml } from "./drawingText";

export const CATEGORY_AXIS_ID = 50010001;
export const VALUE_AXIS_ID = 50010002;

type AxisPosition = "b" | "l";

const GRIDLINES =
  '<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';

function axisTitle(title: string | undefined, position: AxisPosition): string {
  return title ? titleXml(title, { size: 10, bold: true, vertical: position === "l" }) : "";
}

function numFmt(format: string | undefined): string {
  return format
    ? `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';
}

/** Element order follows EG_AxShared then CT_CatAx in dml-chart.xsd. */
export function categoryAxisXml(position: AxisPosition, title: string | undefined): string {
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${position}"/>${axisTitle(title, position)}${numFmt(undefined)}` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

export interface ValueAxisOptions {
  readonly id: number;
  readonly crossAxisId: number;
  readonly position: AxisPosition;
  readonly title: string | undefined;
  readonly format: string | undefined;
  readonly gridlines: boolean;
  /** `between` for bar/line value axes, `midCat` for scatter and bubble axes. */
  readonly crossBetween: "between" | "midCat";
  /** Fixed bounds; absent = automatic. */
  readonly min?: number;
  readonly max?: number;
}

/** CT_Scaling: orientation, then max, then min. */
function scalingXml(min: number | undefined, max: number | undefined): string {
  const bound = (name: string, value: number | undefined) =>
    value === undefined || !Number.isFinite(value) ? "" : `<c:${name} val="${value}"/>`;
  return `<c:scaling><c:orientation val="minMax"/>${bound("max", max)}${bound("min", min)}</c:scaling>`;
}

/** Element order follows EG_AxShared then CT_ValAx in dml-chart.xsd. */
export function valueAxisXml(options: ValueAxisOptions): string {
  return (
    `<c:valAx><c:axId val="${options.id}"/>${scalingXml(options.min, options.max)}` +
    `<c:delete val="0"/><c:axPos val="${options.position}"/>${options.gridlines ? GRIDLINES : ""}` +
    `${axisTitle(options.title, options.position)}${numFmt(options.format)}` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${options.crossAxisId}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="${options.crossBetween}"/></c:valAx>`
  );
}
