// The seam between the ribbon's function commands and the engine.

/** The ribbon's function commands; each is a <FunctionName> in manifest.xml. */
export const COMMAND_NAMES = ["validateWorkbook", "refreshDashboard"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** The part of Office.AddinCommands.Event a command needs: Excel treats it as running until completed(). */
export interface CommandEvent {
  completed(): void;
}

/**
 * Runs one command's work and signals completion to Excel whether the work succeeds or fails, so a
 * failure never leaves the button stuck as busy. A failure is still returned as a rejection.
 */
export async function runCommand(event: CommandEvent, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } finally {
    event.completed();
  }
}

/**
 * LEAD: wire each command to the engine here (Excel.run → src/excel adapter → src/core → dashboard
 * writer) and decide how a failure is shown. Until then a click completes at once and leaves the
 * workbook untouched.
 */
export const commandWork: Readonly<Record<CommandName, () => Promise<void>>> = {
  validateWorkbook: () => Promise.resolve(),
  refreshDashboard: () => Promise.resolve(),
};
