import { stat } from "node:fs/promises";
import { readXlsxFile } from "../../src/file/readXlsx";
import { FLOOR_CHILD_FLAG, READ_CHILD_FLAG } from "./childFlags";
import { measureFloorMs } from "./floorBench";
import { medianRun } from "./medianRun";
import { runChild } from "./runChild";
import { collectGarbage, maxRssBytes, sampleMemoryDuring } from "./memory";

/** What reading one tracker .xlsx costs. */
export interface ReadFigures {
  readonly wallMs: number;
  readonly fileBytes: number;
  /** Rows of every sheet's grid as read (titles and headers included): a check that all was read. */
  readonly gridRows: number;
  /** RSS and heap in use just before the read, after a full GC. */
  readonly baselineRssBytes: number;
  readonly baselineHeapBytes: number;
  /** The process's RSS high-water mark after the read (exact; in a child process it is the read's own). */
  readonly peakRssBytes: number;
  /** Largest heap in use sampled during the read (garbage included). */
  readonly peakHeapBytes: number;
  /** Heap the RawWorkbook itself keeps alive after a full GC, above the baseline. */
  readonly retainedHeapBytes: number;
  /**
   * Inflating and scanning the same file's XML (the floor): in a fresh process of its own when the
   * read ran in one (both cold, as a user's run is), else in the same process after the read.
   */
  readonly floorMs: number;
  /**
   * The read's time over the floor's, the figure the target judges: in fresh processes the median
   * of each run's own ratio (a read and the floor taken right after it), so that the machine's
   * speed drifting from one run to the next cancels out, as in an alternated pair.
   */
  readonly floorRatio: number;
}

/** A read's own figures, without the floor it is judged against. */
export type ReadTiming = Omit<ReadFigures, "floorMs" | "floorRatio">;

/** `timeRead`, then the floor of the same file in this process. */
export async function measureRead(path: string): Promise<ReadFigures> {
  const read = await timeRead(path);
  const floorMs = await measureFloorMs(path);
  return { ...read, floorMs, floorRatio: read.wallMs / floorMs };
}

/**
 * Reads the .xlsx at `path` with the product's reader (`readXlsxFile`), timing it and watching
 * memory. Run in a fresh process (`measureReadInChild`) for peaks that belong to this read alone.
 */
export async function timeRead(path: string): Promise<ReadTiming> {
  const fileBytes = (await stat(path)).size;
  collectGarbage();
  const baseline = process.memoryUsage();
  const start = performance.now();
  const { result: workbook, peaks } = await sampleMemoryDuring(() => readXlsxFile(path));
  const wallMs = performance.now() - start;
  const peakRssBytes = Math.max(maxRssBytes(), peaks.rssBytes);
  collectGarbage();
  const retainedHeapBytes = Math.max(0, process.memoryUsage().heapUsed - baseline.heapUsed);
  const gridRows = workbook.sheets.reduce((n, s) => n + s.cells.height, 0);
  return {
    wallMs,
    fileBytes,
    gridRows,
    baselineRssBytes: baseline.rss,
    baselineHeapBytes: baseline.heapUsed,
    peakRssBytes,
    peakHeapBytes: peaks.heapUsedBytes,
    retainedHeapBytes,
  };
}

function parseFigures<T>(stdout: string, what: string): T {
  try {
    return JSON.parse(stdout) as T;
  } catch {
    throw new Error(`${what} printed no figures: ${stdout.slice(0, 200)}`);
  }
}

/**
 * Cold reads (and floors) per size: the verdict rests on their median, not on one process. Five,
 * not three: on this shared machine one run in three or four is slowed by a quarter or more.
 */
export const READ_RUNS = 5;

/**
 * Runs `timeRead` in a new Node process (`node --expose-gc <entry> --read-child <path>`), then
 * the floor in another fresh one, so that read and floor both start cold; `runs` times in turn
 * (read, floor, read, floor…). The read whose time is the median is reported, with the largest
 * peaks of all, the median floor and the median of the runs' read / floor ratios.
 */
export async function measureReadInChild(
  entryScript: string,
  path: string,
  runs = READ_RUNS,
): Promise<ReadFigures> {
  const what = `The read benchmark of ${path}`;
  const floorWhat = `The floor of ${path}`;
  const reads: ReadTiming[] = [];
  const floors: number[] = [];
  for (let run = 0; run < runs; run++) {
    reads.push(
      parseFigures<ReadTiming>(
        await runChild(process.execPath, ["--expose-gc", entryScript, READ_CHILD_FLAG, path], what),
        what,
      ),
    );
    const floor = parseFigures<{ floorMs: number }>(
      await runChild(process.execPath, [entryScript, FLOOR_CHILD_FLAG, path], floorWhat),
      floorWhat,
    );
    floors.push(floor.floorMs);
  }
  return summariseReads(reads, floors);
}

/**
 * The median read with the largest peaks of all the reads, the median floor, and the median of
 * each run's read / floor (`floorsMs[i]` was taken right after `reads[i]`).
 */
export function summariseReads(reads: readonly ReadTiming[], floorsMs: readonly number[]): ReadFigures {
  if (floorsMs.length !== reads.length) throw new Error("each read needs the floor taken after it");
  const read = medianRun(reads, (r) => r.wallMs);
  return {
    ...read,
    peakRssBytes: Math.max(...reads.map((r) => r.peakRssBytes)),
    peakHeapBytes: Math.max(...reads.map((r) => r.peakHeapBytes)),
    floorMs: medianRun(floorsMs, (ms) => ms),
    floorRatio: medianRun(
      reads.map((r, i) => r.wallMs / (floorsMs[i] as number)),
      (ratio) => ratio,
    ),
  };
}
