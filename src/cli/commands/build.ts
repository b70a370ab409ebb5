import { basename, extname } from "node:path";
import { analyseWorkbooks, type Analysis, type AnalyseOptions } from "../../core/analyse";
import type { History } from "../../core/cycle/history";
import { periodNotices } from "../../core/cycle/periodNotices";
import { buildDashboardPlan } from "../../core/plan/buildDashboardPlan";
import { generatedAtText } from "../../core/plan/generatedAtText";
import { CliError } from "../cliError";
import { countLine } from "../formatFindings";
import type { CliIo } from "../io";
import { loadEngineOptions, type EngineFlags } from "../loadEngineOptions";
import { readInputs, sayLeftOut, showingReads, type Inputs, type ReadInputsOptions } from "../readInputs";
import { readPrevious } from "../readPrevious";
import { assertSafeOutputs, reportJson, writeOutputFile } from "../writeOutputs";

export interface BuildFlags extends EngineFlags {
  readonly out?: string;
  /** An earlier dashboard whose PMO History this build continues (may be --out itself). */
  readonly previous?: string;
  readonly json?: string;
  readonly name?: string;
}

/** What a build keeps of reading and analysing its files: the report, not the grids and tables. */
interface BuildAnalysis extends Pick<Analysis, "report" | "attention" | "cycle"> {
  readonly sources: Inputs["sources"];
  readonly unreadable: Inputs["unreadable"];
  /** The findings' count line (the findings themselves stay in the report's validation). */
  readonly countLine: string;
}

/**
 * Reads the trackers and runs the engine. A function of its own so that the raw grids and the
 * typed tables are garbage once it returns: the dashboard writer then reuses their memory, which
 * keeps a large build's peak lower.
 */
async function analyseFiles(
  files: readonly string[],
  reads: ReadInputsOptions,
  options: AnalyseOptions,
  progress: CliIo["progress"],
): Promise<BuildAnalysis> {
  const inputs = await readInputs(files, showingReads(reads, progress));
  progress?.("Checking the trackers and computing the KPIs…");
  const { portfolio, report, attention, cycle } = analyseWorkbooks(inputs.workbooks, {
    ...options,
    readFindings: inputs.unreadable,
  });
  return {
    report,
    attention,
    cycle,
    sources: inputs.sources,
    unreadable: inputs.unreadable,
    countLine: countLine(portfolio.findings),
  };
}

/** `pmo-pulse build`: KPIs → a standalone dashboard workbook (and JSON). Exit 0 even with findings. */
export async function buildCommand(files: readonly string[], flags: BuildFlags, io: CliIo): Promise<number> {
  const out = flags.out;
  if (out === undefined) throw new CliError("build needs --out FILE.xlsx for the dashboard workbook");
  if (extname(out).toLowerCase() !== ".xlsx")
    throw new CliError(`--out ${out}: the dashboard is an .xlsx file`);
  await assertSafeOutputs(
    [
      { path: out, flag: "--out" },
      ...(flags.json !== undefined ? [{ path: flags.json, flag: "--json" }] : []),
    ],
    files,
  );
  // --previous may be the --out file (the dashboard that grows each month), never an input.
  if (flags.previous !== undefined)
    await assertSafeOutputs([{ path: flags.previous, flag: "--previous" }], files);
  const now = io.now();
  const options = await loadEngineOptions(flags, now);
  // The previous dashboard is read first: it may be the --out file this run replaces.
  let history: History | undefined;
  if (flags.previous !== undefined) {
    io.progress?.(`Reading the previous dashboard ${basename(flags.previous)}…`);
    history = await readPrevious(flags.previous);
  }
  const skip = [out, ...(flags.previous === undefined ? [] : [flags.previous])];
  const analysis = await analyseFiles(
    files,
    { skip, onLeftOut: sayLeftOut(io) },
    { ...options, ...(history === undefined ? {} : { history }) },
    io.progress,
  );
  io.progress?.("Laying out the dashboard…");
  const plan = buildDashboardPlan({
    report: analysis.report,
    attention: analysis.attention,
    cycle: analysis.cycle,
    sources: analysis.sources,
    portfolioName: flags.name ?? files.map((f) => basename(f, extname(f))).join(", "),
    generatedAt: generatedAtText(now),
  });
  // The writer loads only when a dashboard is written.
  const { dashboardXlsxPieces } = await import("../../file/dashboard/writeDashboardXlsx");
  io.progress?.(`Writing ${out}…`);
  await writeOutputFile(out, await dashboardXlsxPieces(plan, { timestamp: now }), "--out");
  io.out(`Dashboard written to ${out} (${plan.sheets.map((s) => s.name).join(", ")}).\n`);
  if (flags.json !== undefined) {
    io.progress?.(`Writing ${flags.json}…`);
    await writeOutputFile(flags.json, reportJson(analysis.report, analysis.cycle), "--json");
    io.out(`KPI JSON written to ${flags.json}\n`);
  }
  for (const finding of analysis.unreadable) io.err(`pmo-pulse: ${finding.message}\n`);
  if (history !== undefined) {
    for (const notice of periodNotices(history, analysis.report.asOf))
      io.err(`pmo-pulse: warning: ${notice}\n`);
  }
  io.out(`${analysis.countLine}; run "pmo-pulse validate" for the list.\n`);
  // A file that could not be read among several: the dashboard is written, but the run says so.
  return analysis.unreadable.length > 0 ? 1 : 0;
}
