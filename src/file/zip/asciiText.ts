/**
 * Pure-ASCII bytes as text: what a UTF-8 decoder gives them, made by a plain Latin-1 copy (nearly
 * every chunk of a tracker's XML and of a stored run is ASCII). Null when a byte is not ASCII.
 */
import { Buffer, isAscii } from "node:buffer";

export function asciiText(bytes: Uint8Array): string | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isAscii(view) ? view.toString("latin1") : null;
}
