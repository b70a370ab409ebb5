import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { SheetContext, SheetScan } from "../../xlsx/parts/sheetPart";
import type { SheetOffload } from "../../xlsx/sheetOffload";
import { failureError, type SheetReply } from "./protocol";

/**
 * Sheets smaller than this are read on the main thread: below it the worker's start (about 40 ms)
 * costs more than reading in parallel saves. A 500-project tracker's allocations are about 4 MB.
 */
export const OFFLOAD_MIN_PART_BYTES = 8 * 1024 * 1024;

/** A file this large (compressed) may well hold such a sheet: sheet XML compresses 7 to 10 times. */
export const WARM_FILE_BYTES = 1024 * 1024;

interface Pending {
  readonly resolve: (scan: SheetScan | null) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Reads a large worksheet on one worker thread while the main thread reads the rest of the
 * workbook. The worker starts on the first job and is kept for the next file; it never keeps the
 * process alive between jobs. If it cannot start or stops, its jobs (and every later one) give
 * null, and the reader reads those sheets itself.
 */
export class WorkerSheetOffload implements SheetOffload {
  private worker: Worker | null = null;
  private broken = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly script: string,
    readonly minPartBytes = OFFLOAD_MIN_PART_BYTES,
  ) {}

  read(bytes: Uint8Array, part: string, context: SheetContext): Promise<SheetScan | null> {
    const worker = this.started();
    if (worker === null) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise<SheetScan | null>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, bytes, part, context });
    });
  }

  /**
   * Starts the worker ahead of its first job, so it has started by the time the main thread has
   * read the shared strings and styles (a worker takes about 40 ms to start).
   */
  warm(): void {
    this.started();
  }

  /** Stops the worker (tests; the CLI's process simply exits). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) await worker.terminate();
  }

  private started(): Worker | null {
    if (this.broken) return null;
    if (this.worker !== null) return this.worker;
    try {
      const worker = new Worker(this.script);
      worker.on("message", (reply: SheetReply) => this.settle(reply));
      worker.on("error", () => this.fail());
      worker.on("exit", () => this.fail());
      worker.unref();
      this.worker = worker;
      return worker;
    } catch {
      this.broken = true;
      return null;
    }
  }

  private settle(reply: SheetReply): void {
    const job = this.pending.get(reply.id);
    if (job === undefined) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker?.unref();
    if ("scan" in reply) {
      job.resolve(reply.scan);
      return;
    }
    const error = failureError(reply.failure);
    if (error === null) job.resolve(null);
    else job.reject(error);
  }

  /** The worker failed or exited: its jobs are read on the main thread, and so is every later one. */
  private fail(): void {
    this.broken = this.worker !== null || this.broken;
    this.worker = null;
    for (const job of this.pending.values()) job.resolve(null);
    this.pending.clear();
  }
}

/**
 * The worker script beside the running code: `sheetWorker.js` in the CLI bundle (dist/cli/, whose
 * commands sit one folder down), or the compiled `sheetWorkerMain.js` beside this file; null when
 * running from TypeScript sources (the tests), where sheets are read on the main thread.
 */
export function findSheetWorkerScript(dir: string = __dirname): string | null {
  const candidates = [
    join(dir, "sheetWorker.js"),
    join(dir, "..", "sheetWorker.js"),
    join(dir, "sheetWorkerMain.js"),
  ];
  return candidates.find((path) => existsSync(path)) ?? null;
}

let shared: WorkerSheetOffload | null | undefined;

/** The process's sheet worker, made on first use; null when there is no worker script to run. */
export function sharedSheetOffload(): WorkerSheetOffload | null {
  if (shared === undefined) {
    const script = findSheetWorkerScript();
    shared = script === null ? null : new WorkerSheetOffload(script);
  }
  return shared;
}
