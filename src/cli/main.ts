import { Command, CommanderError, Option } from "commander";
import { CliError } from "./cliError";
import type { BuildFlags } from "./commands/build";
import type { DemoFlags } from "./commands/demo";
import type { TemplateFlags } from "./commands/template";
import type { ValidateFlags } from "./commands/validate";
import { PROCESS_IO, type CliIo } from "./io";

/** Flags shared by validate and build (see docs/cli.md). */
function withEngineOptions(command: Command): Command {
  return command
    .option("--as-of <date>", "report date YYYY-MM-DD (default: today)")
    .option("--template <file>", "a PMO's own template (JSON); default: the PMO Standard Tracker v1.2")
    .option("--map <file>", 'hand mapping of sheets/headers (JSON {"sheets": {...}})')
    .option("--project <id>", "the project of a single-project workbook without a Projects sheet")
    .addOption(new Option("--date-order <order>", "day/month order of text dates").choices(["MDY", "DMY"]))
    .option("--currency <code>", "currency code shown in reports (default USD)")
    .option("--stale-days <n>", "days after which Last Updated is stale (default 35)")
    .option("--min-group-size <n>", "salary privacy threshold (default 3)")
    .option("--rag-green <index>", "SPI/CPI at or above which a grade is Green (default 0.95)")
    .option("--rag-amber <index>", "SPI/CPI at or above which a grade is Amber (default 0.85)")
    .option("--hours-per-year <n>", "hours used to turn an annual salary into an hourly rate (default 2080)")
    .option("--history-periods <n>", "periods kept in PMO History, the latest ones (default 36)");
}

function program(io: CliIo, setExit: (code: number) => void): Command {
  const root = new Command("pmo-pulse")
    .description("Validate PMO tracker workbooks, compute portfolio KPIs and write an Excel dashboard.")
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)");

  withEngineOptions(
    root
      .command("validate")
      .description(
        "check trackers against the template; exit 0 = no errors, 1 = errors, 2 = usage or unreadable file",
      )
      .argument("<files...>", "tracker workbooks (.xlsx) or folders of them, read as one portfolio"),
  )
    .option("--json <file>", "also write the KPI JSON document")
    // Each command's code (the engine, the reader, the writer) is loaded when that command runs,
    // so `--help` and a usage error start as fast as Node itself.
    .action(async (files: string[], flags: ValidateFlags) => {
      const { validateCommand } = await import("./commands/validate");
      setExit(await validateCommand(files, flags, io));
    });

  withEngineOptions(
    root
      .command("build")
      .description("write the dashboard workbook (and KPI JSON); the input files are never modified")
      .argument("<files...>", "tracker workbooks (.xlsx) or folders of them, read as one portfolio"),
  )
    .option("--out <file>", "dashboard workbook to write (.xlsx)")
    .option(
      "--previous <file>",
      "an earlier dashboard whose PMO History this build continues (may be the --out file)",
    )
    .option("--json <file>", "also write the KPI JSON document")
    .option("--name <text>", "portfolio name shown on the dashboard (default: the file names)")
    .action(async (files: string[], flags: BuildFlags) => {
      const { buildCommand } = await import("./commands/build");
      setExit(await buildCommand(files, flags, io));
    });

  root
    .command("demo")
    .description("write the bundled example tracker, validate it and build its dashboard")
    .option("--out <dir>", "folder for the example and its outputs", "demo-output")
    .action(async (flags: DemoFlags) => {
      const { demoCommand } = await import("./commands/demo");
      setExit(await demoCommand(flags, io));
    });

  root
    .command("template")
    .description("write a blank tracker to fill in (or, with --json, the template as JSON)")
    .option("--out <file>", "the tracker (.xlsx) or, with --json, the template JSON (.json)")
    .option("--template <file>", "a PMO's own template (JSON); default: the PMO Standard Tracker")
    .option("--project <id>", "a single-project tracker with this Project ID filled in")
    .option("--json", "write the template as JSON, the starting point for a custom one")
    .action(async (flags: TemplateFlags) => {
      const { templateCommand } = await import("./commands/template");
      setExit(await templateCommand(flags, io));
    });

  root.commands.forEach((c) => c.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err }));
  return root;
}

/**
 * Runs the CLI and returns the exit code: 0 ok, 1 validation errors, 2 usage error or unreadable
 * input. Errors are one line on stderr, never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  let exitCode = 0;
  try {
    await program(io, (code) => (exitCode = code)).parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; commander has printed its message already.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      io.err(`pmo-pulse: ${error.message}\n`);
      return error.exitCode;
    }
    io.err(`pmo-pulse: unexpected failure: ${(error as Error).message}\n`);
    return 2;
  } finally {
    // A status line left at the end (a run that printed nothing after it) is wiped.
    io.progress?.("");
  }
}
