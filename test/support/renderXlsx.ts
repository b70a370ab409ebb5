/**
 * Renders a workbook the way a person would look at it: LibreOffice prints it to PDF, poppler
 * turns each page into a PNG. Returns null when either tool is missing so tests can skip visibly.
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

/** PNG paths of every printed page in page order (60 dpi), or null when soffice/pdftoppm are missing. */
export async function renderToPngs(xlsxPath: string, outDir: string): Promise<string[] | null> {
  if (!haveRenderer()) return null;
  mkdirSync(outDir, { recursive: true });
  // A private LibreOffice profile per call, so parallel test workers do not share a lock.
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
        xlsxPath,
      ],
      { timeout: 120000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, basename(xlsxPath).replace(/\.xlsx$/i, "") + ".pdf");
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not produce ${pdf}`);
  await run("pdftoppm", ["-png", "-r", "60", pdf, join(outDir, "page")], { timeout: 60000 });
  const pageNumber = (name: string): number => Number(/page-0*([0-9]+)\.png$/.exec(name)?.[1] ?? 0);
  return readdirSync(outDir)
    .filter((name) => /^page-[0-9]+\.png$/.test(name))
    .sort((a, b) => pageNumber(a) - pageNumber(b))
    .map((name) => join(outDir, name));
}
