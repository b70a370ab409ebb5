import { basename, extname } from "node:path";
import { analyseWorkbooks } from "../../core/analyse";
import { buildDashboardPlan } from "../../core/plan/buildDashboardPlan";
import { generatedAtText } from "../../core/plan/generatedAtText";
import { CliError } from "../cliError";
import { countLine } from "../formatFindings";
import type { CliIo } from "../io";
import { loadEngineOptions, type EngineFlags } from "../loadEngineOptions";
import { readInputs } from "../readInputs";
import { readPrevious } from "../readPrevious";
import { assertSafeOutputs, reportJson, writeOutputFile } from "../writeOutputs";

export interface BuildFlags extends EngineFlags {
  readonly out?: string;
  /** An earlier dashboard whose PMO History this build continues (may be --out itself). */
  readonly previous?: string;
  readonly json?: string;
  readonly name?: string;
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
  const history = flags.previous === undefined ? undefined : await readPrevious(flags.previous);
  const skip = [out, ...(flags.previous === undefined ? [] : [flags.previous])];
  const inputs = await readInputs(files, { skip });
  const analysis = analyseWorkbooks(inputs.workbooks, {
    ...options,
    ...(history === undefined ? {} : { history }),
    readFindings: inputs.unreadable,
  });
  const plan = buildDashboardPlan({
    report: analysis.report,
    attention: analysis.attention,
    cycle: analysis.cycle,
    sources: inputs.sources,
    portfolioName: flags.name ?? files.map((f) => basename(f, extname(f))).join(", "),
    generatedAt: generatedAtText(now),
  });
  // The writer loads only when a dashboard is written.
  const { writeDashboardXlsx } = await import("../../file/dashboard/writeDashboardXlsx");
  await writeOutputFile(out, await writeDashboardXlsx(plan, { timestamp: now }), "--out");
  io.out(`Dashboard written to ${out} (${plan.sheets.map((s) => s.name).join(", ")}).\n`);
  if (flags.json !== undefined) {
    await writeOutputFile(flags.json, reportJson(analysis.report, analysis.cycle), "--json");
    io.out(`KPI JSON written to ${flags.json}\n`);
  }
  for (const finding of inputs.unreadable) io.err(`pmo-pulse: ${finding.message}\n`);
  io.out(`${countLine(analysis.portfolio.findings)}; run "pmo-pulse validate" for the list.\n`);
  // A file that could not be read among several: the dashboard is written, but the run says so.
  return inputs.unreadable.length > 0 ? 1 : 0;
}
