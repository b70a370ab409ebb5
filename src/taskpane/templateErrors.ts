/**
 * Where a template error belongs in the list editor. parseTemplate names the place of each error
 * with a JSON path (`tables[0].columns[7].type: …`), so the editor can show it under that column,
 * beside the control it is about, as well as in the list under the JSON box.
 *
 * @example placeTemplateError('Custom template: tables[0].columns[7].type: "text" cannot be used…')
 * // { table: 0, column: 7, field: "type", message: '"text" cannot be used…' }
 */
export interface PlacedTemplateError {
  readonly table: number;
  /** null: about the table itself (its name, key or list of columns). */
  readonly column: number | null;
  /** The column property the error is about (`header`, `type`, `enum`, …), when named. */
  readonly field: string | null;
  readonly message: string;
}

const PATH = /(?:^|\s)tables\[(\d+)\](?:\.columns\[(\d+)\](?:\.(\w+))?)?[^:\s]*: (.+)$/s;

export function placeTemplateError(error: string): PlacedTemplateError | null {
  const match = PATH.exec(error);
  if (match === null) return null;
  const [, table, column, field, message] = match;
  return {
    table: Number(table),
    column: column === undefined ? null : Number(column),
    field: field ?? null,
    message: message ?? "",
  };
}
