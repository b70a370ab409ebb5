/**
 * The CLI as plain JavaScript for tests that run it as a separate process (exit codes, stderr, peak
 * memory, a closed stdout). Each source file is transpiled on its own (the project builds with
 * isolatedModules), which takes a second or two instead of a full `tsc` build, and never reuses a
 * stale dist/.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { dirname, join, relative } from "path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..");
const LAYERS = ["src/core", "src/xlsx", "src/file", "src/cli"];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Transpiles the CLI's layers into `outDir`; returns the path of the entry script to run with node. */
export function transpileCli(outDir: string): string {
  for (const layer of LAYERS) {
    for (const file of sources(join(ROOT, layer))) {
      const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
        compilerOptions: {
          module: ts.ModuleKind.CommonJS,
          target: ts.ScriptTarget.ES2022,
          esModuleInterop: true,
          isolatedModules: true,
        },
        fileName: file,
      });
      const target = join(outDir, relative(ROOT, file)).replace(/\.ts$/, ".js");
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, outputText);
    }
  }
  const entry = join(outDir, "run.js");
  // Same as bin/pmo-pulse.js, plus the process's peak memory on a last stderr line for the tests.
  writeFileSync(
    entry,
    `"use strict";
const { runCli } = require("./src/cli/main.js");
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (process.env.PMO_REPORT_RSS) process.stderr.write("@@maxrss " + process.resourceUsage().maxRSS + "\\n");
});
`,
  );
  return entry;
}

/** Environment for the transpiled CLI: packages resolve from the repository's node_modules. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NODE_PATH: join(ROOT, "node_modules"), ...extra };
}
