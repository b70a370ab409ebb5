#!/usr/bin/env node
// Makes the README screenshots from the demo dashboard: the compiled CLI writes it, LibreOffice
// prints it to PDF, poppler turns the first page of three sheets into PNGs. Run from the
// repository root after building the CLI:
//   npm run build:cli && node scripts/makeScreenshots.js [outDir]   (outDir defaults to docs/images)
// Needs soffice (libreoffice-calc) and pdftoppm/pdftotext (poppler-utils) on PATH.
"use strict";
const { execFileSync } = require("child_process");
const { existsSync, mkdirSync, mkdtempSync, rmSync } = require("fs");
const { tmpdir } = require("os");
const { join, resolve } = require("path");

const ROOT = resolve(__dirname, "..");
const CLI = join(ROOT, "dist", "cli", "main.js");
const DPI = "110";
/** A fixed clock, so the "generated" line and therefore the images are the same on every run. */
const CLOCK = new Date("2026-11-02T08:15:00Z");
/** Output file → the title that starts the sheet's first printed page. */
const SHOTS = [
  { file: "dashboard.png", title: "PMO Pulse — Portfolio Dashboard" },
  { file: "projects.png", title: "Projects — earned value and RAG" },
  { file: "capacity.png", title: "Capacity — utilisation by resource, role and month" },
];

function run(command, args) {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const reason = error.code === "ENOENT" ? "not installed" : (error.stderr || error.message).trim();
    throw new Error(`${command} failed: ${reason}`);
  }
}

/** 1-based number of the first PDF page whose text starts with `title`. */
function pageOf(pdf, pages, title) {
  for (let page = 1; page <= pages; page += 1) {
    const text = run("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"]);
    if (text.trimStart().startsWith(title)) return page;
  }
  throw new Error(`No page of ${pdf} starts with "${title}"`);
}

async function main() {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build:cli" first`);
  const outDir = resolve(process.argv[2] ?? join(ROOT, "docs", "images"));
  const work = mkdtempSync(join(tmpdir(), "pmo-screenshots-"));
  try {
    const { runCli } = require(CLI);
    let errors = "";
    const code = await runCli(["demo", "--out", work], {
      out: () => undefined,
      err: (text) => (errors += text),
      now: () => new Date(CLOCK.getTime()),
    });
    if (code !== 0) throw new Error(`pmo-pulse demo exited ${code}: ${errors.trim()}`);

    const profile = join(work, "lo-profile");
    run("soffice", [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      work,
      join(work, "pmo-dashboard.xlsx"),
    ]);
    const pdf = join(work, "pmo-dashboard.pdf");
    const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1] ?? 0);
    mkdirSync(outDir, { recursive: true });
    for (const shot of SHOTS) {
      const page = String(pageOf(pdf, pages, shot.title));
      const target = join(outDir, shot.file);
      // -singlefile writes exactly <target>.png without a page-number suffix.
      run("pdftoppm", [
        "-png",
        "-r",
        DPI,
        "-f",
        page,
        "-l",
        page,
        "-singlefile",
        pdf,
        target.replace(/\.png$/, ""),
      ]);
      console.log(`${target} (page ${page} of ${pages})`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`makeScreenshots: ${error.message}`);
  process.exitCode = 1;
});
