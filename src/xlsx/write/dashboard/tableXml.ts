/**
 * An Excel table (ListObject) part over cells the plan already wrote. Excel requires the header
 * cells to hold exactly the column names, so `tableColumnNames` gives the names the header row
 * is written with: non-empty and unique (case-insensitive), filled and de-duplicated as Excel does.
 */
import type { TablePlan } from "../../../core/plan/types";
import type { CellRange } from "../../../core/model/raw";
import { parseRange } from "../cellRef";
import { escapeXml } from "../xmlText";

export function checkTable(sheetName: string, table: TablePlan): CellRange {
  const box = parseRange(table.range);
  if (box.bottom <= box.top) {
    throw new Error(
      `Sheet "${sheetName}", table ${table.name} (${table.range}): needs a header row and at least one data row`,
    );
  }
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(table.name) || /^[A-Za-z]{1,3}[0-9]+$/.test(table.name)) {
    throw new Error(`Sheet "${sheetName}": "${table.name}" is not a valid Excel table name`);
  }
  if (!/^TableStyle(Light|Medium|Dark)[0-9]{1,2}$/.test(table.style)) {
    throw new Error(`Sheet "${sheetName}", table ${table.name}: unknown table style "${table.style}"`);
  }
  return box;
}

export function tableColumnNames(raw: readonly string[]): string[] {
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

/** Excel stores a line break in a column name as `_x000a_` (and a literal `_x` escaped likewise). */
function columnNameXml(name: string): string {
  return escapeXml(name.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005f_x$1_").replace(/\r?\n/g, "_x000a_"));
}

export function tableXml(id: number, table: TablePlan, ref: string, names: readonly string[]): string {
  const columns = names
    .map((name, i) => `<tableColumn id="${i + 1}" name="${columnNameXml(name)}"/>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${table.name}" displayName="${table.name}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${names.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${table.style}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
