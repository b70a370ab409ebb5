/**
 * UTF-8 decoding and encoding through the platform's TextDecoder and TextEncoder (Node and every browser have them). Declared
 * here because the portable reader compiles without the DOM or Node type libraries.
 */
/** TextDecoder's shape: `decode(chunk, { stream: true })` for each chunk, then `decode()` to flush. */
export interface Utf8Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => Utf8Decoder;

/** A decoder for one stream of chunks (multi-byte characters may straddle chunk boundaries). */
export function utf8StreamDecoder(): Utf8Decoder {
  return new TextDecoder("utf-8");
}

export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes);
}

/** Zip entry names not flagged UTF-8 are CP437; every name in an OOXML package is ASCII anyway. */
export function decodeLatin1(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

interface Utf8Encoder {
  encode(input: string): Uint8Array;
  encodeInto(input: string, destination: Uint8Array): { read: number; written: number };
}
declare const TextEncoder: new () => Utf8Encoder;
let encoder: Utf8Encoder | undefined;

export function encodeUtf8(text: string): Uint8Array {
  encoder ??= new TextEncoder();
  return encoder.encode(text);
}

/** Encodes into `destination` and returns the bytes written; the caller leaves room (3 bytes per UTF-16 unit). */
export function encodeUtf8Into(text: string, destination: Uint8Array): number {
  encoder ??= new TextEncoder();
  return encoder.encodeInto(text, destination).written;
}
