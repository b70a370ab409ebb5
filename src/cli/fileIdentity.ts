import type { Stats } from "node:fs";
import { stat } from "node:fs/promises";

/**
 * Device + inode of the file a path leads to (through symbolic links), or null when there is no
 * such file. Two paths name the same file exactly when their identities are equal: a symbolic or
 * hard link to a tracker is the tracker, whatever its path says.
 */
export async function fileIdentity(path: string): Promise<string | null> {
  const stats = await statOrNull(path);
  return stats === null ? null : identityOf(stats);
}

export function identityOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}

export async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}
