/** The terminal a status line is drawn on: stderr, when it is one. */
export interface StatusTerminal {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/**
 * A run shows no status line before this: a quick run (most are under a second) then prints
 * nothing that flickers, while a 40-file folder on a synced network drive or a 20,000-project
 * tracker (7 s) says what it is doing.
 */
export const STATUS_QUIET_MS = 400;

const CLEAR_LINE = "\r\x1b[K";

/**
 * One line of progress ("Reading 12 of 40 tracker files…") redrawn in place on an interactive
 * terminal, and nothing at all when the output is a pipe, a file or a CI log, where it would be
 * noise. Anything else the run prints clears it first (`clear`), so results never share its line.
 */
export class StatusLine {
  private shown = false;
  private readonly started: number;

  constructor(
    private readonly terminal: StatusTerminal,
    private readonly write: (text: string) => void,
    private readonly clock: () => number,
  ) {
    this.started = clock();
  }

  /** Draws `text` in place of the last status; empty text clears it. */
  show(text: string): void {
    if (text === "") return this.clear();
    if (this.terminal.isTTY !== true || this.clock() - this.started < STATUS_QUIET_MS) return;
    // One character short of the width: a line that fills it makes some terminals wrap. A terminal
    // that does not say its width (0, as some pseudo-terminals report) counts as 80 wide.
    const columns =
      this.terminal.columns !== undefined && this.terminal.columns > 0 ? this.terminal.columns : 80;
    const width = Math.max(20, columns - 1);
    const line = text.length > width ? `${text.slice(0, width - 1)}…` : text;
    this.write(`${CLEAR_LINE}${line}`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.write(CLEAR_LINE);
  }
}
