// Function file for the ribbon: registers every function command named in manifest.xml with Office.
import { createOfficeGateway } from "../workflow/gateway";
import { createCommandWork } from "./commandWork";
import { messageUrl, showMessageDialog } from "./messageDialog";
import type { CommandMessage } from "./runCommand";
import { COMMAND_NAMES, runCommand } from "./runCommand";

// Office expects each page, this one included, to wait for Office.js to initialise.
void Office.onReady();

const work = createCommandWork({ gateway: createOfficeGateway(), now: () => new Date() });

/**
 * Without DialogApi 1.1 there is nowhere to show a message, and a dialog that fails to open has no
 * other place to report to: either way the command still completes and the workbook shows the result.
 */
async function show(message: CommandMessage): Promise<void> {
  try {
    if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) return;
    await showMessageDialog(Office.context.ui, messageUrl(message, window.location.href));
  } catch {
    return;
  }
}

for (const name of COMMAND_NAMES) {
  Office.actions.associate(name, (event: Office.AddinCommands.Event) =>
    runCommand(event, name, work[name], show),
  );
}
