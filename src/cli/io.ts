/** What the CLI touches besides files: injectable so tests capture output and fix the clock. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly now: () => Date;
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

export const PROCESS_IO: CliIo = {
  out: quietOnClose(process.stdout),
  err: quietOnClose(process.stderr),
  now: () => new Date(),
};
