/** Small DashboardPlan literals for the adapter tests (the real plan builder lives in src/core/plan). */
import type { PlanCell, SheetPlan, StyleDef, StyleName, Theme } from "../../../src/core/plan/types";

const plain: StyleDef = {};

export const TEST_THEME: Theme = {
  font: "Segoe UI",
  styles: {
    title: { bold: true, size: 18, color: "1F3864" },
    subtitle: { italic: true, color: "595959" },
    sectionHeader: { bold: true, size: 13, borderBottom: "1F3864" },
    tableHeader: { bold: true, color: "FFFFFF", fill: "1F3864", align: "center", wrap: true },
    requiredHeader: { bold: true, color: "FFFFFF", fill: "C55A11", align: "center", wrap: true },
    tileLabel: { color: "595959", align: "center" },
    tileValue: { bold: true, size: 20, align: "center" },
    body: plain,
    muted: { color: "808080" },
    note: { italic: true, size: 9 },
    ragGreen: { fill: "C6EFCE", color: "006100" },
    ragAmber: { fill: "FFEB9C", color: "9C5700" },
    ragRed: { fill: "FFC7CE", color: "9C0006" },
    error: { color: "C00000", bold: true },
    warning: { color: "9C5700" },
    info: { color: "1F3864" },
    link: { color: "0563C1", underline: true },
  },
  palette: ["4472C4", "ED7D31", "A5A5A5"],
  rag: { Green: "00B050", Amber: "FFC000", Red: "FF0000" },
};

export function cell(value: PlanCell["value"], style?: StyleName, format?: string): PlanCell {
  return { value, ...(style ? { style } : {}), ...(format ? { format } : {}) };
}

/** A sheet with nothing but the required fields. */
export function emptySheet(name: string): SheetPlan {
  return {
    name,
    columnWidths: [],
    blocks: [],
    merges: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    print: { orientation: "portrait", fitToWidth: false },
    showGridLines: true,
  };
}

/** A project list: header + `rows` rows of (id, name, budget, RAG) starting at A3, as a table. */
export function projectListSheet(name: string, rows: number): SheetPlan {
  const body = Array.from({ length: rows }, (_, i) => [
    cell(`P-${String(i + 1).padStart(6, "0")}`, "body"),
    cell(`Project number ${i + 1}`, "body"),
    cell(1000 + i, "body", "#,##0"),
    cell(i % 3 === 0 ? "Red" : i % 3 === 1 ? "Amber" : "Green", "body"),
  ]);
  return {
    ...emptySheet(name),
    columnWidths: [{ col: 2, width: 30 }],
    freeze: { rows: 3, cols: 0 },
    blocks: [
      { row: 1, col: 1, cells: [[cell("Projects", "title")]] },
      {
        row: 3,
        col: 1,
        cells: [["ID", "Name", "Budget", "RAG"].map((h) => cell(h, "tableHeader")), ...body],
      },
    ],
    tables: [{ name: "PMOProjects", range: `A3:D${3 + rows}`, style: "TableStyleMedium2" }],
    conditionalFormats: [{ kind: "textEquals", range: `D4:D${3 + rows}`, text: "Red", style: "ragRed" }],
  };
}
