/** A plain, comparable copy of the whole workbook state: used to prove "the workbook is exactly as before". */
import { formatBounds } from "./fakeA1";
import { rangeAddress } from "./fakeRange";
import type { FakeCell, FakeSheet, FakeWorkbookState, RangeRef } from "./fakeState";

function ref(r: RangeRef | undefined): string | undefined {
  return r ? rangeAddress(r) : undefined;
}

function isDefaultCell(c: FakeCell): boolean {
  return (
    c.value === "" &&
    c.formula === undefined &&
    c.numberFormat === "General" &&
    Object.keys(c.format).length === 0 &&
    c.hyperlink === undefined
  );
}

function sheetSnapshot(s: FakeSheet) {
  return {
    id: s.id,
    name: s.name,
    visibility: s.visibility,
    tabColor: s.tabColor,
    showGridlines: s.showGridlines,
    freeze: { ...s.freeze },
    sheetFormat: { ...s.sheetFormat },
    // A cell that is empty with default formats is no different from one never touched, as in Excel.
    cells: [...s.cells.entries()]
      .filter(([, c]) => !isDefaultCell(c))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, c]) => [k, JSON.parse(JSON.stringify(c))]),
    merges: s.merges.map(formatBounds),
    columnWidths: [...s.columnWidths.entries()].sort(([a], [b]) => a - b),
    rowHeights: [...s.rowHeights.entries()].sort(([a], [b]) => a - b),
    tables: s.tables.map((t) => ({
      name: t.name,
      range: formatBounds(t.bounds),
      style: t.style,
      showHeaders: t.showHeaders,
    })),
    conditionalFormats: s.conditionalFormats.map((c) => ({
      type: c.type,
      range: formatBounds(c.bounds),
      settings: c.settings,
    })),
    dataValidations: s.dataValidations.map((v) => ({
      ...JSON.parse(JSON.stringify(v)),
      range: formatBounds(v.bounds),
    })),
    charts: s.charts.map((c) => ({
      name: c.name,
      type: c.type,
      title: c.title,
      series: c.series.map((x) => ({
        ...x,
        values: ref(x.values),
        xValues: ref(x.xValues),
        bubbleSizes: ref(x.bubbleSizes),
      })),
    })),
    pageLayout: JSON.parse(JSON.stringify(s.pageLayout)) as unknown,
  };
}

export type WorkbookSnapshot = ReturnType<typeof snapshotWorkbook>;

export function snapshotWorkbook(state: FakeWorkbookState) {
  return {
    name: state.name,
    activeSheetId: state.activeSheetId,
    selection: state.selection,
    sheets: state.sheets.map(sheetSnapshot),
    settings: [...state.settings.entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
  };
}
