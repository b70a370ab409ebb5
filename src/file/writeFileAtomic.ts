import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/**
 * Writes `data` to `path` all at once: into a temporary file beside it, then renamed over it. A
 * reader never sees half a file, a failed write leaves the old file as it was, and a symbolic link
 * at `path` is replaced rather than written through (its target is never touched).
 * Creates missing parent folders. Throws the file system's error (with its `code`). `data` may be
 * pieces, written one after the other.
 *
 * @example await writeFileAtomic("out/dashboard.xlsx", bytes)
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | readonly Uint8Array[],
): Promise<void> {
  const full = resolve(path);
  const dir = dirname(full);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(full)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    // "wx": never open an existing file (or follow a link someone placed at the temporary name).
    await writeFile(temp, data, { flag: "wx" });
    await rename(temp, full);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
