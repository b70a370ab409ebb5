import type { ChartPlan } from "../../../../src/core/plan/types";
import { chartXml } from "../../../../src/xlsx/write/dashboard/charts/chartXml";
import { drawingXml } from "../../../../src/xlsx/write/dashboard/charts/drawingXml";
import { charts, theme } from "../../../file/dashboard/samplePlan";

function sampleChart(id: string): ChartPlan {
  const found = charts.find((c) => c.id === id);
  if (!found) throw new Error(`no sample chart ${id}`);
  return found;
}

const count = (xml: string, needle: string): number => xml.split(needle).length - 1;

/** Names of the chart groups and axes in the plot area, in document order. */
function plotAreaChildren(xml: string): string[] {
  return [
    ...xml.matchAll(/<c:(doughnutChart|barChart|lineChart|scatterChart|bubbleChart|catAx|valAx)>/g),
  ].map((m) => m[1] ?? "");
}

describe("chartXml", () => {
  it("doughnut: one series, a c:dPt per point in the series colours, no axes", () => {
    const xml = chartXml(sampleChart("ragDistribution"), "PMO Dashboard", theme);
    expect(plotAreaChildren(xml)).toEqual(["doughnutChart"]);
    expect(count(xml, "<c:dPt>")).toBe(3);
    expect(
      [
        ...xml.matchAll(
          /<c:dPt><c:idx val="(\d)"\/><c:bubble3D val="0"\/><c:spPr><a:solidFill><a:srgbClr val="(\w+)"/g,
        ),
      ].map((m) => [m[1], m[2]]),
    ).toEqual([
      ["0", "00B050"],
      ["1", "FFC000"],
      ["2", "C00000"],
    ]);
    expect(xml).toContain('<c:varyColors val="1"/>');
    expect(xml).toContain('<c:holeSize val="50"/>');
    expect(xml).toContain('<c:legendPos val="r"/>');
  });

  it("columnClustered: barDir col, clustered, category/value axes that cross-reference", () => {
    const xml = chartXml(sampleChart("plannedVsActual"), "PMO Dashboard", theme);
    expect(plotAreaChildren(xml)).toEqual(["barChart", "catAx", "valAx"]);
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(xml).toMatch(
      /<c:catAx><c:axId val="(\d+)"\/>.*<c:crossAx val="(\d+)"\/>.*<c:valAx><c:axId val="\2"\/>.*<c:crossAx val="\1"\/>/,
    );
    const [ids] = [[...xml.matchAll(/<c:barChart>.*?<\/c:barChart>/g)].map((m) => m[0])];
    expect([...(ids?.[0] ?? "").matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1])).toEqual([
      "50010001",
      "50010002",
    ]);
    // Value axis number format, axis titles, escaped title text, palette colours in order.
    expect(xml).toContain('<c:numFmt formatCode="#,##0" sourceLinked="0"/>');
    expect(xml).toContain("<a:t>Month</a:t>");
    expect(xml).toContain(
      '<a:bodyPr rot="-5400000" vert="horz"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1000" b="1"/><a:t>k€</a:t>',
    );
    expect(xml).toContain("<a:t>Planned vs actual &lt;spend&gt; &amp; &quot;cost&quot;</a:t>");
    expect(
      [...xml.matchAll(/<c:ser>.*?<c:spPr><a:solidFill><a:srgbClr val="(\w+)"/g)].map((m) => m[1]),
    ).toEqual(["4472C4", "ED7D31"]);
  });

  it("series reference the sheet with quoted names and carry string and number caches", () => {
    const xml = chartXml(sampleChart("plannedVsActual"), "PMO Dashboard", theme);
    expect(xml).toContain(
      "<c:cat><c:strRef><c:f>'PMO Dashboard'!$A$13:$A$16</c:f><c:strCache><c:ptCount val=\"4\"/>" +
        '<c:pt idx="0"><c:v>Jan</c:v></c:pt><c:pt idx="1"><c:v>Feb</c:v></c:pt><c:pt idx="2"><c:v>Mar</c:v></c:pt><c:pt idx="3"><c:v>Apr</c:v></c:pt></c:strCache></c:strRef></c:cat>',
    );
    // The null in "Actual" (March) is a missing point, not a zero.
    expect(xml).toContain(
      "<c:val><c:numRef><c:f>'PMO Dashboard'!$C$13:$C$16</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"4\"/>" +
        '<c:pt idx="0"><c:v>90</c:v></c:pt><c:pt idx="1"><c:v>130</c:v></c:pt><c:pt idx="3"><c:v>150</c:v></c:pt></c:numCache></c:numRef></c:val>',
    );
    expect(xml).toContain("<c:tx><c:v>Actual</c:v></c:tx>");
  });

  it("escapes apostrophes in sheet names inside formulas and uses numRef for numeric categories", () => {
    const xml = chartXml(
      {
        ...sampleChart("cpiTrend"),
        series: [
          {
            name: "V",
            categories: "A3:A5",
            values: "B3:B5",
            categoryCache: [2023, 2024, 2025],
            valueCache: [1, 4, 9],
          },
        ],
      },
      "Bob's Data",
      theme,
    );
    expect(xml).toContain("<c:cat><c:numRef><c:f>'Bob''s Data'!$A$3:$A$5</c:f>");
    expect(xml).toContain("<c:f>'Bob''s Data'!$B$3:$B$5</c:f>");
  });

  it("barClustered: barDir bar with the category axis on the left", () => {
    const xml = chartXml(sampleChart("costByProject"), "PMO Dashboard", theme);
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(xml).toMatch(/<c:catAx>.*<c:axPos val="l"\/>.*<\/c:catAx><c:valAx>.*<c:axPos val="b"\/>/);
    expect(xml).toContain('<a:srgbClr val="70AD47"/>');
    expect(xml).not.toContain("<c:legend>");
  });

  it("line: c:lineChart with markers and a value format", () => {
    const xml = chartXml(sampleChart("cpiTrend"), "PMO Dashboard", theme);
    expect(plotAreaChildren(xml)).toEqual(["lineChart", "catAx", "valAx"]);
    expect(xml).toContain('<c:grouping val="standard"/>');
    expect(xml).toContain('<c:marker><c:symbol val="circle"/>');
    expect(xml).toContain('<c:numFmt formatCode="0.00" sourceLinked="0"/>');
  });

  it("scatter: xVal/yVal on two value axes, markers without lines", () => {
    const xml = chartXml(sampleChart("costVsProgress"), "PMO Dashboard", theme);
    expect(plotAreaChildren(xml)).toEqual(["scatterChart", "valAx", "valAx"]);
    expect(xml).toContain('<c:scatterStyle val="lineMarker"/>');
    expect(xml).toContain("<c:xVal><c:numRef><c:f>'PMO Dashboard'!$G$7:$G$10</c:f>");
    expect(xml).toContain("<c:yVal><c:numRef><c:f>'PMO Dashboard'!$H$7:$H$10</c:f>");
    expect(xml).toContain('<a:ln w="25400" cap="rnd"><a:noFill/>');
  });

  it("bubble: xVal, yVal and bubbleSize with caches", () => {
    const xml = chartXml(sampleChart("portfolioBubbles"), "PMO Dashboard", theme);
    expect(plotAreaChildren(xml)).toEqual(["bubbleChart", "valAx", "valAx"]);
    expect(xml).toContain(
      "<c:bubbleSize><c:numRef><c:f>'PMO Dashboard'!$I$7:$I$10</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"4\"/>" +
        '<c:pt idx="0"><c:v>6</c:v></c:pt><c:pt idx="1"><c:v>12</c:v></c:pt><c:pt idx="2"><c:v>3</c:v></c:pt><c:pt idx="3"><c:v>8</c:v></c:pt></c:numCache></c:numRef></c:bubbleSize>',
    );
  });

  it("columnLine: a bar group and a line group sharing the same two axes, unique series idx", () => {
    const xml = chartXml(sampleChart("spendAndCpi"), "PMO Dashboard", theme);
    expect(plotAreaChildren(xml)).toEqual(["barChart", "lineChart", "catAx", "valAx"]);
    expect(count(xml, '<c:axId val="50010001"/>')).toBe(3);
    expect(count(xml, '<c:axId val="50010002"/>')).toBe(3);
    expect(xml).toMatch(
      /<c:barChart>.*<c:idx val="0"\/>.*<\/c:barChart><c:lineChart>.*<c:idx val="1"\/>.*<\/c:lineChart>/,
    );
  });

  it("bubble: fixed axis bounds in c:scaling (max before min) and series-name labels on a labelled series", () => {
    const plan = sampleChart("portfolioBubbles");
    const [first] = plan.series;
    if (!first) throw new Error("sample bubble chart has no series");
    const xml = chartXml(
      {
        ...plan,
        xAxisMin: 0.5,
        xAxisMax: 1.3,
        yAxisMin: 0.6,
        yAxisMax: 1.2,
        series: [{ ...first, label: "seriesName" }],
      },
      "PMO Dashboard",
      theme,
    );
    expect(
      count(xml, '<c:scaling><c:orientation val="minMax"/><c:max val="1.3"/><c:min val="0.5"/></c:scaling>'),
    ).toBe(1);
    expect(
      count(xml, '<c:scaling><c:orientation val="minMax"/><c:max val="1.2"/><c:min val="0.6"/></c:scaling>'),
    ).toBe(1);
    expect(xml).toContain(
      '<c:invertIfNegative val="0"/><c:dLbls><c:dLblPos val="r"/><c:showLegendKey val="0"/><c:showVal val="0"/>' +
        '<c:showCatName val="0"/><c:showSerName val="1"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls><c:xVal>',
    );
    expect(chartXml(plan, "PMO Dashboard", theme)).not.toContain("<c:dLbls>");
  });

  it("columnLine: overlapping columns share one slot (c:overlap after c:gapWidth)", () => {
    const plan = sampleChart("spendAndCpi");
    expect(chartXml({ ...plan, overlapColumns: true }, "PMO Dashboard", theme)).toContain(
      '<c:gapWidth val="150"/><c:overlap val="100"/>',
    );
    expect(chartXml(plan, "PMO Dashboard", theme)).not.toContain("<c:overlap");
  });

  it("omits the title when empty and marks the auto title deleted", () => {
    const xml = chartXml({ ...sampleChart("cpiTrend"), title: "" }, "S", theme);
    expect(xml).toContain('<c:chart><c:autoTitleDeleted val="1"/><c:plotArea>');
  });

  it("rejects plans whose caches do not match their ranges, bubbles without sizes and empty charts", () => {
    const line = sampleChart("cpiTrend");
    const bad = { ...line, series: [{ ...line.series[0]!, valueCache: [1, 2] }] };
    expect(() => chartXml(bad, "S", theme)).toThrow(
      'Chart "cpiTrend", series "CPI": values range D13:D16 has 4 cells but its cache has 2 values',
    );
    const bubble = sampleChart("portfolioBubbles");
    const noSizes = { ...bubble, series: [{ ...bubble.series[0]!, sizes: undefined, sizeCache: undefined }] };
    expect(() => chartXml(noSizes, "S", theme)).toThrow(
      'Chart "portfolioBubbles", series "Projects": a bubble series needs sizes',
    );
    expect(() => chartXml({ ...line, series: [] }, "S", theme)).toThrow('Chart "cpiTrend" has no series');
    expect(() =>
      chartXml({ ...line, series: [{ ...line.series[0]!, values: "D13:E16" }] }, "S", theme),
    ).toThrow("values range: Expected a single row or column");
  });
});

describe("drawingXml", () => {
  it("anchors each chart between 0-based cell edges, with to exclusive", () => {
    const chart = sampleChart("cpiTrend");
    const xml = drawingXml([
      { chart: { ...chart, from: { row: 3, col: 2 }, to: { row: 20, col: 9 } }, relId: "rId7" },
    ]);
    expect(xml).toContain(
      "<xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
        "<xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>19</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>",
    );
    expect(xml).toContain('r:id="rId7"');
    expect(xml).toContain('descr="CPI trend"');
    expect(() => drawingXml([{ chart: { ...chart, to: chart.from }, relId: "rId1" }])).toThrow(
      'Chart "cpiTrend": anchor',
    );
  });
});
