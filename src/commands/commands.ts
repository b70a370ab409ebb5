// Function file for the ribbon: registers every function command named in manifest.xml with Office.
import { COMMAND_NAMES, commandWork, runCommand } from "./runCommand";

// Office expects each page, this one included, to wait for Office.js to initialise.
void Office.onReady();

for (const name of COMMAND_NAMES) {
  Office.actions.associate(name, (event: Office.AddinCommands.Event) => runCommand(event, commandWork[name]));
}
