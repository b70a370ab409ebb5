import { resolve } from "node:path";
import { cycleJson, type MonthlyCycle } from "../core/cycle/monthlyCycle";
import type { KpiReport } from "../core/kpi/report";
import { writeFileAtomic } from "../file/writeFileAtomic";
import { CliError } from "./cliError";
import { fileIdentity } from "./fileIdentity";

/** An output the command will write, with the flag that named it (for messages). */
export interface OutputTarget {
  readonly path: string;
  readonly flag: string;
}

/**
 * Refuses outputs that would overwrite an input (same path, or the same file through a symbolic or
 * hard link: device + inode compared) or each other (`--out` equal to `--json`). The trackers are
 * never modified.
 */
export async function assertSafeOutputs(
  outputs: readonly OutputTarget[],
  inputs: readonly string[],
): Promise<void> {
  const inputIds = new Map<string, string>();
  for (const input of inputs) {
    const id = await fileIdentity(input);
    if (id !== null) inputIds.set(id, input);
  }
  const seen: { target: OutputTarget; full: string; id: string | null }[] = [];
  for (const target of outputs) {
    const full = resolve(target.path);
    const id = await fileIdentity(target.path);
    const input = inputs.find((i) => resolve(i) === full) ?? (id === null ? undefined : inputIds.get(id));
    if (input !== undefined) {
      const how = resolve(input) === full ? "" : ` (it is a link to ${input})`;
      throw new CliError(
        `${target.flag} ${target.path} is one of the input files${how}; inputs are never overwritten`,
      );
    }
    const clash = seen.find((s) => s.full === full || (id !== null && s.id === id));
    if (clash !== undefined) {
      throw new CliError(
        `${target.flag} ${target.path} is the same file as ${clash.target.flag} ${clash.target.path}; give two different files`,
      );
    }
    seen.push({ target, full, id });
  }
}

/**
 * Writes the file atomically: a temporary file beside it, then a rename over it. A failure leaves
 * the previous file whole, which matters when --out is also --previous (the dashboard that grows
 * each month).
 */
export async function writeOutputFile(
  path: string,
  data: string | Uint8Array | readonly Uint8Array[],
  flag: string,
): Promise<void> {
  try {
    await writeFileAtomic(path, data);
  } catch (error) {
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
