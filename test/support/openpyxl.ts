/**
 * The system Python with openpyxl, for tests that read a written workbook the way a Python user
 * would; `haveOpenpyxl` false makes those tests skip with the reason in their title.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const PYTHON = "/usr/bin/python3";

export const haveOpenpyxl =
  existsSync(PYTHON) &&
  (() => {
    try {
      execFileSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();

export const OPENPYXL_MISSING = " — SKIPPED: /usr/bin/python3 with openpyxl missing";
