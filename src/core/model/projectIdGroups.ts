import type { Project } from "./portfolio";

/** The rows that share one Project ID, and whether they are the same project handed in twice. */
export interface ProjectIdGroup {
  readonly projectId: string;
  /** In input order (file order, then row order); at least two. */
  readonly rows: readonly Project[];
  /** True when every row holds the same value in every template column. */
  readonly identical: boolean;
}

/** Same values in every column key (the row's source aside). */
function sameRow(a: Project, b: Project): boolean {
  const left = a as unknown as Readonly<Record<string, unknown>>;
  const right = b as unknown as Readonly<Record<string, unknown>>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (key === "src") continue;
    if ((left[key] ?? null) !== (right[key] ?? null)) return false;
  }
  return true;
}

/**
 * Project IDs used by more than one Projects row (within a file or across files), in order of
 * first use. Rows without an ID are not grouped (the reader reports them).
 * @example projectIdGroups([p1, p2, p1Copy]) // [{ projectId: "P1", rows: [p1, p1Copy], identical: true }]
 */
export function projectIdGroups(projects: readonly Project[]): ProjectIdGroup[] {
  const byId = new Map<string, Project[]>();
  let repeated = false;
  for (const project of projects) {
    const id = project.projectId as string | null;
    if (id === null || id === "") continue;
    const rows = byId.get(id);
    if (rows === undefined) byId.set(id, [project]);
    else {
      rows.push(project);
      repeated = true;
    }
  }
  if (!repeated) return [];
  const groups: ProjectIdGroup[] = [];
  for (const [projectId, rows] of byId) {
    if (rows.length < 2) continue;
    const first = rows[0] as Project;
    groups.push({ projectId, rows, identical: rows.every((row) => sameRow(first, row)) });
  }
  return groups;
}
