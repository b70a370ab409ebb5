import { placeOfRow } from "../../model/cellPlace";
import type { NormRow, Project } from "../../model/portfolio";
import { projectIdGroups } from "../../model/projectIdGroups";
import type { TableContext } from "../tableContext";
import { DUPLICATE_ID } from "./unique";
import { PROJECT_ID } from "../../template/keys";

/**
 * Project IDs used by more than one row (kpi-definitions v2, "Data errors"). Rows that differ in
 * any column are different projects sharing an ID: every row gets an error naming the others, and
 * the KPIs leave all of them out. Identical rows are one tracker handed in twice: one warning, at
 * the second and later rows, and the project counts once.
 */
export function checkDuplicateProjects(ctx: TableContext): void {
  const groups = projectIdGroups(ctx.rows as unknown as readonly Project[]);
  if (groups.length === 0) return;
  const indexOf = new Map<NormRow, number>();
  ctx.rows.forEach((row, i) => indexOf.set(row, i));
  for (const group of groups) {
    const rows = group.rows as unknown as readonly NormRow[];
    // Within one file a cell is enough; across files each place names its file.
    const oneFile = rows.every((r) => r.src.file === rows[0]?.src.file);
    const where = (row: NormRow) => {
      const place = placeOfRow(ctx.bindings(), row.src, PROJECT_ID);
      return oneFile ? place : `${row.src.file} ${place}`;
    };
    if (group.identical) {
      const [first, ...copies] = rows;
      if (first === undefined) continue;
      const copy = copies[0];
      if (copy === undefined) continue;
      ctx.report(
        indexOf.get(copy) ?? 0,
        PROJECT_ID,
        "warning",
        DUPLICATE_ID,
        `${ctx.headerOf(copy.src, PROJECT_ID)} ${group.projectId} repeats the row at ${where(first)} value for value ` +
          `(${rows.length === 2 ? "the same row twice" : `${rows.length} identical rows`}); it is counted once` +
          // Across files its other rows that repeat the first file's are left out too (RepeatedRows).
          `${oneFile ? "" : `, and so are its milestones, risks and hours that repeat ${first.src.file}'s`}. Delete the copy.`,
      );
      continue;
    }
    for (const row of rows) {
      const others = rows.filter((r) => r !== row).map(where);
      ctx.report(
        indexOf.get(row) ?? 0,
        PROJECT_ID,
        "error",
        DUPLICATE_ID,
        `${ctx.headerOf(row.src, PROJECT_ID)} ${group.projectId} is also used by a different project at ${others.join(", ")}. ` +
          `Every row with this ID is left out of every KPI (with its milestones, risks and hours) until each project has its own ID.`,
      );
    }
  }
}
