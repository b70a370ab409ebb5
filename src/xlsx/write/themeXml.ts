/**
 * A theme part with Office's default colours and fonts. Table styles (TableStyleMedium2, …) and
 * the default font are defined against the theme, so a package without one looks different in
 * each application that opens it.
 */
const COLOURS: readonly (readonly [string, string])[] = [
  ["dk2", "44546A"],
  ["lt2", "E7E6E6"],
  ["accent1", "4472C4"],
  ["accent2", "ED7D31"],
  ["accent3", "A5A5A5"],
  ["accent4", "FFC000"],
  ["accent5", "5B9BD5"],
  ["accent6", "70AD47"],
  ["hlink", "0563C1"],
  ["folHlink", "954F72"],
];

function fontXml(kind: "major" | "minor", latin: string): string {
  return `<a:${kind}Font><a:latin typeface="${latin}"/><a:ea typeface=""/><a:cs typeface=""/></a:${kind}Font>`;
}

const PLACEHOLDER_FILL = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';

function lineXml(width: number): string {
  return `<a:ln w="${width}" cap="flat" cmpd="sng" algn="ctr">${PLACEHOLDER_FILL}<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`;
}

export function themeXml(): string {
  const colours = COLOURS.map(([name, rgb]) => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`).join("");
  const threeFills = PLACEHOLDER_FILL.repeat(3);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>' +
    '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>' +
    `<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>${colours}</a:clrScheme>` +
    `<a:fontScheme name="Office">${fontXml("major", "Calibri Light")}${fontXml("minor", "Calibri")}</a:fontScheme>` +
    '<a:fmtScheme name="Office">' +
    `<a:fillStyleLst>${threeFills}</a:fillStyleLst>` +
    `<a:lnStyleLst>${lineXml(6350)}${lineXml(12700)}${lineXml(19050)}</a:lnStyleLst>` +
    `<a:effectStyleLst>${"<a:effectStyle><a:effectLst/></a:effectStyle>".repeat(3)}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${threeFills}</a:bgFillStyleLst>` +
    "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
  );
}
