import type { Resource } from "../model/portfolio";
import { compareText } from "./sortText";

/** The people of the Resources table, one per name (the first row wins; validation flags duplicates). */
export interface ResourceIndex {
  readonly resources: readonly Resource[];
  readonly indexOf: ReadonlyMap<string, number>;
}

export function indexResources(rows: readonly Resource[]): ResourceIndex {
  const resources: Resource[] = [];
  const indexOf = new Map<string, number>();
  for (const row of rows) {
    if (row.resource === null || indexOf.has(row.resource)) continue;
    indexOf.set(row.resource, resources.length);
    resources.push(row);
  }
  return { resources, indexOf };
}

export interface ResourceGroup {
  readonly key: string;
  /** Positions in the ResourceIndex, in input order. */
  readonly members: readonly number[];
}

/** Resources grouped by a field (role, department), groups sorted; people without a value are left out. */
export function groupResources(
  resources: readonly Resource[],
  pick: (resource: Resource) => string | null,
): ResourceGroup[] {
  const groups = new Map<string, number[]>();
  resources.forEach((resource, position) => {
    const key = pick(resource);
    if (key === null) return;
    const members = groups.get(key);
    if (members === undefined) groups.set(key, [position]);
    else members.push(position);
  });
  return [...groups.entries()]
    .map(([key, members]) => ({ key, members }))
    .sort((a, b) => compareText(a.key, b.key));
}
