import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { KpiReport } from "../core/kpi/report";
import { CliError } from "./cliError";

/** Refuses to write over an input file: the trackers are never modified. */
export function assertNotAnInput(output: string, inputs: readonly string[], flag: string): void {
  const target = resolve(output);
  if (inputs.some((input) => resolve(input) === target)) {
    throw new CliError(`${flag} ${output} is one of the input files; inputs are never overwritten`);
  }
}

export async function writeOutputFile(path: string, data: string | Buffer, flag: string): Promise<void> {
  try {
    await mkdir(dirname(resolve(path)), { recursive: true });
    await writeFile(path, data);
  } catch (error) {
    throw new CliError(`${flag} ${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

/** The KPI document exactly as kpi-definitions.md's "Machine-readable output", two-space indented. */
export function reportJson(report: KpiReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
