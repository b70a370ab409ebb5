import { mkdir, utimes } from "node:fs/promises";
import { join } from "node:path";
import {
  DEMO_EXAMPLE_OPTIONS,
  generateExamplePortfolio,
  previousMonthExample,
  type TrackerSheets,
} from "../../core/example";
import { CliError } from "../cliError";
import type { CliIo } from "../io";
import { buildCommand } from "./build";
import { validateCommand } from "./validate";

/** The example's report date: a month-end, so the demo output is the same on every run. */
export const DEMO_AS_OF = "2026-10-31";
/** Last month's report date: the demo's first dashboard, which this month's continues. */
export const DEMO_PREVIOUS_AS_OF = "2026-09-30";
/** Sub-folder of the demo output holding last month's tracker and dashboard. */
export const DEMO_LAST_MONTH_DIR = "last-month";

const DAY_MS = 86_400_000;

export interface DemoFlags {
  readonly out?: string;
}

/** Writes a tracker dated `modified` (the run's clock), so PMO Validation lists the same date on every run. */
async function writeTracker(spec: TrackerSheets, path: string, modified: Date): Promise<void> {
  // The tracker writer (and ExcelJS under it) loads only for the demo.
  const { writeTrackerXlsx } = await import("../../file/writeTrackerXlsx");
  try {
    await writeTrackerXlsx(spec, path);
    await utimes(path, modified, modified);
  } catch (error) {
    throw new CliError(
      `--out ${path}: cannot write the example (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
}

/**
 * `pmo-pulse demo`: writes the bundled example tracker (with a few planted data errors) for last
 * month and this month, then runs validate and build exactly as a coordinator would: last month's
 * dashboard first, then this month's with `--previous`, so trends, changes and the narrative show.
 */
export async function demoCommand(flags: DemoFlags, io: CliIo): Promise<number> {
  const dir = flags.out ?? "demo-output";
  const lastDir = join(dir, DEMO_LAST_MONTH_DIR);
  const now = io.now();
  const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: DEMO_AS_OF, withErrors: true });
  try {
    await mkdir(lastDir, { recursive: true });
  } catch (error) {
    throw new CliError(
      `--out ${dir}: cannot write the example (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  const lastTracker = join(lastDir, "example-portfolio.xlsx");
  const lastDashboard = join(lastDir, "pmo-dashboard.xlsx");
  await writeTracker(
    previousMonthExample(spec, DEMO_PREVIOUS_AS_OF),
    lastTracker,
    new Date(now.getTime() - 31 * DAY_MS),
  );
  io.out(`Last month's example tracker written to ${lastTracker}\n`);
  io.out(`\n$ pmo-pulse build ${lastTracker} --as-of ${DEMO_PREVIOUS_AS_OF} --out ${lastDashboard}\n`);
  await buildCommand(
    [lastTracker],
    { asOf: DEMO_PREVIOUS_AS_OF, out: lastDashboard, name: "Example portfolio" },
    io,
  );

  const tracker = join(dir, "example-portfolio.xlsx");
  await writeTracker(spec, tracker, now);
  io.out(
    `\nThis month's example tracker written to ${tracker}\n\n$ pmo-pulse validate ${tracker} --as-of ${DEMO_AS_OF}\n`,
  );
  await validateCommand([tracker], { asOf: DEMO_AS_OF }, io);
  const dashboard = join(dir, "pmo-dashboard.xlsx");
  const json = join(dir, "kpis.json");
  io.out(
    `\n$ pmo-pulse build ${tracker} --as-of ${DEMO_AS_OF} --previous ${lastDashboard} --out ${dashboard} --json ${json}\n`,
  );
  await buildCommand(
    [tracker],
    { asOf: DEMO_AS_OF, previous: lastDashboard, out: dashboard, json, name: "Example portfolio" },
    io,
  );
  io.out(
    `\nOpen ${dashboard} in Excel or LibreOffice: "This month", "What changed" and the trends compare with ${DEMO_PREVIOUS_AS_OF}.\n`,
  );
  return 0;
}
