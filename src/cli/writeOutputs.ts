import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { cycleJson, type MonthlyCycle } from "../core/cycle/monthlyCycle";
import type { KpiReport } from "../core/kpi/report";
import { CliError } from "./cliError";

/** Refuses to write over an input file: the trackers are never modified. */
export function assertNotAnInput(output: string, inputs: readonly string[], flag: string): void {
  const target = resolve(output);
  if (inputs.some((input) => resolve(input) === target)) {
    throw new CliError(`${flag} ${output} is one of the input files; inputs are never overwritten`);
  }
}

/**
 * Writes the file atomically: a temporary file beside it, then a rename over it. A failure leaves
 * the previous file whole, which matters when --out is also --previous (the dashboard that grows
 * each month).
 */
export async function writeOutputFile(path: string, data: string | Buffer, flag: string): Promise<void> {
  const dir = dirname(resolve(path));
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new CliError(`${flag} ${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

/** The KPI document exactly as kpi-definitions.md's "Machine-readable output", two-space indented. */
export function reportJson(report: KpiReport, cycle?: MonthlyCycle): string {
  if (cycle === undefined) return `${JSON.stringify(report, null, 2)}\n`;
  // monthly-cycle.md's keys go just before "validation", as kpi-definitions.md lists them.
  const { validation, ...rest } = report;
  return `${JSON.stringify({ ...rest, ...cycleJson(cycle), validation }, null, 2)}\n`;
}
