/**
 * Writes a DashboardPlan into the workbook as new sheets. All operations are packed into syncs by
 * estimated payload (under Excel on the web's 5 MB limit), with calculation and screen updating
 * suspended for each; a small dashboard is one sync, a 100,000-row one a handful.
 */
import type { DashboardPlan } from "../core/plan/types";
import { toAppError } from "./appError";
import { PAYLOAD_BUDGET_BYTES, packBySize, syncBatches } from "./payload";
import type { SheetHandle, WriteStep } from "./sheetSteps";
import { sheetSteps } from "./sheetSteps";

export interface ApplyOptions {
  /** Name each plan sheet is created under (default: its plan name). */
  readonly createAs?: (planSheet: string) => string;
  /** Final name of each plan sheet, used in internal hyperlinks (default: `createAs`). */
  readonly linkTarget?: (planSheet: string) => string;
  /** Name each plan table is created under (default: its plan name). */
  readonly tableName?: (planTable: string) => string;
  readonly budgetBytes?: number;
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
      },
      budget,
    );
  });
  // Charts go last, when every sheet they may read exists.
  const ordered = [...steps.filter((s) => s.late !== true), ...steps.filter((s) => s.late === true)];
  const batches = packBySize(ordered, (s) => s.bytes, budget);
  const application = context.workbook.application;
  await syncBatches(context, batches, (batch) => {
    application.suspendApiCalculationUntilNextSync();
    application.suspendScreenUpdatingUntilNextSync();
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
