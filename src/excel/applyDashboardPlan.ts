/**
 * Writes a DashboardPlan into the workbook as new sheets. All operations are packed into syncs by
 * estimated UTF-8 payload (under Excel on the web's 5 MB limit; a batch Excel still rejects is split
 * and sent again), with calculation suspended for each and screen updating once; a small
 * dashboard is one sync, a 100,000-row one a handful.
 */
import type { DashboardPlan } from "../core/plan/types";
import { toAppError } from "./appError";
import { PAYLOAD_BUDGET_BYTES, packBySize, syncWriteBatches } from "./payload";
import type { CellWriteMode, SheetHandle, WriteStep } from "./sheetSteps";
import { DEFAULT_WRITE_MODE, sheetSteps } from "./sheetSteps";

export interface ApplyOptions {
  /** Name each plan sheet is created under (default: its plan name). */
  readonly createAs?: (planSheet: string) => string;
  /** Final name of each plan sheet, used in internal hyperlinks (default: `createAs`). */
  readonly linkTarget?: (planSheet: string) => string;
  /** Name each plan table is created under (default: its plan name). */
  readonly tableName?: (planTable: string) => string;
  readonly budgetBytes?: number;
  /** Typed text (ExcelApi 1.16) or quote prefixes, and the workbook's date system. */
  readonly mode?: CellWriteMode;
  /** Queues extra operations into the first write batch (again if that batch is split and resent). */
  readonly withFirstBatch?: () => void;
}

export interface WrittenSheet {
  readonly planName: string;
  readonly worksheet: Excel.Worksheet;
  readonly id: string;
}

export interface WrittenDashboard {
  readonly sheets: readonly WrittenSheet[];
  readonly tables: readonly { readonly planName: string; readonly table: Excel.Table }[];
}

/** Writes without wrapping errors (the refresh needs the raw cause to decide how to recover). */
export async function writeDashboardPlan(
  context: Excel.RequestContext,
  plan: DashboardPlan,
  options: ApplyOptions = {},
): Promise<WrittenDashboard> {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET_BYTES;
  const createAs = options.createAs ?? ((name: string) => name);
  const handles: SheetHandle[] = plan.sheets.map((s) => ({ planName: s.name, tables: [] }));
  const steps: WriteStep[] = plan.sheets.flatMap((sheet, i) => {
    const handle = handles[i] ?? { planName: sheet.name, tables: [] };
    return sheetSteps(
      context,
      sheet,
      plan.theme,
      handle,
      {
        createAs: createAs(sheet.name),
        linkTarget: options.linkTarget ?? createAs,
        tableName: options.tableName ?? ((name: string) => name),
        createdAs: createAs,
        mode: options.mode ?? DEFAULT_WRITE_MODE,
      },
      budget,
    );
  });
  // Charts go last, when every sheet they may read exists.
  const ordered = [...steps.filter((s) => s.late !== true), ...steps.filter((s) => s.late === true)];
  const batches = packBySize(ordered, (s) => s.bytes, budget);
  const application = context.workbook.application;
  await syncWriteBatches(context, batches, (batch, index) => {
    application.suspendApiCalculationUntilNextSync();
    // Once: the docs (Excel performance, "suspend screen updating") warn that repeated calls make
    // the window flicker; the first batch carries the new sheets, whose drawing is what it saves.
    if (index === 0) {
      application.suspendScreenUpdatingUntilNextSync();
      options.withFirstBatch?.();
    }
    batch.forEach((s) => s.queue());
  });
  return {
    sheets: handles.flatMap((h) =>
      h.worksheet ? [{ planName: h.planName, worksheet: h.worksheet, id: h.worksheet.id }] : [],
    ),
    tables: handles.flatMap((h) => h.tables),
  };
}

export async function applyDashboardPlan(
  context: Excel.RequestContext,
  plan: DashboardPlan,
  options: ApplyOptions = {},
): Promise<WrittenDashboard> {
  try {
    return await writeDashboardPlan(context, plan, options);
  } catch (error) {
    throw toAppError(error, "Writing the dashboard");
  }
}
