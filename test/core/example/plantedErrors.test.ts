import type { SpecCell } from "../../../src/core/example";
import { columnLetters } from "../../../src/core/model/a1";
import {
  DEMO_EXAMPLE_OPTIONS,
  findPlantedError,
  generateExamplePortfolio,
  PLANTED_ERRORS,
  plantedErrorCell,
  plantedErrorValue,
  sheetRowOfDataRow,
} from "../../../src/core/example";
import { isoOf, recordsOf, sheetOf } from "./sheetRecords";

const options = { ...DEMO_EXAMPLE_OPTIONS, asOf: "2026-11-30" };
const clean = generateExamplePortfolio({ ...options, withErrors: false });
const broken = generateExamplePortfolio({ ...options, withErrors: true });

describe("PLANTED_ERRORS", () => {
  it("lists 8 distinct errors, each on a sheet and column that exist", () => {
    expect(PLANTED_ERRORS).toHaveLength(8);
    expect(new Set(PLANTED_ERRORS.map((p) => p.id)).size).toBe(8);
    for (const p of PLANTED_ERRORS) expect(sheetOf(broken, p.sheet).header).toContain(p.column);
  });

  it("names each planted cell by its A1 address below the title rows and header", () => {
    const cells = Object.fromEntries(PLANTED_ERRORS.map((p) => [p.id, plantedErrorCell(broken, p)]));
    expect(cells).toEqual({
      "baseline-before-start": "Projects!L6",
      "percent-over-100": "Projects!R8",
      "budget-error-value": "Projects!O9",
      "duplicate-project-id": "Projects!A11",
      "missing-project-manager": "Projects!E13",
      "invalid-text-date": "Milestones!C8",
      "risk-unknown-project": "'Risk Register'!B4",
      "allocation-unknown-resource": "Allocations!A7",
    });
  });

  it("plants each error where the list says", () => {
    const value = (id: Parameters<typeof findPlantedError>[0]): SpecCell =>
      plantedErrorValue(broken, findPlantedError(id));
    const projects = recordsOf(broken, "Projects");
    const baselineRow = projects[findPlantedError("baseline-before-start").row];
    expect(isoOf(value("baseline-before-start")) < isoOf(baselineRow?.["Start Date"])).toBe(true);
    expect(value("percent-over-100")).toEqual({ percent: 1.4 });
    expect(value("budget-error-value")).toEqual({ error: "#N/A" });
    const dupRow = findPlantedError("duplicate-project-id").row;
    expect(value("duplicate-project-id")).toBe(projects[dupRow - 1]?.["Project ID"]);
    expect(new Set(projects.map((p) => p["Project ID"])).size).toBe(projects.length - 1);
    expect(value("missing-project-manager")).toBeNull();
    expect(value("invalid-text-date")).toBe("31/13/2026");
    const ids = new Set(projects.map((p) => p["Project ID"]));
    expect(ids.has(value("risk-unknown-project"))).toBe(false);
    const people = new Set(recordsOf(broken, "Resources").map((r) => r["Resource"]));
    expect(people.has(value("allocation-unknown-resource"))).toBe(false);
  });

  it("changes nothing else: other cells match the clean tracker, except the duplicate's own ID", () => {
    const planted = new Set(PLANTED_ERRORS.map((p) => plantedErrorCell(broken, p)));
    const dupRow = findPlantedError("duplicate-project-id").row;
    const originalId = recordsOf(clean, "Projects")[dupRow]?.["Project ID"];
    const duplicateId = recordsOf(broken, "Projects")[dupRow]?.["Project ID"];
    const differences: string[] = [];
    broken.sheets.forEach((sheet, s) => {
      const cleanSheet = clean.sheets[s];
      expect(sheet.rows).toHaveLength(cleanSheet?.rows.length ?? -1);
      sheet.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          const before = cleanSheet?.rows[r]?.[c] ?? null;
          if (JSON.stringify(before) === JSON.stringify(cell)) return;
          const name = sheet.name.includes(" ") ? `'${sheet.name}'` : sheet.name;
          const at = `${name}!${columnLetters(c + 1)}${sheetRowOfDataRow(sheet, r)}`;
          if (planted.has(at)) return;
          if (before === originalId && cell === duplicateId) return;
          differences.push(`${at}: ${JSON.stringify(before)} → ${JSON.stringify(cell)}`);
        });
      });
    });
    expect(differences).toEqual([]);
  });
});
