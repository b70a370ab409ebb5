/**
 * Shows a command's message in an Office dialog (DialogApi 1.1) on the bundled message page. The
 * promise resolves when the user closes it (its OK button or the dialog's own close box), when it
 * cannot open, or after MESSAGE_TIMEOUT_MS, so the command can then call `event.completed()`;
 * completing earlier could close the dialog with the function file.
 */
import type { CommandMessage } from "./runCommand";
import { messageQuery } from "./messageQuery";

/** The page the dialog shows, next to commands.html (a dialog must be on the add-in's own domain). */
export const MESSAGE_PAGE = "message.html";

/** A command never waits longer than this for its dialog to be dismissed. */
export const MESSAGE_TIMEOUT_MS = 10 * 60 * 1000;

/** Percent of the screen; displayInIframe keeps Excel on the web from opening a pop-up window. */
const DIALOG_OPTIONS: Office.DialogOptions = { height: 30, width: 35, displayInIframe: true };

/** The message page's URL for `message`, relative to the page running the command. */
export function messageUrl(message: CommandMessage, base: string): string {
  return new URL(`${MESSAGE_PAGE}${messageQuery(message)}`, base).href;
}

export function showMessageDialog(ui: Office.UI, url: string): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      if (timer !== undefined) clearTimeout(timer);
      resolve();
    };
    ui.displayDialogAsync(url, DIALOG_OPTIONS, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        done();
        return;
      }
      const dialog = result.value;
      const close = () => {
        dialog.close();
        done();
      };
      // The page's OK button sends a message; the close box (or a failed load) raises an event.
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
      timer = setTimeout(close, MESSAGE_TIMEOUT_MS);
    });
  });
}
