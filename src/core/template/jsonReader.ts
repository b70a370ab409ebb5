/**
 * Small typed readers for JSON written by hand (a PMO's template): each check records a problem
 * with the JSON path where it is (`tables[2].columns[4].type: ...`) and returns a usable fallback,
 * so one pass reports every problem rather than stopping at the first.
 */
export type JsonObject = Readonly<Record<string, unknown>>;

export class Problems {
  readonly list: string[] = [];

  add(path: string, message: string): void {
    this.list.push(path === "" ? message : `${path}: ${message}`);
  }
}

export function child(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path === "" ? key : `${path}.${key}`;
}

/** How a wrong value reads in a message: `"datetime"`, `12`, `an array`. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** An object with only the `allowed` properties (an unknown one is usually a typo: `requried`). */
export function readObject(
  value: unknown,
  path: string,
  allowed: readonly string[],
  problems: Problems,
): JsonObject | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.add(path, `must be an object {...}, found ${describe(value)}`);
    return null;
  }
  const obj = value as JsonObject;
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      problems.add(child(path, key), `is not a known property; use one of ${allowed.join(", ")}`);
    }
  }
  return obj;
}

export function readList(
  obj: JsonObject,
  key: string,
  path: string,
  problems: Problems,
  required: boolean,
): unknown[] {
  const value = obj[key];
  if (value === undefined) {
    if (required) problems.add(child(path, key), "is missing; it must be a list [...]");
    return [];
  }
  if (!Array.isArray(value)) {
    problems.add(child(path, key), `must be a list [...], found ${describe(value)}`);
    return [];
  }
  return value;
}

export function readText(obj: JsonObject, key: string, path: string, problems: Problems): string;
export function readText(
  obj: JsonObject,
  key: string,
  path: string,
  problems: Problems,
  optional: "optional",
): string | undefined;
export function readText(
  obj: JsonObject,
  key: string,
  path: string,
  problems: Problems,
  optional?: "optional",
): string | undefined {
  const value = obj[key];
  if (value === undefined) {
    if (optional) return undefined;
    problems.add(child(path, key), "is missing; it must be text");
    return "";
  }
  if (typeof value !== "string" || value.trim() === "") {
    problems.add(child(path, key), `must be non-empty text, found ${describe(value)}`);
    return optional ? undefined : "";
  }
  return value;
}

export function readBoolean(
  obj: JsonObject,
  key: string,
  path: string,
  problems: Problems,
): boolean | undefined {
  const value = obj[key];
  if (value === undefined || typeof value === "boolean") return value;
  problems.add(child(path, key), `must be true or false, found ${describe(value)}`);
  return undefined;
}

export function readNumber(
  obj: JsonObject,
  key: string,
  path: string,
  problems: Problems,
): number | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  problems.add(child(path, key), `must be a number, found ${describe(value)}`);
  return undefined;
}

/** A list of non-empty text; `minLength` items at least. */
export function readTextList(
  obj: JsonObject,
  key: string,
  path: string,
  problems: Problems,
  minLength: number,
): string[] | undefined {
  if (obj[key] === undefined) {
    if (minLength > 0)
      problems.add(child(path, key), `is missing; it must be a list of at least ${minLength} text value(s)`);
    return undefined;
  }
  const list = readList(obj, key, path, problems, false);
  const out: string[] = [];
  list.forEach((item, i) => {
    if (typeof item === "string" && item.trim() !== "") out.push(item);
    else problems.add(child(child(path, key), i), `must be non-empty text, found ${describe(item)}`);
  });
  if (Array.isArray(obj[key]) && list.length < minLength) {
    problems.add(child(path, key), `must list at least ${minLength} value(s)`);
  }
  return out;
}

/** One of a fixed set of words, with the set in the message when it is not. */
export function readChoice<T extends string>(
  obj: JsonObject,
  key: string,
  path: string,
  problems: Problems,
  choices: readonly T[],
  what: string,
): T | undefined {
  const value = obj[key];
  if (value === undefined) {
    problems.add(child(path, key), `is missing; use one of ${choices.join(", ")}`);
    return undefined;
  }
  if (typeof value === "string" && (choices as readonly string[]).includes(value)) return value as T;
  problems.add(child(path, key), `${describe(value)} is not ${what}; use one of ${choices.join(", ")}`);
  return undefined;
}
