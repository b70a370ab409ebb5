/**
 * Shows a command's message in an Office dialog (DialogApi 1.1) on the bundled message page. The
 * promise resolves as soon as the dialog is open (or could not open), so the command can complete
 * its event at once: the user may read the message for as long as they like without holding the
 * command's runtime, which Excel closes about five minutes after the click. The page's OK button
 * (a message) closes the dialog; its own close box needs nothing from us.
 */
import type { CommandMessage } from "./runCommand";
import { messageQuery } from "./messageQuery";

/** The page the dialog shows, next to commands.html (a dialog must be on the add-in's own domain). */
export const MESSAGE_PAGE = "message.html";

/** Percent of the screen; displayInIframe keeps Excel on the web from opening a pop-up window. */
const DIALOG_OPTIONS: Office.DialogOptions = { height: 30, width: 35, displayInIframe: true };

/** The message page's URL for `message`, relative to the page running the command. */
export function messageUrl(message: CommandMessage, base: string): string {
  return new URL(`${MESSAGE_PAGE}${messageQuery(message)}`, base).href;
}

export function showMessageDialog(ui: Office.UI, url: string): Promise<void> {
  return new Promise((resolve) => {
    ui.displayDialogAsync(url, DIALOG_OPTIONS, (result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
      }
      resolve();
    });
  });
}
