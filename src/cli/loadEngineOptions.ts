import type { AnalyseOptions } from "../core/analyse";
import { parseSheetMapping } from "../core/read/sheetMapping";
import { parseTemplate } from "../core/template/parseTemplate";
import { STANDARD_TEMPLATE } from "../core/template/standardTemplate";
import { CliError } from "./cliError";
import { loadJsonFile } from "./loadJsonFile";
import { settingsFromOptions, type ReportOptions } from "./settingsFromOptions";

export interface EngineFlags extends ReportOptions {
  readonly template?: string;
  readonly map?: string;
}

/** --template, --map and the settings flags → the engine's options; every problem is a usage error. */
export async function loadEngineOptions(flags: EngineFlags, now: Date): Promise<AnalyseOptions> {
  const settings = settingsFromOptions(flags, now);
  let template = STANDARD_TEMPLATE;
  if (flags.template !== undefined) {
    const parsed = parseTemplate(await loadJsonFile(flags.template, "--template"), flags.template);
    if ("errors" in parsed) throw new CliError(`invalid template:\n  ${parsed.errors.join("\n  ")}`);
    template = parsed.template;
  }
  if (flags.map === undefined) return { template, settings };
  const mapped = parseSheetMapping(await loadJsonFile(flags.map, "--map"), flags.map, template);
  if ("errors" in mapped) throw new CliError(`invalid sheet mapping:\n  ${mapped.errors.join("\n  ")}`);
  return { template, settings, mapping: mapped.mapping };
}
