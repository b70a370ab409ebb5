import { basename, extname } from "node:path";
import { analyseWorkbooks } from "../../core/analyse";
import { buildDashboardPlan } from "../../core/plan/buildDashboardPlan";
import { generatedAtText } from "../../core/plan/generatedAtText";
import { CliError } from "../cliError";
import { countLine } from "../formatFindings";
import type { CliIo } from "../io";
import { loadEngineOptions, type EngineFlags } from "../loadEngineOptions";
import { readInputs } from "../readInputs";
import { assertSafeOutputs, reportJson, writeOutputFile } from "../writeOutputs";

export interface BuildFlags extends EngineFlags {
  readonly out?: string;
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
  const now = io.now();
  const options = await loadEngineOptions(flags, now);
  const workbooks = await readInputs(files);
  const analysis = analyseWorkbooks(workbooks, options);
  const plan = buildDashboardPlan({
    report: analysis.report,
    attention: analysis.attention,
    portfolioName: flags.name ?? files.map((f) => basename(f, extname(f))).join(", "),
    generatedAt: generatedAtText(now),
  });
  // The writer (and ExcelJS under it) loads only when a dashboard is written.
  const { writeDashboardXlsx } = await import("../../file/dashboard/writeDashboardXlsx");
  await writeOutputFile(out, await writeDashboardXlsx(plan, { timestamp: now }), "--out");
  io.out(`Dashboard written to ${out} (${plan.sheets.map((s) => s.name).join(", ")}).\n`);
  if (flags.json !== undefined) {
    await writeOutputFile(flags.json, reportJson(analysis.report), "--json");
    io.out(`KPI JSON written to ${flags.json}\n`);
  }
  io.out(`${countLine(analysis.portfolio.findings)}; run "pmo-pulse validate" for the list.\n`);
  return 0;
}
