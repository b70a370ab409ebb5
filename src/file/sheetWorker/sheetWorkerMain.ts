/**
 * The sheet worker's entry (bundled as dist/cli/sheetWorker.js): reads one worksheet part of a
 * package per job, with the same reader as the main thread, and hands the grid back with its typed
 * arrays transferred (nothing copied).
 */
import { parentPort } from "node:worker_threads";
import { partsBuffers } from "../../xlsx/parts/gridBuilder";
import { readSheetPart } from "../../xlsx/parts/sheetPart";
import { XlsxPackage } from "../../xlsx/package";
import { runStepsAsync } from "../../xlsx/readSteps";
import { readZipDirectory } from "../../xlsx/zip/zipDirectory";
import { NODE_READ_CODEC } from "../zip/nodeReadCodec";
import { describeFailure, type SheetJob, type SheetReply } from "./protocol";

async function run(job: SheetJob): Promise<void> {
  const port = parentPort;
  if (port === null) return;
  const { limits } = job.context;
  try {
    const pkg = new XlsxPackage(job.bytes, readZipDirectory(job.bytes, limits), limits);
    const scan = await runStepsAsync(pkg, readSheetPart(job.part, job.context), NODE_READ_CODEC);
    port.postMessage({ id: job.id, scan } satisfies SheetReply, partsBuffers(scan.grid));
  } catch (error) {
    port.postMessage({ id: job.id, failure: describeFailure(error) } satisfies SheetReply);
  }
}

parentPort?.on("message", (job: SheetJob) => void run(job));
