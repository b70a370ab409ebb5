import type { NormRow } from "../model/portfolio";
import { nameKey } from "../model/names";

/** Separates the scope value from the value in a scoped key (cannot occur in cell text from Excel). */
const SCOPE_SEPARATOR = "\u0000";

/**
 * The values a `references` column may hold, built once per target (table, column) or (table,
 * scope column, column) and shared by every column that points there (five columns reference
 * projects.projectId). Numbers are keyed as text, as IDs are.
 */
export class ReferenceIndex {
  private readonly sets = new Map<string, ReadonlySet<string>>();
  private readonly scopes = new Map<string, ReadonlyMap<string, ReadonlySet<string>>>();
  private readonly folded = new Map<string, ReadonlyMap<string, string>>();
  private readonly names = new Map<string, ReadonlyMap<string, string>>();

  constructor(private readonly tables: Readonly<Record<string, readonly NormRow[]>>) {}

  /** Every non-blank value of `table.column`. */
  values(table: string, column: string): ReadonlySet<string> {
    const id = `${table}.${column}`;
    const cached = this.sets.get(id);
    if (cached) return cached;
    const set = new Set<string>();
    for (const row of this.rowsOf(table)) {
      const v = textOf(row[column]);
      if (v !== null) set.add(v);
    }
    this.sets.set(id, set);
    return set;
  }

  /**
   * The values of the target table by scope: scope value → the values of `column` in its rows (a
   * project's milestones). Nested sets rather than one set of joined keys: no string is built per row.
   */
  scoped(table: string, scopeColumn: string, column: string): ReadonlyMap<string, ReadonlySet<string>> {
    const id = `${table}.${scopeColumn}.${column}`;
    const cached = this.scopes.get(id);
    if (cached) return cached;
    const byScope = new Map<string, Set<string>>();
    for (const row of this.rowsOf(table)) {
      const v = textOf(row[column]);
      const scope = textOf(row[scopeColumn]);
      if (v === null || scope === null) continue;
      let set = byScope.get(scope);
      if (set === undefined) {
        set = new Set<string>();
        byScope.set(scope, set);
      }
      set.add(v);
    }
    this.scopes.set(id, byScope);
    return byScope;
  }

  /**
   * For hints only, built on the first miss: the lower-case form of each key → the key as
   * written, so "p-001" can be answered with "did you mean P-001?".
   */
  caseHint(set: ReadonlySet<string>, id: string, key: string): string | undefined {
    let map = this.folded.get(id);
    if (!map) {
      const built = new Map<string, string>();
      for (const k of set) if (!built.has(k.toLowerCase())) built.set(k.toLowerCase(), k);
      map = built;
      this.folded.set(id, map);
    }
    return map.get(key.toLowerCase());
  }

  /**
   * Scoped targets by `scope + SCOPE_SEPARATOR + nameKey(value)` → the value as first written: a
   * scoped reference names something within its scope (a milestone of a project) and matches it
   * trimmed and case-insensitively, as the dependency KPI does. Built on the first miss.
   */
  scopedNames(table: string, scopeColumn: string, column: string): ReadonlyMap<string, string> {
    const id = `${table}.${scopeColumn}.${column}`;
    const cached = this.names.get(id);
    if (cached) return cached;
    const map = new Map<string, string>();
    for (const [scope, values] of this.scoped(table, scopeColumn, column)) {
      for (const value of values) {
        const key = scopedNameKey(scope, value);
        if (!map.has(key)) map.set(key, value);
      }
    }
    this.names.set(id, map);
    return map;
  }

  private rowsOf(table: string): readonly NormRow[] {
    return Object.prototype.hasOwnProperty.call(this.tables, table) ? (this.tables[table] ?? []) : [];
  }
}

/** A cell as an identifier: text as is, numbers as text, blank (or anything else) as null. */
export function textOf(raw: unknown): string | null {
  if (typeof raw === "string") return raw === "" ? null : raw;
  if (typeof raw === "number") return String(raw);
  return null;
}

/** The key of `scopedNames`: the scope exactly, the name by `nameKey`. */
export function scopedNameKey(scope: string, value: string): string {
  return scope + SCOPE_SEPARATOR + nameKey(value);
}
