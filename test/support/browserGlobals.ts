/**
 * jsdom (the pane tests' environment) lacks TextEncoder and TextDecoder, which every browser the
 * add-in runs in has and the portable .xlsx reader and writer use; give it Node's, which follow
 * the same WHATWG Encoding standard.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

const globals = globalThis as Record<string, unknown>;
globals.TextEncoder ??= NodeTextEncoder;
globals.TextDecoder ??= NodeTextDecoder;
