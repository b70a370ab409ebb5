import { StatusLine } from "./statusLine";

/** What the CLI touches besides files: injectable so tests capture output and fix the clock. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly now: () => Date;
  /**
   * Progress of a long run as a status line ("Reading 12 of 40 tracker files…"; empty text clears
   * it). Shown only on an interactive terminal; tests and pipes see none of it.
   */
  readonly progress?: (text: string) => void;
}

/**
 * A stream the reader has closed (`pmo-pulse validate big.xlsx | head -1`) fails with EPIPE. That is
 * not a failure of the run: the rest of the output is dropped, files are still written and the exit
 * code still says whether the trackers have errors.
 */
function quietOnClose(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  let watching = false;
  return (text) => {
    if (!watching) {
      watching = true;
      stream.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code !== "EPIPE") throw error;
        closed = true;
      });
    }
    if (!closed) stream.write(text);
  };
}

const writeOut = quietOnClose(process.stdout);
const writeErr = quietOnClose(process.stderr);
const status = new StatusLine(process.stderr, writeErr, () => performance.now());

export const PROCESS_IO: CliIo = {
  // Results never share the status line: it is cleared before anything else is printed.
  out: (text) => {
    status.clear();
    writeOut(text);
  },
  err: (text) => {
    status.clear();
    writeErr(text);
  },
  now: () => new Date(),
  progress: (text) => status.show(text),
};
