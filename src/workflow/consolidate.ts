/**
 * "Consolidate trackers": the PM files picked in the pane (and, if asked, the open workbook's own
 * tracker sheets) read, validated and computed as one portfolio, then written into the open
 * workbook exactly as a build is (the same gateway, owned sheets and history carry). No UI here:
 * the pane passes hooks for progress and Cancel.
 *
 * Steps: read the open workbook (when included) → read the files → one portfolio
 * (core consolidateReads + analyseWorkbooks) → plan → the gateway's atomic refresh.
 */
import type { Analysis } from "../core/analyse";
import { analyseWorkbooks } from "../core/analyse";
import type { RawWorkbook } from "../core/model/raw";
import type { ConsolidatedFiles } from "../core/read/consolidateFiles";
import { consolidateReads } from "../core/read/consolidateFiles";
import { buildDashboardPlan } from "../core/plan/buildDashboardPlan";
import { generatedAtText } from "../core/plan/generatedAtText";
import type { SourceFile } from "../core/plan/input";
import type { DashboardPlan } from "../core/plan/types";
import type { PlanOptions } from "./engine";
import type { ExcelGateway } from "./gateway";
import type { Preferences } from "./preferences";
import { resolveTemplate, settingsFor } from "./preferences";
import type { PickedFile, ReadPickedOptions } from "./readPickedFiles";
import { nextTask, readPickedFiles } from "./readPickedFiles";

/** Whether the open workbook's own tracker sheets are part of the portfolio. */
export type OpenWorkbookUse = "with" | "instead";

/** What PMO Validation's "Files read" says of the open workbook (it has no file date of its own here). */
export const OPEN_WORKBOOK_MODIFIED = "open in Excel";

export const CONSOLIDATE_STEPS = ["Reading files", "Validating", "Writing dashboard"] as const;
export type ConsolidateStep = (typeof CONSOLIDATE_STEPS)[number];

export interface ConsolidateRequest {
  readonly files: readonly PickedFile[];
  readonly use: OpenWorkbookUse;
  readonly prefs: Preferences;
  readonly asOf: string;
  readonly plan: PlanOptions;
}

export interface ConsolidateHooks extends Pick<ReadPickedOptions, "onFile" | "isCancelled" | "pause"> {
  /**
   * Called after a step is announced and before the engine's long synchronous run, so the pane can
   * paint the step first (a browser may run a zero timeout before it repaints); default: `pause`.
   */
  readonly repaint?: () => Promise<void>;
  readonly onStep?: (step: ConsolidateStep, detail?: string) => void;
  /** The portfolio as analysed, before anything is written (the pane lists its findings). */
  readonly onAnalysed?: (result: ConsolidatedAnalysis) => void;
}

/** One portfolio from several files: what was read and what the engine found. */
export interface ConsolidatedAnalysis extends ConsolidatedFiles {
  readonly analysis: Analysis;
  /** The open workbook as read, when its sheets are included. */
  readonly openWorkbook: RawWorkbook | null;
  /** How many files were picked (the open workbook not counted). */
  readonly picked: number;
}

export type ConsolidateOutcome =
  | { readonly kind: "cancelled" }
  /** Not one file could be read and the open workbook was not included: nothing to build from. */
  | { readonly kind: "nothing-read"; readonly message: string; readonly result: ConsolidatedFiles }
  | { readonly kind: "no-tracker"; readonly result: ConsolidatedAnalysis }
  | { readonly kind: "written"; readonly sheets: string[]; readonly result: ConsolidatedAnalysis };

function nothingRead(picked: number, result: ConsolidatedFiles): string {
  if (picked === 0) return "Choose one or more tracker .xlsx files first.";
  const first = result.unreadable[0]?.message ?? "";
  return picked === 1
    ? `The file could not be read, so nothing was written. ${first}`
    : `None of the ${picked} files could be read, so nothing was written. The first: ${first}`;
}

/** The open workbook first (when included), then the picked files in the order picked. */
function withOpenWorkbook(files: ConsolidatedFiles, open: RawWorkbook | null): ConsolidatedFiles {
  if (open === null) return files;
  const source: SourceFile = { file: open.file, modified: OPEN_WORKBOOK_MODIFIED };
  return {
    workbooks: [open, ...files.workbooks],
    sources: [source, ...files.sources],
    unreadable: files.unreadable,
  };
}

/** The dashboard's name when none is given: the open workbook's, or the count of files. */
function portfolioName(request: ConsolidateRequest, open: RawWorkbook | null): string {
  const name = request.plan.portfolioName.trim();
  if (name !== "") return name;
  if (open !== null) return open.file;
  return `${request.files.length} trackers consolidated`;
}

/** Every PMO sheet for the consolidated portfolio; only the open workbook's findings can link to their cells. */
export function planConsolidation(request: ConsolidateRequest, result: ConsolidatedAnalysis): DashboardPlan {
  const { analysis, openWorkbook } = result;
  return buildDashboardPlan({
    report: analysis.report,
    attention: analysis.attention,
    cycle: analysis.cycle,
    sources: result.sources,
    portfolioName: portfolioName(request, openWorkbook),
    generatedAt: generatedAtText(request.plan.now),
    ...(request.plan.linkFindings && openWorkbook !== null ? { linkFindingsInFile: openWorkbook.file } : {}),
  });
}

/**
 * Reads, validates and computes the picked files (with or instead of the open workbook) as one
 * portfolio and writes its dashboard into the open workbook. Cancelled between files, or after
 * the analysis, nothing is written. Excel's failures are thrown as the gateway throws them.
 */
export async function consolidateTrackers(
  gateway: ExcelGateway,
  request: ConsolidateRequest,
  hooks: ConsolidateHooks = {},
): Promise<ConsolidateOutcome> {
  const cancelled = () => hooks.isCancelled?.() === true;
  hooks.onStep?.("Reading files");
  const openWorkbook = request.use === "with" ? await gateway.readWorkbook() : null;
  const reads = await readPickedFiles(request.files, {
    ...hooks,
    taken: openWorkbook === null ? [] : [openWorkbook.file],
  });
  if (reads === null) return { kind: "cancelled" };
  const files = withOpenWorkbook(consolidateReads(reads), openWorkbook);
  if (files.workbooks.length === 0)
    return { kind: "nothing-read", message: nothingRead(request.files.length, files), result: files };

  hooks.onStep?.("Validating", `${files.workbooks.length} workbooks read`);
  // Lets the pane show the step before the engine's long synchronous run.
  await (hooks.repaint ?? hooks.pause ?? nextTask)();
  const history = await gateway.readHistory?.();
  const { template } = resolveTemplate(request.prefs.templateText);
  const analysis = analyseWorkbooks(files.workbooks, {
    template,
    settings: settingsFor(request.prefs, request.asOf),
    mapping: request.prefs.mapping,
    readFindings: files.unreadable,
    ...(history === undefined ? {} : { history }),
  });
  const result: ConsolidatedAnalysis = { ...files, analysis, openWorkbook, picked: request.files.length };
  hooks.onAnalysed?.(result);
  if (analysis.portfolio.bindings.length === 0) return { kind: "no-tracker", result };
  const plan = planConsolidation(request, result);
  // The last moment Cancel can stop it: the refresh itself is all or nothing.
  if (cancelled()) return { kind: "cancelled" };
  hooks.onStep?.("Writing dashboard");
  const written = await gateway.writeDashboard(plan, (detail) => hooks.onStep?.("Writing dashboard", detail));
  return { kind: "written", sheets: written.sheets, result };
}
