import type { RawGrid, RawScalar, RawSheet } from "../model/raw";
import type { ProjectForm } from "./projectForm";

/** Sections under a form looked at for tables: a status report has a handful. */
const MAX_SECTIONS = 10;

/** Grid rows `from` … `from + height - 1` of another grid, as a grid of their own. */
class WindowGrid implements RawGrid {
  constructor(
    private readonly grid: RawGrid,
    private readonly from: number,
    readonly height: number,
  ) {}

  width(r: number): number {
    return r < 0 || r >= this.height ? 0 : this.grid.width(this.from + r);
  }

  value(r: number, c: number): RawScalar {
    return r < 0 || r >= this.height ? null : this.grid.value(this.from + r, c);
  }

  format(r: number, c: number): string | null {
    return r < 0 || r >= this.height ? null : this.grid.format(this.from + r, c);
  }

  copyRow(r: number, out: RawScalar[]): number {
    return r < 0 || r >= this.height ? 0 : this.grid.copyRow(this.from + r, out);
  }
}

function isBlankRow(grid: RawGrid, r: number): boolean {
  for (let c = 0; c < grid.width(r); c++) {
    const v = grid.value(r, c);
    if (v !== null && !(typeof v === "string" && v.trim() === "")) return false;
  }
  return true;
}

/**
 * The sections under a status report's form (`Key Milestones`, `Top Risks`): the runs of rows
 * below its last field, each ended by a blank row, as sheets of their own (same name, their first
 * row as `top`, so every address stays the sheet's). Each may hold one of the other tables with its
 * title row above its headers.
 */
export function formSections(form: ProjectForm): RawSheet[] {
  // A status report has a few sections; a sheet of thousands of blank-separated runs is no report.
  const { sheet } = form;
  const grid = sheet.cells;
  const last = Math.max(...form.fields.map((f) => Math.max(f.labelRow, f.value?.row ?? 0)));
  const sections: RawSheet[] = [];
  let start = -1;
  for (let r = last + 1; r <= grid.height; r++) {
    const blank = r === grid.height || isBlankRow(grid, r);
    if (!blank && start < 0) start = r;
    if (blank && start >= 0) {
      sections.push({ ...sheet, top: sheet.top + start, cells: new WindowGrid(grid, start, r - start) });
      if (sections.length === MAX_SECTIONS) break;
      start = -1;
    }
  }
  return sections;
}
