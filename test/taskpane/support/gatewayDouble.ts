/** An ExcelGateway double for component and workflow tests: canned answers, every call recorded. */
import type { RawWorkbook } from "../../../src/core/model/raw";
import type { StructureFix } from "../../../src/core/plan/structureFix/planStructureFix";
import type { DashboardPlan } from "../../../src/core/plan/types";
import type { HighlightCell } from "../../../src/excel/highlights";
import type { ExcelGateway, SavedPreferences } from "../../../src/workflow/gateway";
import type { StoredPreferences } from "../../../src/workflow/preferences";

export interface GatewayCalls {
  reads: number;
  plans: DashboardPlan[];
  selected: { sheet: string; cell: string }[];
  highlighted: (readonly HighlightCell[])[];
  cleared: number;
  saved: SavedPreferences[];
  activated: string[];
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
    created: [],
    fixes: [],
  };
  return {
    calls,
    readWorkbook: async () => {
      calls.reads += 1;
      if (options.readError) throw options.readError;
      return workbook;
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
      calls.saved.push(prefs);
    },
    activateSheet: async (name) => {
      calls.activated.push(name);
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
