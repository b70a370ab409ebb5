import { execFile } from "node:child_process";

/**
 * Runs `file args…` to its end and gives its stdout; a failure names `what` (by default the
 * command) with the child's stderr, so a broken bench child says which one broke and why.
 */
export function runChild(
  file: string,
  args: readonly string[],
  what = `${file} ${args.join(" ")}`,
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, [...args], { maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${what} failed: ${stderr.trim() || error.message}`));
      else resolve(stdout);
    });
  });
}
