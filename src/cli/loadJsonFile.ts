import { readFile } from "node:fs/promises";
import { CliError } from "./cliError";
import { statOrNull } from "./fileIdentity";

/** A template or mapping is a few KB; anything past this is the wrong file. */
const MAX_JSON_BYTES = 10 * 1024 * 1024;

/** Reads a JSON option file (--template, --map); unreadable or malformed JSON is a usage error naming the file. */
export async function loadJsonFile(path: string, flag: string): Promise<unknown> {
  const stats = await statOrNull(path);
  if (stats !== null && !stats.isFile() && !stats.isDirectory()) {
    throw new CliError(`${flag} ${path}: not a regular file (a device, pipe or socket)`);
  }
  if (stats !== null && stats.size > MAX_JSON_BYTES) {
    throw new CliError(
      `${flag} ${path}: larger than ${MAX_JSON_BYTES / (1024 * 1024)} MB; a template or mapping is a few KB`,
    );
  }
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${flag} ${path}: ${code === "ENOENT" ? "file not found" : "cannot read the file"}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${flag} ${path}: not valid JSON (${(error as Error).message})`);
  }
}
