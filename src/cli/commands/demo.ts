import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../core/example/generateExamplePortfolio";
import { CliError } from "../cliError";
import type { CliIo } from "../io";
import { buildCommand } from "./build";
import { validateCommand } from "./validate";

/** The example's report date: a month-end, so the demo output is the same on every run. */
export const DEMO_AS_OF = "2026-10-31";

export interface DemoFlags {
  readonly out?: string;
}

/**
 * `pmo-pulse demo`: writes the bundled example tracker (with a few planted data errors), then runs
 * validate and build on it exactly as a user would.
 */
export async function demoCommand(flags: DemoFlags, io: CliIo): Promise<number> {
  const dir = flags.out ?? "demo-output";
  const tracker = join(dir, "example-portfolio.xlsx");
  const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: DEMO_AS_OF, withErrors: true });
  // The tracker writer (and ExcelJS under it) loads only for the demo.
  const { writeTrackerXlsx } = await import("../../file/writeTrackerXlsx");
  try {
    await mkdir(dir, { recursive: true });
    await writeTrackerXlsx(spec, tracker);
  } catch (error) {
    throw new CliError(
      `--out ${dir}: cannot write the example (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  io.out(`Example tracker written to ${tracker}\n\n$ pmo-pulse validate ${tracker} --as-of ${DEMO_AS_OF}\n`);
  await validateCommand([tracker], { asOf: DEMO_AS_OF }, io);
  const dashboard = join(dir, "pmo-dashboard.xlsx");
  const json = join(dir, "kpis.json");
  io.out(`\n$ pmo-pulse build ${tracker} --as-of ${DEMO_AS_OF} --out ${dashboard} --json ${json}\n`);
  await buildCommand([tracker], { asOf: DEMO_AS_OF, out: dashboard, json, name: "Example portfolio" }, io);
  io.out(`\nOpen ${dashboard} in Excel or LibreOffice to see the dashboard.\n`);
  return 0;
}
