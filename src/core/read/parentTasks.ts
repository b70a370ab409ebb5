import { headerKey } from "../model/names";
import { PROJECT_ID, PROJECT_NAME } from "../template/keys";
import type { ColumnPlan } from "./columnPlan";
import type { HeaderMatch } from "./headerMatch";
import type { TableReadInput } from "./tableReadInput";

/**
 * Subtasks in a project list, as work-management tools export them: Asana writes a task's
 * subtasks as rows of their own with the parent's name in `Parent task`. Such a row is a task of
 * a listed project, not a project (`notDataRow` skips it when its parent is one of the rows).
 */

/** Headers of the column naming a row's parent (Asana's `Parent task`), as header keys. */
const PARENT_TASK: ReadonlySet<string> = new Set(["parenttask", "parent", "parentitem", "parentname"]);

/** Grid column of the table's Parent task among its unknown columns, or -1. */
export function parentTaskColumn(match: HeaderMatch): number {
  return match.unknown.find((u) => PARENT_TASK.has(headerKey(u.header)))?.index ?? -1;
}

/** The names and IDs the table's rows give (trimmed, lower case): what a subtask's parent must be. */
export function rowNames(input: TableReadInput, plans: readonly ColumnPlan[]): Set<string> {
  const names = new Set<string>();
  const columns = plans.filter((p) => (p.key === PROJECT_ID || p.key === PROJECT_NAME) && p.index >= 0);
  const grid = input.sheet.cells;
  for (let r = input.match.dataStart; r < Math.min(input.match.dataEnd, grid.height); r++) {
    for (const plan of columns) {
      const v = grid.value(r, plan.index);
      if (typeof v === "string" && v.trim() !== "") names.add(v.trim().toLowerCase());
      else if (typeof v === "number") names.add(String(v));
    }
  }
  return names;
}
