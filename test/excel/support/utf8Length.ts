/**
 * UTF-8 byte length of a string, measured independently of the adapter's own counter: Node's
 * Buffer under jest, TextEncoder in the browser harness (where Buffer does not exist).
 */
export function utf8Length(text: string): number {
  return typeof Buffer !== "undefined"
    ? Buffer.byteLength(text, "utf8")
    : new TextEncoder().encode(text).length;
}
