import { extname } from "node:path";
import { buildBlankTrackerPlan } from "../../core/plan/blankTracker/buildBlankTrackerPlan";
import { parseTemplate } from "../../core/template/parseTemplate";
import { STANDARD_TEMPLATE } from "../../core/template/standardTemplate";
import { templateToJson } from "../../core/template/templateToJson";
import type { TemplateDef } from "../../core/template/types";
import { dashboardXlsxPieces } from "../../file/dashboard/writeDashboardXlsx";
import { CliError } from "../cliError";
import type { CliIo } from "../io";
import { loadJsonFile } from "../loadJsonFile";
import { writeOutputFile } from "../writeOutputs";

export interface TemplateFlags {
  readonly out?: string;
  readonly template?: string;
  readonly project?: string;
  readonly json?: boolean;
}

/**
 * `pmo-pulse template`: a blank tracker (.xlsx) from the standard or a custom template, optionally
 * for one project; with `--json`, the template itself as the JSON `--template` reads.
 */
export async function templateCommand(flags: TemplateFlags, io: CliIo): Promise<number> {
  const out = flags.out;
  const wanted = flags.json === true ? ".json" : ".xlsx";
  if (out === undefined) throw new CliError(`template needs --out FILE${wanted}`);
  if (extname(out).toLowerCase() !== wanted) {
    throw new CliError(
      `--out ${out}: ${flags.json === true ? "the template JSON is a .json file" : "the tracker is an .xlsx file"}`,
    );
  }
  if (flags.json === true && flags.project !== undefined) {
    throw new CliError("--project makes a tracker; it cannot be used with --json");
  }
  const template = await loadTemplate(flags.template);
  if (flags.json === true) {
    await writeOutputFile(out, templateToJson(template), "--out");
    io.out(`Template "${template.name}" ${template.version} written to ${out}\n`);
    return 0;
  }
  const built = buildBlankTrackerPlan(
    template,
    flags.project === undefined ? {} : { projectId: flags.project },
  );
  if ("errors" in built) {
    throw new CliError(`cannot make a tracker from the template: ${built.errors.join("; ")}`);
  }
  await writeOutputFile(out, await dashboardXlsxPieces(built.plan, { timestamp: io.now() }), "--out");
  const tables = built.plan.sheets.slice(1).map((s) => s.name);
  const forProject = flags.project === undefined ? "" : ` for project ${flags.project.trim()}`;
  io.out(`Blank tracker${forProject} written to ${out} (Instructions, ${tables.join(", ")}).\n`);
  return 0;
}

/** The standard template, or the --template file checked like `validate --template`, all on one line. */
async function loadTemplate(path: string | undefined): Promise<TemplateDef> {
  if (path === undefined) return STANDARD_TEMPLATE;
  const parsed = parseTemplate(await loadJsonFile(path, "--template"), path);
  if ("errors" in parsed) {
    const count = parsed.errors.length;
    throw new CliError(
      `invalid template (${count} problem${count === 1 ? "" : "s"}): ${parsed.errors.join("; ")}`,
    );
  }
  return parsed.template;
}
