import {
  computedRag,
  countRag,
  gradeIndex,
  isPastDueUnfinished,
  isWatermelon,
  worseRag,
} from "../../../src/core/kpi/rag";
import { day, makeProject } from "./factory";

describe("RAG", () => {
  it("grades an index at the thresholds (≥ 0.95 Green, ≥ 0.85 Amber)", () => {
    expect(gradeIndex(0.95, 0.95, 0.85)).toBe("Green");
    expect(gradeIndex(0.9499, 0.95, 0.85)).toBe("Amber");
    expect(gradeIndex(0.85, 0.95, 0.85)).toBe("Amber");
    expect(gradeIndex(0.8499, 0.95, 0.85)).toBe("Red");
    expect(gradeIndex(null, 0.95, 0.85)).toBe("Green");
  });

  it("takes the worse of the schedule and cost grades", () => {
    expect(worseRag("Green", "Amber")).toBe("Amber");
    expect(worseRag("Red", "Amber")).toBe("Red");
    expect(computedRag({ spi: 1.2, cpi: 0.9, pastDueUnfinished: false }, 0.95, 0.85)).toBe("Amber");
    expect(computedRag({ spi: 0.8, cpi: 0.9, pastDueUnfinished: false }, 0.95, 0.85)).toBe("Red");
    expect(computedRag({ spi: null, cpi: null, pastDueUnfinished: false }, 0.95, 0.85)).toBe("Green");
    expect(computedRag({ spi: 1, cpi: 1, pastDueUnfinished: false }, 0.8, 0.5)).toBe("Green");
  });

  it("is Red for a project past its Baseline Finish, below 100 % and without an Actual Finish", () => {
    const asOf = day("2026-11-30");
    const late = { baselineFinish: day("2026-11-29"), percentComplete: 0.99 };
    expect(isPastDueUnfinished(makeProject(late), asOf)).toBe(true);
    expect(isPastDueUnfinished(makeProject({ ...late, percentComplete: null }), asOf)).toBe(true);
    expect(isPastDueUnfinished(makeProject({ ...late, percentComplete: 1 }), asOf)).toBe(false);
    expect(isPastDueUnfinished(makeProject({ ...late, actualFinish: day("2026-11-28") }), asOf)).toBe(false);
    expect(isPastDueUnfinished(makeProject({ ...late, baselineFinish: asOf }), asOf)).toBe(false);
    expect(computedRag({ spi: 1, cpi: 1, pastDueUnfinished: true }, 0.95, 0.85)).toBe("Red");
  });

  it("flags watermelons: reported Green, computed Red", () => {
    expect(isWatermelon("Green", "Red")).toBe(true);
    expect(isWatermelon("Green", "Amber")).toBe(false);
    expect(isWatermelon("Amber", "Red")).toBe(false);
    expect(isWatermelon(null, "Red")).toBe(false);
  });

  it("counts RAG values, ignoring blanks", () => {
    expect(countRag(["Green", "Red", null, "Red"])).toEqual({ Green: 1, Amber: 0, Red: 2 });
  });
});
