// `npm run bench [-- --quick]`: prints the speed and memory figures PMO Pulse promises and writes
// them to bench-results.json. Exit code 1 when a target fails. Each read and each build runs in a
// fresh process (child.ts).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatReport } from "./report";
import { runBench } from "./runBench";
import { FULL_SIZES, QUICK_SIZES } from "./sizes";

const RESULTS_FILE = "bench-results.json";
const USAGE = "usage: npm run bench [-- --quick]";

async function main(args: readonly string[]): Promise<number> {
  const unknown = args.filter((a) => a !== "--quick");
  if (unknown.length > 0) {
    process.stderr.write(`Unknown option ${unknown.join(" ")}\n${USAGE}\n`);
    return 2;
  }
  if (typeof gc !== "function") {
    process.stderr.write("Run with node --expose-gc (npm run bench does) for clean memory figures.\n");
  }
  const quick = args.includes("--quick");
  const tempDir = await mkdtemp(join(tmpdir(), "pmo-pulse-bench-"));
  try {
    const results = await runBench({
      sizes: quick ? QUICK_SIZES : FULL_SIZES,
      tempDir,
      entryScript: join(__dirname, "child.js"),
      engineRuns: 10,
      dashboardRuns: 3,
      historyRuns: 6,
      quick,
      log: (message) => process.stderr.write(`${message}\n`),
    });
    process.stdout.write(formatReport(results));
    await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`Figures written to ${RESULTS_FILE}\n`);
    return results.targets.allPass ? 0 : 1;
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
