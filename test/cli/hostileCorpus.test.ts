/**
 * Every file of the hostile corpus through `pmo-pulse validate` and `pmo-pulse build` in two Node
 * processes (the CLI transpiled once; each process takes half the files, one after the other, so
 * start-up is paid twice, not 100 times): exit 0, 1 or 2 only, no stack trace or internal failure,
 * no command over 30 s, no process over 1 GB (a process's peak bounds every run in it), and every
 * input byte-identical afterwards. Set HOSTILE_CORPUS_DIR to keep the generated files.
 */
import { spawn } from "child_process";
import { createHash } from "crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { cliEnv, transpileCli } from "../support/transpiledCli";
import { type CliCase, type KpiJson, writeCliCorpus } from "./hostile/cliCorpus";

const MAX_MS = 30_000;
const MAX_RSS_KB = 1024 * 1024;
const AS_OF = "2026-10-31";

interface RunResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly ms: number;
}

interface FileReport {
  readonly file: string;
  readonly validate: RunResult;
  readonly build: RunResult;
}

interface ChildReport {
  readonly files: readonly FileReport[];
  readonly maxRssKb: number;
}

/** Runs validate then build on each file listed in a JSON file, each run with its own captured output. */
const RUNNER = `"use strict";
const { readFileSync, mkdirSync } = require("node:fs");
const { runCli } = require("./src/cli/main.js");
const jobs = JSON.parse(readFileSync(process.argv[2], "utf8"));
async function one(argv) {
  let out = "";
  let err = "";
  const started = Date.now();
  const code = await runCli(argv, {
    out: (t) => { if (out.length < 4096) out += t.slice(0, 4096); },
    err: (t) => { err += t; },
    now: () => new Date("2026-11-02T08:15:00Z"),
  });
  return { code, out, err, ms: Date.now() - started };
}
(async () => {
  const files = [];
  for (const { file, outDir } of jobs) {
    mkdirSync(outDir, { recursive: true });
    const validate = await one(["validate", file, "--as-of", "${AS_OF}"]);
    const build = await one(["build", file, "--as-of", "${AS_OF}", "--out", outDir + "/dashboard.xlsx", "--json", outDir + "/kpis.json"]);
    files.push({ file, validate, build });
  }
  process.stdout.write(JSON.stringify({ files, maxRssKb: process.resourceUsage().maxRSS }));
})();
`;

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function runChild(
  runner: string,
  jobs: string,
): Promise<{ report: ChildReport | null; stderr: string; exit: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [runner, jobs], {
      env: cliEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 540_000);
    child.on("close", (exit) => {
      clearTimeout(timer);
      let report: ChildReport | null = null;
      try {
        report = JSON.parse(stdout) as ChildReport;
      } catch {
        report = null;
      }
      resolve({ report, stderr, exit });
    });
  });
}

const NO_STACK = /^\s+at .+[(:]\d+/m;

describe("the hostile corpus through the CLI", () => {
  let root: string;
  let runner: string;
  let files: { hostile: CliCase; path: string }[];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "pmo-hostile-"));
    const cli = join(root, "cli");
    transpileCli(cli);
    runner = join(cli, "corpus-run.js");
    writeFileSync(runner, RUNNER);
    const corpus = process.env.HOSTILE_CORPUS_DIR ?? join(root, "corpus");
    mkdirSync(corpus, { recursive: true });
    files = await writeCliCorpus(corpus);
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("handles every file: exit 0/1/2, one-line errors, within 30 s and 1 GB, inputs untouched", async () => {
    const problems: string[] = [];
    const timings: string[] = [];
    const hashes = new Map(files.map(({ path }) => [path, sha256(path)]));
    const halves = [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)];
    const children = await Promise.all(
      halves.map((half, h) => {
        const jobs = join(root, `jobs-${h}.json`);
        writeFileSync(
          jobs,
          JSON.stringify(
            half.map(({ hostile, path }) => ({ file: path, outDir: join(root, "out", hostile.name) })),
          ),
        );
        return runChild(runner, jobs);
      }),
    );
    for (const { report, stderr, exit } of children) {
      if (report === null) {
        problems.push(`a corpus process died (exit ${String(exit)}): ${stderr.slice(0, 500)}`);
        continue;
      }
      if (stderr !== "") problems.push(`stray stderr: ${stderr.slice(0, 200)}`);
      if (report.maxRssKb > MAX_RSS_KB) problems.push(`peak memory ${Math.round(report.maxRssKb / 1024)} MB`);
      timings.push(`process peak ${Math.round(report.maxRssKb / 1024)} MB`);
      for (const result of report.files) {
        const found = files.find((f) => f.path === result.file);
        if (found === undefined) continue;
        const { hostile, path } = found;
        const fail = (what: string) => problems.push(`${hostile.name}: ${what}`);
        for (const [command, run] of [
          ["validate", result.validate],
          ["build", result.build],
        ] as const) {
          if (![0, 1, 2].includes(run.code)) fail(`${command} exit ${run.code}`);
          if (run.ms > MAX_MS) fail(`${command} took ${run.ms} ms`);
          if (NO_STACK.test(run.err) || /unexpected failure/.test(run.err))
            fail(`${command} stderr: ${run.err.slice(0, 300)}`);
          if (run.code === 2 && run.err.trim().split("\n").length !== 1)
            fail(`${command}: not one line: ${run.err}`);
        }
        if (!hostile.validateExit.includes(result.validate.code as 0 | 1 | 2)) {
          fail(
            `validate exit ${result.validate.code}, expected ${hostile.validateExit.join(" or ")}: ${result.validate.err.trim()}`,
          );
        }
        // build exits 0 whenever it can read the file, 2 when it cannot.
        const buildExpected = result.validate.code === 2 ? 2 : 0;
        if (result.build.code !== buildExpected)
          fail(`build exit ${result.build.code}: ${result.build.err.trim()}`);
        if (hostile.checkJson && result.build.code === 0) {
          try {
            hostile.checkJson(
              JSON.parse(readFileSync(join(root, "out", hostile.name, "kpis.json"), "utf8")) as KpiJson,
            );
          } catch (error) {
            fail(`KPI JSON: ${(error as Error).message.slice(0, 300)}`);
          }
        }
        if (sha256(path) !== hashes.get(path)) fail("the input changed");
        timings.push(`${hostile.name} ${result.validate.ms}+${result.build.ms} ms`);
      }
    }
    const reported = children.reduce((n, c) => n + (c.report?.files.length ?? 0), 0);
    console.log(`hostile corpus: ${files.length} files\n${timings.join("\n")}`);
    expect(problems).toEqual([]);
    expect(reported).toBe(files.length);
    expect(files.length).toBeGreaterThanOrEqual(50);
  }, 600_000);
});
