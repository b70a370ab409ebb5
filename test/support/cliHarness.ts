/** Runs the CLI in-process with a fixed clock and captured output, as a user would from a shell. */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import { runCli } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function runCliAt(argv: readonly string[], now: Date): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await runCli(argv, {
    out: (text) => (out += text),
    err: (text) => (err += text),
    now: () => new Date(now.getTime()),
  });
  return { code, out, err };
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
