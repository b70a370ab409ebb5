/**
 * The shared ECMA-376 XSD check (../shared/tools/ooxml-check/validate-xlsx.sh, or $OOXML_VALIDATOR)
 * for tests that validate a written workbook; `missing` says why it cannot run, so those tests skip
 * visibly with the reason in their title.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const OOXML_VALIDATOR =
  process.env.OOXML_VALIDATOR ?? resolve(__dirname, "../../../shared/tools/ooxml-check/validate-xlsx.sh");

const haveXmllint = (process.env.PATH ?? "")
  .split(delimiter)
  .some((dir) => dir !== "" && existsSync(join(dir, "xmllint")));

/** Why the check cannot run here, or null when it can. */
export const validatorMissing: string | null = !existsSync(OOXML_VALIDATOR)
  ? `no validator at ${OOXML_VALIDATOR}`
  : haveXmllint
    ? null
    : "xmllint not installed (apt-get install libxml2-utils)";

/** Runs `validate-xlsx.sh -a` on a file: its exit code and everything it printed. */
export async function validateXlsx(path: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run("bash", [OOXML_VALIDATOR, "-a", path], { timeout: 60000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}
