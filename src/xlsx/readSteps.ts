import type { XlsxPackage } from "./package";
import type { XmlHandler } from "./xml/xmlScanner";
import type { ReadCodec } from "./zip/readCodec";

/** A part the reading steps need: the driver streams its XML through the handler, then resumes. */
export interface PartScan {
  readonly part: string;
  readonly handler: XmlHandler;
}

/** Work done elsewhere that the steps wait for (a sheet read on a worker thread). */
export interface Wait {
  readonly wait: Promise<unknown>;
}

/**
 * Reading steps written once, for two drivers: a generator that yields each part to scan and
 * returns what it read. `runSteps` scans each part on the spot (the portable path, which the task
 * pane runs); `runStepsAsync` awaits each scan, so the CLI's codec can inflate on another thread,
 * and each wait. A failed scan or wait is thrown back into the steps at their `yield`, where their
 * own try/catch sees it.
 */
export type ReadSteps<T> = Generator<PartScan | Wait, T, unknown>;

/** The step that scans one part; `yield* scanPart(part, handler)` in a reading step. */
export function* scanPart(part: string, handler: XmlHandler): ReadSteps<void> {
  yield { part, handler };
}

/** The step that waits for `promise` and gives its value (only `runStepsAsync` can wait). */
export function* waitFor<T>(promise: Promise<T>): ReadSteps<T> {
  return (yield { wait: promise }) as T;
}

export function runSteps<T>(pkg: XlsxPackage, steps: ReadSteps<T>): T {
  let step = steps.next();
  while (step.done !== true) {
    const request = step.value;
    if ("wait" in request) throw new Error("the synchronous reader cannot wait for work done elsewhere");
    let failure: { error: unknown } | null = null;
    try {
      pkg.scan(request.part, request.handler);
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
    const request = step.value;
    let outcome: { value: unknown } | { error: unknown };
    try {
      if ("wait" in request) outcome = { value: await request.wait };
      else outcome = { value: await pkg.scanAsync(request.part, request.handler, codec) };
    } catch (error) {
      outcome = { error };
    }
    step = "error" in outcome ? steps.throw(outcome.error) : steps.next(outcome.value);
  }
  return step.value;
}
