import type { TableContext } from "../tableContext";
import { PROJECT_ID } from "../../template/keys";

/** Rule id of two Project IDs that differ only in capital letters. */
export const ID_CASE = "id-case";

/**
 * Project IDs are matched exactly (references say so: "it must match exactly, including capital
 * letters"), so `prj-0015` in one PM's file and `PRJ-0015` in another's are two projects. Nearly
 * always they are one project typed two ways: a warning at each later spelling names the first.
 * They stay two projects (the PMO decides); a decision where the spec is silent.
 */
export function checkIdCase(ctx: TableContext): void {
  const first = new Map<string, { readonly id: string; readonly i: number }>();
  const { rows } = ctx;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const id = row?.[PROJECT_ID];
    if (row === undefined || typeof id !== "string" || id === "") continue;
    const folded = id.toLowerCase();
    const seen = first.get(folded);
    if (seen === undefined) {
      first.set(folded, { id, i });
      continue;
    }
    if (seen.id === id) continue;
    const original = rows[seen.i];
    if (original === undefined) continue;
    const where =
      original.src.file === row.src.file
        ? ctx.placeOf(original.src, PROJECT_ID)
        : `${original.src.file} ${ctx.placeOf(original.src, PROJECT_ID)}`;
    ctx.report(
      i,
      PROJECT_ID,
      "warning",
      ID_CASE,
      `Project ID ${id} differs from ${seen.id} (${where}) only in capital letters, so they are read as two ` +
        `projects. If they are one, write the ID the same way in both places.`,
    );
  }
}
