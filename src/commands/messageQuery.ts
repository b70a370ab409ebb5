/**
 * A command's message travels to the dialog page in its URL's query string (the page fetches
 * nothing). Both sides use these two functions, so what is written is what is read.
 */
import type { CommandMessage } from "./runCommand";

/** Keeps the dialog URL well under what every Office host accepts; the rest is cut with "…". */
export const MAX_MESSAGE_TEXT = 1500;
const MAX_TITLE = 100;

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** `?kind=error&title=...&text=...` */
export function messageQuery(message: CommandMessage): string {
  const params = new URLSearchParams({
    kind: message.kind,
    title: cut(message.title, MAX_TITLE),
    text: cut(message.text, MAX_MESSAGE_TEXT),
  });
  return `?${params.toString()}`;
}

/** Reads a message back; anything missing or unknown gives a neutral message rather than failing. */
export function messageFromQuery(search: string): CommandMessage {
  const params = new URLSearchParams(search);
  return {
    kind: params.get("kind") === "error" ? "error" : "info",
    title: cut(params.get("title") ?? "PMO Pulse", MAX_TITLE),
    text: cut(params.get("text") ?? "", MAX_MESSAGE_TEXT),
  };
}
