/**
 * Excel tables over cells the blocks already wrote. ExcelJS's addTable writes the header and
 * rows itself, so we hand it exactly what the cells hold: it rewrites the same values and, with
 * no column styles given, leaves the cells' own styles alone.
 */
import type { CellValue, TableStyleProperties, Worksheet } from "exceljs";
import type { TablePlan } from "../../core/plan/types";
import { cellRef, parseRange } from "./a1";

function headerText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/** Excel needs non-empty, unique (case-insensitive) header names; fill and de-duplicate like Excel. */
function columnNames(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  return raw.map((text, i) => {
    const base = text.trim() === "" ? `Column${i + 1}` : text;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n += 1) {
      name = `${base}${n}`;
    }
    seen.add(name.toLowerCase());
    return name;
  });
}

export function addTableOverCells(ws: Worksheet, table: TablePlan): void {
  const box = parseRange(table.range);
  if (box.bottom <= box.top) {
    throw new Error(
      `Sheet "${ws.name}", table ${table.name} (${table.range}): needs a header row and at least one data row`,
    );
  }
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(table.name) || /^[A-Za-z]{1,3}[0-9]+$/.test(table.name)) {
    throw new Error(`Sheet "${ws.name}": "${table.name}" is not a valid Excel table name`);
  }
  if (!/^TableStyle(Light|Medium|Dark)[0-9]{1,2}$/.test(table.style)) {
    throw new Error(`Sheet "${ws.name}", table ${table.name}: unknown table style "${table.style}"`);
  }
  const width = box.right - box.left + 1;
  const cols = Array.from({ length: width }, (_unused, j) => box.left + j);
  const names = columnNames(cols.map((c) => headerText(ws.getCell(box.top, c).value)));
  const rows: CellValue[][] = [];
  for (let r = box.top + 1; r <= box.bottom; r += 1) {
    rows.push(cols.map((c) => ws.getCell(r, c).value));
  }
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellRef(box.top, box.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as TableStyleProperties["theme"], showRowStripes: true },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows,
  });
}
