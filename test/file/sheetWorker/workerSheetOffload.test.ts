/**
 * The CLI's sheet worker: the largest sheet read on a worker thread must give exactly the workbook
 * the main thread gives alone, for the example trackers and for every file of the hostile corpus
 * (the same one-line reasons, the same unreadable sheets); a worker that cannot run leaves the
 * reading to the main thread.
 */
import { build } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../../src/core/example";
import { WorkerSheetOffload, findSheetWorkerScript } from "../../../src/file/sheetWorker/workerSheetOffload";
import { trackerXlsxBuffer } from "../../../src/file/writeTrackerXlsx";
import { NODE_READ_CODEC } from "../../../src/file/zip/nodeReadCodec";
import type { SheetOffload } from "../../../src/xlsx/sheetOffload";
import { readXlsxBytesAsync, type XlsxReadResult } from "../../../src/xlsx/readXlsxBytes";
import type { XlsxLimits } from "../../../src/xlsx/limits";
import { hostileCorpus } from "../hostile/hostileCorpus";
import { plainBook } from "../../support/rawGrid";

const ROOT = join(__dirname, "..", "..", "..");

let dir: string;
let offload: WorkerSheetOffload;
/** Counts the parts the worker was asked for (to know the worker path really ran). */
let offered: string[] = [];

function counted(inner: SheetOffload): SheetOffload {
  return {
    minPartBytes: inner.minPartBytes,
    read: (bytes, part, context) => {
      offered.push(part);
      return inner.read(bytes, part, context);
    },
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pmo-sheet-worker-"));
  // The worker as the CLI bundle holds it (the tests run the TypeScript sources otherwise).
  await build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, "src", "file", "sheetWorker", "sheetWorkerMain.ts")],
    outfile: join(dir, "sheetWorker.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "warning",
  });
  // Every workbook's largest sheet goes to the worker, however small.
  offload = new WorkerSheetOffload(join(dir, "sheetWorker.js"), 0);
});

afterAll(async () => {
  await offload.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  offered = [];
});

function outcome(result: XlsxReadResult): unknown {
  return result.ok ? plainBook(result.workbook) : result.reason;
}

async function bothWays(bytes: Uint8Array, name: string, limits?: XlsxLimits): Promise<[unknown, unknown]> {
  const alone = await readXlsxBytesAsync(bytes, name, NODE_READ_CODEC, limits);
  const withWorker = await readXlsxBytesAsync(bytes, name, NODE_READ_CODEC, limits, {
    offload: counted(offload),
  });
  return [outcome(withWorker), outcome(alone)];
}

it("reads the demo tracker the same, its allocations on the worker", async () => {
  const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: "2026-10-31", withErrors: true });
  const bytes = new Uint8Array(await trackerXlsxBuffer(spec));
  const [worker, alone] = await bothWays(bytes, "demo.xlsx");
  expect(worker).toEqual(alone);
  expect(offered).toEqual(["xl/worksheets/sheet5.xml"]);
  const book = worker as { sheets: { name: string; values: unknown[][] }[] };
  // Tab order is kept though the worker's sheet is finished last.
  expect(book.sheets.map((s) => s.name)).toEqual([
    "Projects",
    "Milestones",
    "Risk Register",
    "Resources",
    "Allocations",
    "Dependencies",
    "Salary Benchmarks",
    "Rate Card",
  ]);
  expect(book.sheets[4]?.values.length).toBeGreaterThan(100);
});

describe.each(hostileCorpus().map((c) => [c.name, c] as const))("%s", (_name, hostile) => {
  it("reads the same with its largest sheet on the worker", async () => {
    const [worker, alone] = await bothWays(hostile.bytes, hostile.name, hostile.limits);
    expect(worker).toEqual(alone);
  });
});

it("gives the sheet worker's errors back as the main thread's own (an over-limit sheet is unreadable)", async () => {
  const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: "2026-10-31", withErrors: false });
  const bytes = new Uint8Array(await trackerXlsxBuffer(spec));
  const limits = { ...(await import("../../../src/xlsx/limits")).DEFAULT_XLSX_LIMITS, maxCellsPerSheet: 500 };
  const [worker, alone] = await bothWays(bytes, "small-limits.xlsx", limits);
  expect(worker).toEqual(alone);
  const sheets = (worker as { sheets: { name: string; unreadable?: string }[] }).sheets;
  expect(sheets.find((s) => s.name === "Allocations")?.unreadable).toBe(
    "the sheet is too large: it has more than 500 cells",
  );
  expect(offered).toEqual(["xl/worksheets/sheet5.xml"]);
});

it("reads on the main thread when the worker cannot start, or stops", async () => {
  const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: "2026-10-31", withErrors: true });
  const bytes = new Uint8Array(await trackerXlsxBuffer(spec));
  const alone = outcome(await readXlsxBytesAsync(bytes, "demo.xlsx", NODE_READ_CODEC));
  const missing = new WorkerSheetOffload(join(dir, "no-such-worker.js"), 0);
  const crashing = join(dir, "crash.js");
  writeFileSync(crashing, "process.exit(3);\n");
  const exits = new WorkerSheetOffload(crashing, 0);
  for (const broken of [missing, exits]) {
    broken.warm();
    const read = await readXlsxBytesAsync(bytes, "demo.xlsx", NODE_READ_CODEC, undefined, {
      offload: broken,
    });
    expect(outcome(read)).toEqual(alone);
  }
  await Promise.all([missing.close(), exits.close()]);
});

it("finds the worker script beside the bundle's files, and none beside the TypeScript sources", () => {
  expect(findSheetWorkerScript(dir)).toBe(join(dir, "sheetWorker.js"));
  expect(findSheetWorkerScript(join(dir, "commands"))).toBe(join(dir, "sheetWorker.js"));
  expect(findSheetWorkerScript(join(ROOT, "src", "file", "sheetWorker"))).toBeNull();
});
