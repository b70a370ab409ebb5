/// <reference types="office-js" />
// The reference lets `tsconfig.cli.json` (which has only Node types) compile this file too.
import { analyseWorkbooks } from "../../src/core/analyse";
import type { RawWorkbook } from "../../src/core/model/raw";
import type { Settings } from "../../src/core/model/settings";
import { buildDashboardPlan } from "../../src/core/plan/buildDashboardPlan";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { readWorkbookFromExcel } from "../../src/excel/readWorkbook";
import type { RefreshedSheet } from "../../src/excel/refreshDashboard";
import { refreshDashboard } from "../../src/excel/refreshDashboard";
import { EXCEL_WEB_LIMITS } from "../../test/excel/support/fakeContext";
import type { FakeExcel } from "../../test/excel/support/fakeExcel";
import { createFakeExcel, seedSheet } from "../../test/excel/support/fakeExcel";
import { gridRows } from "../../src/core/model/gridRows";

/** Time of one Office.js step, split between our adapter code and the Excel side (the test double). */
export interface OfficeStepTime {
  /** Wall time minus the time spent inside `context.sync()`. */
  readonly ourMs: number;
  /** Time inside `context.sync()`: the double applying the batch (in Excel, the host's work + transport). */
  readonly syncMs: number;
}

export interface OfficeFigures {
  readonly readSyncs: number;
  readonly refreshSyncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  /** Excel on the web's request/response limit (5 MB). */
  readonly limitBytes: number;
  /** Every sync succeeded and none came near the limit. */
  readonly withinLimit: boolean;
  readonly read: OfficeStepTime;
  readonly refresh: OfficeStepTime;
  readonly dashboardSheets: number;
  /** The message of the error that stopped the read or the refresh, if one did. */
  readonly failure?: string;
}

const NOT_RUN: OfficeStepTime = { ourMs: Number.NaN, syncMs: Number.NaN };

/** A workbook open in (the double of) Excel holding the tracker sheets, as a user would have them. */
function workbookWithTrackers(tracker: RawWorkbook): FakeExcel {
  const fake = createFakeExcel({ name: tracker.file, date1904: tracker.date1904 });
  for (const sheet of tracker.sheets) {
    seedSheet(fake.state, {
      name: sheet.name,
      values: gridRows(sheet.cells).map((row) => row.map((v) => v ?? "")),
      formats: gridRows(sheet.cells).map((row, r) =>
        row.map((_, c) => sheet.cells.format(r, c) ?? undefined),
      ),
    });
  }
  return fake;
}

/** Runs `step` in one batch of the double, timing the batch and the syncs inside it. */
interface Timed<T> {
  readonly result: T;
  readonly time: OfficeStepTime;
  readonly syncs: number;
}

async function timedBatch<T>(
  fake: FakeExcel,
  step: (context: Excel.RequestContext) => Promise<T>,
): Promise<Timed<T>> {
  const syncsBefore = fake.syncs.length;
  let syncMs = 0;
  const start = performance.now();
  const result = await fake.run(async (context) => {
    const sync = context.sync.bind(context);
    const timedSync = async (): Promise<void> => {
      const syncStart = performance.now();
      try {
        await sync();
      } finally {
        syncMs += performance.now() - syncStart;
      }
    };
    context.sync = timedSync as typeof context.sync;
    return step(context);
  });
  const wallMs = performance.now() - start;
  return { result, time: { ourMs: wallMs - syncMs, syncMs }, syncs: fake.syncs.length - syncsBefore };
}

/**
 * The add-in's path on a workbook holding `tracker`: read it through Office.js
 * (`readWorkbookFromExcel`), analyse, build the plan (findings linked to their cells, as the task
 * pane offers) and refresh the dashboard (`refreshDashboard`), against the Excel test double,
 * which measures each sync's request and response as JSON and rejects any over 5 MB.
 */
export async function measureOffice(tracker: RawWorkbook, settings: Settings): Promise<OfficeFigures> {
  const fake = workbookWithTrackers(tracker);
  let read: Timed<RawWorkbook> | undefined;
  let refresh: Timed<RefreshedSheet[]> | undefined;
  let failure: string | undefined;
  try {
    read = await timedBatch(fake, (context) => readWorkbookFromExcel(context));
    const file = read.result.file;
    const analysis = analyseWorkbooks([read.result], { template: STANDARD_TEMPLATE, settings });
    const plan = buildDashboardPlan({
      report: analysis.report,
      attention: analysis.attention,
      portfolioName: file,
      generatedAt: "2026-11-02 09:00 UTC",
      linkFindingsInFile: file,
    });
    refresh = await timedBatch(fake, (context) => refreshDashboard(context, plan));
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  const limitBytes = Math.min(EXCEL_WEB_LIMITS.maxRequestBytes, EXCEL_WEB_LIMITS.maxResponseBytes);
  const maxRequestBytes = Math.max(0, ...fake.syncs.map((s) => s.requestBytes));
  const maxResponseBytes = Math.max(0, ...fake.syncs.map((s) => s.responseBytes));
  return {
    readSyncs: read?.syncs ?? Number.NaN,
    refreshSyncs: refresh?.syncs ?? Number.NaN,
    maxRequestBytes,
    maxResponseBytes,
    limitBytes,
    withinLimit:
      failure === undefined &&
      fake.syncs.every((s) => !s.failed) &&
      maxRequestBytes < limitBytes &&
      maxResponseBytes < limitBytes,
    read: read?.time ?? NOT_RUN,
    refresh: refresh?.time ?? NOT_RUN,
    dashboardSheets: refresh?.result.length ?? 0,
    ...(failure === undefined ? {} : { failure }),
  };
}
