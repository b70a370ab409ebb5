/**
 * How a ribbon function command runs: its work, then the message it leaves (a summary or the
 * failure), then `event.completed()`, always. A function command has no UI of its own, so the
 * message is shown by the `ShowMessage` it is given (a dialog in Excel, a recorder in tests).
 */
import { errorMessage } from "../workflow/errorMessage";

/** The ribbon's function commands; each is a <FunctionName> in manifest.xml. */
export const COMMAND_NAMES = ["validateWorkbook", "refreshDashboard"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** The buttons' labels in manifest.xml, used to name a failed command. */
export const COMMAND_LABELS: Readonly<Record<CommandName, string>> = {
  validateWorkbook: "Validate",
  refreshDashboard: "Refresh dashboard",
};

/** The part of Office.AddinCommands.Event a command needs: Excel treats it as running until completed(). */
export interface CommandEvent {
  completed(): void;
}

export interface CommandMessage {
  readonly kind: "info" | "error";
  readonly title: string;
  readonly text: string;
}

/** Shows a message and resolves once it is on screen (or could not be shown), not when dismissed. */
export type ShowMessage = (message: CommandMessage) => Promise<void>;

/** A command's work: the message to show when it is done, or null for none. */
export type CommandWork = () => Promise<CommandMessage | null>;

/**
 * Runs `promise` for at most `ms`, then clears its timer: a timer left pending for 15 s after
 * each click would hold the command's runtime (and a test run) open for nothing.
 */
async function atMost(promise: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

export function failureMessage(name: CommandName, error: unknown): CommandMessage {
  return { kind: "error", title: `${COMMAND_LABELS[name]} failed`, text: errorMessage(error) };
}

/** The longest a command waits for its message to appear before it completes anyway. */
export const SHOW_WAIT_MS = 15_000;

/**
 * Runs one command and signals completion to Excel whether the work succeeds or fails, so a
 * failure never leaves the button stuck as busy. Excel closes a function command's runtime about
 * five minutes after the click (add-in commands / runtimes docs), so the event is completed as soon
 * as the workbook work is done and its message is up: the user reading the dialog never holds it.
 */
export async function runCommand(
  event: CommandEvent,
  name: CommandName,
  work: CommandWork,
  show: ShowMessage,
): Promise<void> {
  try {
    let message: CommandMessage | null;
    try {
      message = await work();
    } catch (error) {
      message = failureMessage(name, error);
    }
    if (message !== null) await atMost(show(message), SHOW_WAIT_MS);
  } finally {
    event.completed();
  }
}
