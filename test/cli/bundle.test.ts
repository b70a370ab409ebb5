/**
 * The bundled CLI that `npm ci` builds (scripts/bundleCli.js → dist/cli/): it prints and writes
 * exactly what the sources do, and each command's file is loaded only when that command runs.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../src/core/example";
import { writeTrackerXlsx } from "../../src/file/writeTrackerXlsx";
import { runCliAt, sha256, type CliRun } from "../support/cliHarness";

const ROOT = join(__dirname, "..", "..");
const NOW = new Date("2026-11-02T09:00:00Z");

interface BundledRun extends CliRun {
  /** The bundle's files that the run loaded, relative to the bundle's folder. */
  readonly loaded: readonly string[];
}

describe("the bundled CLI", () => {
  let root: string;
  let bundle: string;
  let entry: string;
  let tracker: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "pmo-bundle-"));
    bundle = join(root, "cli");
    execFileSync(process.execPath, [join(ROOT, "scripts", "bundleCli.js"), bundle], { stdio: "pipe" });
    // Runs the bundle with the tests' fixed clock and reports what it printed and which files it loaded.
    entry = join(root, "run.js");
    writeFileSync(
      entry,
      `"use strict";
const { relative, sep } = require("path");
const bundle = ${JSON.stringify(bundle)};
const { runCli } = require(bundle + "/main.js");
let out = "";
let err = "";
const io = { out: (t) => (out += t), err: (t) => (err += t), now: () => new Date(${NOW.getTime()}) };
runCli(process.argv.slice(2), io).then((code) => {
  const loaded = Object.keys(require.cache).filter((k) => k.startsWith(bundle + sep)).map((k) => relative(bundle, k));
  process.stdout.write(JSON.stringify({ code, out, err, loaded: loaded.sort() }));
});
`,
    );
    tracker = join(root, "portfolio.xlsx");
    const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: "2026-10-31", withErrors: true });
    await writeTrackerXlsx(spec, tracker);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function runBundled(argv: readonly string[]): BundledRun {
    return JSON.parse(execFileSync(process.execPath, [entry, ...argv], { encoding: "utf8" })) as BundledRun;
  }

  it("prints the help from main.js alone", () => {
    const run = runBundled(["--help"]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Usage: pmo-pulse \[options\] \[command\]/);
    expect(run.loaded).toEqual(["cliError.js", "main.js"]);
  });

  it("validates with the validate command's file only, printing what the sources print", async () => {
    const argv = ["validate", tracker, "--as-of", "2026-10-31"];
    const run = runBundled(argv);
    const expected = await runCliAt(argv, NOW);
    expect(expected.code).toBe(1); // the planted errors
    expect({ code: run.code, out: run.out, err: run.err }).toEqual(expected);
    expect(run.loaded).toEqual(["cliError.js", "commands/validate.js", "main.js"]);
  });

  it("builds the same dashboard bytes as the sources, loading only the build command's file", async () => {
    const argv = (out: string) => [
      "build",
      tracker,
      "--out",
      out,
      "--as-of",
      "2026-10-31",
      "--name",
      "Bundle",
    ];
    const run = runBundled(argv(join(root, "bundled.xlsx")));
    const expected = await runCliAt(argv(join(root, "sources.xlsx")), NOW);
    expect(run.code).toBe(expected.code);
    expect(run.err).toBe(expected.err);
    expect(sha256(join(root, "bundled.xlsx"))).toBe(sha256(join(root, "sources.xlsx")));
    expect(run.loaded).toEqual(["cliError.js", "commands/build.js", "main.js"]);
  });

  it("runs the demo through the validate and build files rather than copies of them", () => {
    const run = runBundled(["demo", "--out", join(root, "demo")]);
    expect(run.code).toBe(0);
    expect(run.loaded).toEqual([
      "cliError.js",
      "commands/build.js",
      "commands/demo.js",
      "commands/validate.js",
      "main.js",
    ]);
  });

  it("reports a command's failure as the sources do: one line and its exit code, not an unexpected failure", async () => {
    // main.js tells a command's CliError by its class, so the two files must share that class.
    const argv = ["build", join(root, "missing.xlsx"), "--out", join(root, "never.xlsx")];
    const run = runBundled(argv);
    const expected = await runCliAt(argv, NOW);
    expect(expected.err).toBe("pmo-pulse: missing.xlsx: file not found\n");
    expect({ code: run.code, out: run.out, err: run.err }).toEqual(expected);
  });

  it("turns a usage error into exit 2 without loading any command", () => {
    const run = runBundled(["build"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("missing required argument 'files'");
    expect(run.loaded).toEqual(["cliError.js", "main.js"]);
  });
});
