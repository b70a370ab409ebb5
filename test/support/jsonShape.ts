/**
 * A tiny shape checker for the KPI JSON: every key a shape names must be present with the given
 * type (extra keys are allowed: documented additions). Returns the problems as `path: reason`.
 */
export type Shape =
  | "number"
  | "number|null"
  | "string"
  | "string|null"
  | "boolean"
  /** `YYYY-MM-DD` */
  | "date"
  /** `YYYY-MM` */
  | "month"
  | readonly [Shape]
  | { readonly [key: string]: Shape };

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function scalarProblem(value: unknown, shape: string): string | null {
  const nullable = shape.endsWith("|null");
  if (value === null) return nullable ? null : "is null";
  switch (shape.replace("|null", "")) {
    case "number":
      return typeof value === "number" && Number.isFinite(value)
        ? null
        : `is ${JSON.stringify(value)}, not a number`;
    case "string":
      return typeof value === "string" ? null : `is ${JSON.stringify(value)}, not a string`;
    case "boolean":
      return typeof value === "boolean" ? null : `is ${JSON.stringify(value)}, not a boolean`;
    case "date":
      return typeof value === "string" && ISO_DATE.test(value)
        ? null
        : `is ${JSON.stringify(value)}, not YYYY-MM-DD`;
    case "month":
      return typeof value === "string" && ISO_MONTH.test(value)
        ? null
        : `is ${JSON.stringify(value)}, not YYYY-MM`;
    default:
      return `unknown shape ${shape}`;
  }
}

export function shapeProblems(value: unknown, shape: Shape, path = "$"): string[] {
  if (typeof shape === "string") {
    const problem = scalarProblem(value, shape);
    return problem === null ? [] : [`${path}: ${problem}`];
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return [`${path}: not an array`];
    const element = (shape as readonly [Shape])[0];
    return value.flatMap((item, i) => shapeProblems(item, element, `${path}[${i}]`));
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [`${path}: not an object`];
  const record = value as Record<string, unknown>;
  return Object.entries(shape as { readonly [key: string]: Shape }).flatMap(([key, inner]) =>
    key in record ? shapeProblems(record[key], inner, `${path}.${key}`) : [`${path}.${key}: missing`],
  );
}
