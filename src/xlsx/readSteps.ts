import type { XlsxPackage } from "./package";
import type { XmlHandler } from "./xml/xmlScanner";
import type { ReadCodec } from "./zip/readCodec";

/** A part the reading steps need: the driver streams its XML through the handler, then resumes. */
export interface PartScan {
  readonly part: string;
  readonly handler: XmlHandler;
}

/**
 * Reading steps written once, for two drivers: a generator that yields each part to scan and
 * returns what it read. `runSteps` scans each part on the spot (the portable path, which the task
 * pane runs); `runStepsAsync` awaits each scan, so the CLI's codec can inflate on another thread.
 * A failed scan is thrown back into the steps at their `yield`, where their own try/catch sees it.
 */
export type ReadSteps<T> = Generator<PartScan, T, void>;

/** The step that scans one part; `yield* scanPart(part, handler)` in a reading step. */
export function* scanPart(part: string, handler: XmlHandler): ReadSteps<void> {
  yield { part, handler };
}

export function runSteps<T>(pkg: XlsxPackage, steps: ReadSteps<T>): T {
  let step = steps.next();
  while (step.done !== true) {
    let failure: { error: unknown } | null = null;
    try {
      pkg.scan(step.value.part, step.value.handler);
    } catch (error) {
      failure = { error };
    }
    step = failure === null ? steps.next() : steps.throw(failure.error);
  }
  return step.value;
}

export async function runStepsAsync<T>(pkg: XlsxPackage, steps: ReadSteps<T>, codec: ReadCodec): Promise<T> {
  let step = steps.next();
  while (step.done !== true) {
    let failure: { error: unknown } | null = null;
    try {
      await pkg.scanAsync(step.value.part, step.value.handler, codec);
    } catch (error) {
      failure = { error };
    }
    step = failure === null ? steps.next() : steps.throw(failure.error);
  }
  return step.value;
}
