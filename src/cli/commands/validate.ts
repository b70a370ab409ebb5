import { analyseWorkbooks } from "../../core/analyse";
import { countLine, formatFindings } from "../formatFindings";
import type { CliIo } from "../io";
import { loadEngineOptions, type EngineFlags } from "../loadEngineOptions";
import { readInputs, sayLeftOut, showingReads } from "../readInputs";
import { assertSafeOutputs, reportJson, writeOutputFile } from "../writeOutputs";

export interface ValidateFlags extends EngineFlags {
  readonly json?: string;
}

/** `pmo-pulse validate`: findings grouped by sheet; exit 1 when any error, else 0. */
export async function validateCommand(
  files: readonly string[],
  flags: ValidateFlags,
  io: CliIo,
): Promise<number> {
  if (flags.json !== undefined) await assertSafeOutputs([{ path: flags.json, flag: "--json" }], files);
  const options = await loadEngineOptions(flags, io.now());
  const inputs = await readInputs(
    files,
    showingReads(
      { skip: flags.json === undefined ? [] : [flags.json], onLeftOut: sayLeftOut(io) },
      io.progress,
    ),
  );
  io.progress?.("Checking the trackers…");
  const { portfolio, report, cycle } = analyseWorkbooks(inputs.workbooks, {
    ...options,
    readFindings: inputs.unreadable,
  });
  const read = inputs.sources.length;
  io.out(formatFindings(portfolio.findings));
  io.out(
    `${countLine(portfolio.findings)} in ${read} file${read === 1 ? "" : "s"} (as of ${options.settings.asOf}).\n`,
  );
  if (flags.json !== undefined) {
    io.progress?.(`Writing ${flags.json}…`);
    await writeOutputFile(flags.json, reportJson(report, cycle), "--json");
    io.out(`KPI JSON written to ${flags.json}\n`);
  }
  return report.validation.errors > 0 ? 1 : 0;
}
