/**
 * Renders several workbooks with one LibreOffice start (about 3 s instead of 3 s each): every
 * workbook → PDF → one PNG per page. Returns null when soffice or pdftoppm is missing.
 */
import { execFile } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, delimiter, join } from "path";
import { promisify } from "util";

const run = promisify(execFile);

function onPath(command: string): boolean {
  return (process.env.PATH ?? "")
    .split(delimiter)
    .some((dir) => dir !== "" && existsSync(join(dir, command)));
}

export function haveRenderer(): boolean {
  return onPath("soffice") && onPath("pdftoppm");
}

/** Workbook path → its pages' PNG paths in page order. File base names must be unique. */
export async function renderManyToPngs(
  xlsxPaths: readonly string[],
  outDir: string,
  dpi = 60,
): Promise<Map<string, string[]> | null> {
  if (!haveRenderer()) return null;
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        ...xlsxPaths,
      ],
      { timeout: 300000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pages = new Map<string, string[]>();
  for (const path of xlsxPaths) {
    const name = basename(path).replace(/\.xlsx$/i, "");
    const pdf = join(outDir, `${name}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not produce ${pdf}`);
    await run("pdftoppm", ["-png", "-r", String(dpi), pdf, join(outDir, name)], { timeout: 60000 });
    const pageNumber = (file: string): number => Number(/-0*([0-9]+)\.png$/.exec(file)?.[1] ?? 0);
    const prefix = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-[0-9]+\\.png$`);
    pages.set(
      path,
      readdirSync(outDir)
        .filter((file) => prefix.test(file))
        .sort((a, b) => pageNumber(a) - pageNumber(b))
        .map((file) => join(outDir, file)),
    );
  }
  return pages;
}
