import { readFile } from "node:fs/promises";
import { CliError } from "./cliError";

/** Reads a JSON option file (--template, --map); unreadable or malformed JSON is a usage error naming the file. */
export async function loadJsonFile(path: string, flag: string): Promise<unknown> {
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
