/** An ExcelGateway double for component and workflow tests: canned answers, every call recorded. */
import type { RawWorkbook } from "../../../src/core/model/raw";
import type { StructureFix } from "../../../src/core/plan/structureFix/planStructureFix";
import type { DashboardPlan } from "../../../src/core/plan/types";
import type { HighlightCell } from "../../../src/excel/highlights";
import type { CellSheet } from "../../../src/excel/insertSheets";
import type { RunChoices } from "../../../src/excel/runChoices";
import type { ExcelGateway, SavedPreferences } from "../../../src/workflow/gateway";
import type { StoredPreferences } from "../../../src/workflow/preferences";
import { rowsGrid } from "../../../src/core/model/rowsGrid";

export interface GatewayCalls {
  reads: number;
  plans: DashboardPlan[];
  selected: { sheet: string; cell: string }[];
  highlighted: (readonly HighlightCell[])[];
  cleared: number;
  saved: SavedPreferences[];
  activated: string[];
  removed: number;
  inserted: (readonly CellSheet[])[];
  runChoices: RunChoices[];
  created: string[];
  fixes: StructureFix[];
}

export interface GatewayDouble extends ExcelGateway {
  readonly calls: GatewayCalls;
}

export interface DoubleOptions {
  readonly stored?: Partial<StoredPreferences>;
  /** Makes `readWorkbook` (or `writeDashboard`) fail with this error. */
  readonly readError?: Error;
  readonly writeError?: Error;
  /** Makes `selectCell` (or `saveSettings`, `removeOwnedSheets`) fail with this error. */
  readonly selectError?: Error;
  readonly saveError?: Error;
  readonly removeError?: Error;
  /** What `loadRunChoices` returns (default: nothing remembered). */
  readonly runChoices?: RunChoices;
  /** The sheets `removeOwnedSheets` reports as removed (default: the last written plan's). */
  readonly owned?: readonly string[];
}

export function createGatewayDouble(workbook: RawWorkbook, options: DoubleOptions = {}): GatewayDouble {
  const calls: GatewayCalls = {
    reads: 0,
    plans: [],
    selected: [],
    highlighted: [],
    cleared: 0,
    saved: [],
    activated: [],
    removed: 0,
    inserted: [],
    runChoices: [],
    created: [],
    fixes: [],
  };
  let current = workbook;
  return {
    calls,
    readWorkbook: async () => {
      calls.reads += 1;
      if (options.readError) throw options.readError;
      return current;
    },
    writeDashboard: async (plan, onStep) => {
      calls.plans.push(plan);
      if (options.writeError) throw options.writeError;
      onStep?.(`Writing ${plan.sheets.length} sheets`);
      return { sheets: plan.sheets.map((s) => s.name) };
    },
    replaceSheets: async (plan) => {
      calls.plans.push(plan);
      if (options.writeError) throw options.writeError;
      return { sheets: plan.sheets.map((s) => s.name) };
    },
    selectCell: async (sheet, cell) => {
      calls.selected.push({ sheet, cell });
      if (options.selectError) throw options.selectError;
    },
    highlightCells: async (cells) => {
      calls.highlighted.push(cells);
      return { highlighted: cells.length, skipped: 0 };
    },
    clearHighlights: async () => {
      calls.cleared += 1;
      return calls.highlighted.at(-1)?.length ?? 0;
    },
    loadSettings: async () => ({
      settings: {},
      mappingJson: null,
      templateJson: null,
      problems: [],
      ...options.stored,
    }),
    saveSettings: async (prefs) => {
      if (options.saveError) throw options.saveError;
      calls.saved.push(prefs);
    },
    activateSheet: async (name) => {
      calls.activated.push(name);
    },
    removeOwnedSheets: async () => {
      calls.removed += 1;
      if (options.removeError) throw options.removeError;
      return [...(options.owned ?? calls.plans.at(-1)?.sheets.map((s) => s.name) ?? [])];
    },
    insertSheets: async (sheets) => {
      calls.inserted.push(sheets);
      // The workbook now holds the inserted sheets too (as Office.js would read them back).
      current = {
        ...current,
        sheets: [
          ...current.sheets,
          ...sheets.map((s) => ({
            name: s.name,
            top: 1,
            left: 1,
            cells: rowsGrid(
              s.values.map((row) => row.map((v) => (v === "" ? null : v))),
              s.formats.map((row) => row.map((f) => (f === "" ? null : f))),
            ),
          })),
        ],
      };
      return sheets.map((s) => s.name);
    },
    loadRunChoices: async () => options.runChoices ?? { asOf: null, portfolioName: "" },
    saveRunChoices: async (choices) => {
      calls.runChoices.push(choices);
    },
    createWorkbook: async (base64) => {
      calls.created.push(base64);
    },
    fixStructure: async (fix) => {
      calls.fixes.push(fix);
      if (options.writeError) throw options.writeError;
      return {
        sheetsAdded: fix.sheets.map((s) => s.name),
        columnsAdded: fix.columns.reduce((n, c) => n + c.headers.length, 0),
        validationsAdded: fix.validations.length,
        validationsKept: 0,
      };
    },
  };
}
