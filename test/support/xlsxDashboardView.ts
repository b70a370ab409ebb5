/**
 * Reads a dashboard .xlsx back into SheetViews: cells, formats, tables and conditional formats
 * through ExcelJS (an independent reader), charts from the chart XML (ExcelJS cannot read charts).
 */
import ExcelJS from "exceljs";
import type { ChartType } from "../../src/core/plan/types";
import { chartsOfSheet, readParts, type PackageParts } from "../file/dashboard/packageParts";
import type { ChartView, ConditionalFormatView, SeriesView, SheetView, ViewValue } from "./dashboardView";
import { localRange, numberText, rgb } from "./dashboardView";

/** Days between Excel's serial 0 (1899-12-30) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86_400_000;

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Cell value as the fake holds it; `undefined` for empty cells and merged-over cells. */
function cellValue(cell: ExcelJS.Cell): ViewValue | undefined {
  const v = cell.value;
  if (cell.type === ExcelJS.ValueType.Merge || v === null || v === undefined) return undefined;
  if (v instanceof Date) return v.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if ("richText" in v) return v.richText.map((run) => run.text).join("");
  if ("hyperlink" in v) return typeof v.text === "string" ? v.text : String(v.text);
  if ("formula" in v || "sharedFormula" in v) return `FORMULA ${JSON.stringify(v)}`;
  if ("error" in v) return v.error;
  return JSON.stringify(v);
}

/** What ExcelJS 4.4 keeps on a worksheet it has read, beyond its typings. */
interface ReadWorksheet {
  readonly conditionalFormattings: readonly ExcelJS.ConditionalFormattingOptions[];
  readonly tables: Readonly<
    Record<string, { readonly table: { readonly name?: string; readonly tableRef: string } }>
  >;
}

function readBack(ws: ExcelJS.Worksheet): ReadWorksheet {
  return ws as unknown as ReadWorksheet;
}

function conditionalFormats(ws: ExcelJS.Worksheet): ConditionalFormatView[] {
  return readBack(ws).conditionalFormattings.flatMap((cf) =>
    cf.rules.map((rule): ConditionalFormatView => {
      switch (rule.type) {
        case "expression": {
          // `L49="Green"`: the text after the first `=`, unquoted.
          const formula = rule.formulae?.[0] ?? "";
          const literal = formula.slice(formula.indexOf("=") + 1);
          return { kind: "textEquals", range: cf.ref, rule: literal.slice(1, -1).replace(/""/g, '"') };
        }
        case "cellIs":
          return {
            kind: "cellIs",
            range: cf.ref,
            rule: `${rule.operator ?? ""} ${(rule.formulae ?? []).map(numberText).join(",")}`,
          };
        case "colorScale":
          return {
            kind: "colorScale",
            range: cf.ref,
            rule: `${(rule.cfvo ?? []).map((p) => numberText(p.value)).join(",")} ${(rule.color ?? []).map((c) => rgb(c.argb ?? "")).join(",")}`,
          };
        case "iconSet":
          return {
            kind: "iconSet",
            range: cf.ref,
            rule: `${rule.iconSet ?? ""} ${(rule.cfvo ?? [])
              .slice(1)
              .map((p) => numberText(p.value))
              .join(",")}`,
          };
        default:
          return { kind: "cellIs", range: cf.ref, rule: `unexpected ${rule.type}` };
      }
    }),
  );
}

function firstFormula(xml: string, element: string): string {
  const match = new RegExp(`<c:${element}>.*?<c:f>([^<]*)</c:f>`, "s").exec(xml);
  return match?.[1] === undefined ? "" : localRange(unescapeXml(match[1]));
}

/** One chart part → type and series (name, category/X range, value/Y range), in XML order. */
export function chartView(xml: string): ChartView {
  const groups = [...xml.matchAll(/<c:(doughnut|bar|line|scatter|bubble)Chart>(.*?)<\/c:\1Chart>/gs)];
  const kinds = groups.map((g) => g[1]);
  const barDir = /<c:barDir val="(\w+)"\/>/.exec(xml)?.[1];
  let type: ChartType;
  if (kinds.includes("bar") && kinds.includes("line")) type = "columnLine";
  else if (kinds[0] === "bar") type = barDir === "bar" ? "barClustered" : "columnClustered";
  else type = kinds[0] as ChartType;
  const series = groups.flatMap((g) =>
    [...(g[2] ?? "").matchAll(/<c:ser>(.*?)<\/c:ser>/gs)].map((s): SeriesView => {
      const ser = s[1] ?? "";
      const name = /<c:tx>(?:<c:v>([^<]*)<\/c:v>|<c:strRef>.*?<c:v>([^<]*)<\/c:v>)/s.exec(ser);
      return {
        name: unescapeXml(name?.[1] ?? name?.[2] ?? ""),
        categories: firstFormula(ser, "cat") || firstFormula(ser, "xVal"),
        values: firstFormula(ser, "val") || firstFormula(ser, "yVal"),
        sizes: firstFormula(ser, "bubbleSize"),
      };
    }),
  );
  return { type, series };
}

/** Sheet name → worksheet part path, from the workbook part and its relationships. */
function sheetPaths(parts: PackageParts): Map<string, string> {
  const rels = parts.part("xl/_rels/workbook.xml.rels");
  const targetById = new Map(
    [...rels.matchAll(/<Relationship [^>]*Id="(\w+)"[^>]*Target="([^"]*)"/g)].map((m) => [m[1], m[2]]),
  );
  const paths = new Map<string, string>();
  for (const m of parts.part("xl/workbook.xml").matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="(\w+)"/g)) {
    const target = targetById.get(m[2]) ?? "";
    paths.set(unescapeXml(m[1] ?? ""), target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return paths;
}

/** Every worksheet of a dashboard workbook as a SheetView, by sheet name. */
export async function xlsxDashboardView(buffer: Buffer): Promise<Map<string, SheetView>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const parts = await readParts(buffer);
  const paths = sheetPaths(parts);
  const views = new Map<string, SheetView>();
  for (const ws of workbook.worksheets) {
    const cells: Record<string, ViewValue> = {};
    const numberFormats: Record<string, string> = {};
    const formulas: string[] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.address);
        const value = cellValue(cell);
        if (value === undefined || value === "") return;
        cells[cell.address] = value;
        if (typeof value === "number") numberFormats[cell.address] = cell.numFmt ?? "General";
      }),
    );
    const tables = Object.values(readBack(ws).tables).map((t) => ({
      name: t.table.name ?? "",
      range: t.table.tableRef,
    }));
    const path = paths.get(ws.name);
    const charts = path === undefined ? [] : chartsOfSheet(parts, path).map(chartView);
    views.set(ws.name, {
      cells,
      numberFormats,
      formulas,
      tables,
      conditionalFormats: conditionalFormats(ws),
      charts,
    });
  }
  return views;
}
