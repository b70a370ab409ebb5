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

/** Shows a message and resolves once it has been dismissed (or could not be shown). */
export type ShowMessage = (message: CommandMessage) => Promise<void>;

/** A command's work: the message to show when it is done, or null for none. */
export type CommandWork = () => Promise<CommandMessage | null>;

export function failureMessage(name: CommandName, error: unknown): CommandMessage {
  return { kind: "error", title: `${COMMAND_LABELS[name]} failed`, text: errorMessage(error) };
}

/**
 * Runs one command and signals completion to Excel whether the work succeeds or fails, so a
 * failure never leaves the button stuck as busy. The message is shown first: completing the
 * command can close a dialog the command opened.
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
    if (message !== null) await show(message);
  } finally {
    event.completed();
  }
}
