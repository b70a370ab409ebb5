import type { Project } from "../model/portfolio";

/**
 * The projects the KPIs count: one per Project ID, the first row winning (as for resources). A
 * repeated ID is an error finding already; counting both rows would double the totals and give
 * each row the ID's whole labour cost. Rows without an ID (an invalid cell) are all kept.
 * @example uniqueProjects([p1, p2, p1Again]) // [p1, p2]
 */
export function uniqueProjects(projects: readonly Project[]): readonly Project[] {
  const seen = new Set<string>();
  const unique: Project[] = [];
  for (const project of projects) {
    const id = project.projectId as string | null;
    if (id !== null) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    unique.push(project);
  }
  return unique.length === projects.length ? projects : unique;
}
