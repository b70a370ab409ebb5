/**
 * DrawingML text pieces shared by chart titles, axis titles and the chart-wide font.
 */
import { escapeXml } from "../../xmlText";

export interface TitleOptions {
  /** Points. */
  readonly size: number;
  readonly bold: boolean;
  /** Rotate the text a quarter turn anticlockwise (vertical axis titles). */
  readonly vertical?: boolean;
}

/** `<c:title>` with rich text; never overlays the plot. */
export function titleXml(text: string, options: TitleOptions): string {
  const sz = Math.round(options.size * 100);
  const b = options.bold ? "1" : "0";
  const bodyPr = options.vertical ? '<a:bodyPr rot="-5400000" vert="horz"/>' : "<a:bodyPr/>";
  return (
    `<c:title><c:tx><c:rich>${bodyPr}<a:lstStyle/><a:p>` +
    `<a:pPr><a:defRPr sz="${sz}" b="${b}"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${sz}" b="${b}"/><a:t>${escapeXml(text)}</a:t></a:r>` +
    `</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

/** Chart-wide default text properties: the theme font at 10 pt. */
export function chartTextPropertiesXml(font: string): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000">` +
    `<a:latin typeface="${escapeXml(font)}"/></a:defRPr></a:pPr>` +
    `<a:endParaRPr lang="en-US"/></a:p></c:txPr>`
  );
}

/** `<a:solidFill>` of an `RRGGBB` colour, optionally with transparency (alpha in percent). */
export function solidFillXml(hex: string, alphaPercent?: number): string {
  const alpha = alphaPercent === undefined ? "" : `<a:alpha val="${Math.round(alphaPercent * 1000)}"/>`;
  return alpha
    ? `<a:solidFill><a:srgbClr val="${hex}">${alpha}</a:srgbClr></a:solidFill>`
    : `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;
}
