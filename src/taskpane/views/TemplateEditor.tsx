/**
 * The custom template as a list a PMO edits without writing JSON: tables and their columns (header,
 * aliases, type, allowed values, required), added, removed and reordered. It edits the same JSON
 * text the Settings view checks with parseTemplate, so the errors shown are those of `--template`,
 * and every property the list does not show (rules, bounds, references) is kept as it was.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Input,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { COLUMN_TYPES } from "../../core/template/templateDraft";
import { placeTemplateError, type PlacedTemplateError } from "../templateErrors";

type Json = Record<string, unknown>;

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  table: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  column: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  grow: { flexGrow: 1, minWidth: "8em" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  icon: { minWidth: "auto" },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, flexBasis: "100%" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface TemplateEditorProps {
  /** The template JSON as text (what Settings saves). */
  readonly text: string;
  readonly onChange: (text: string) => void;
  /** parseTemplate's errors for the text; each is shown under the table or column it names. */
  readonly errors?: readonly string[];
}

/** The controls a column error can point at, by the template property it names. */
const FIELD_OF_CONTROL = {
  header: ["header", "key"],
  aliases: ["aliases"],
  type: ["type"],
  values: ["enum"],
};

function ErrorList({ id, errors }: { id: string; errors: readonly PlacedTemplateError[] }) {
  const styles = useStyles();
  if (errors.length === 0) return null;
  return (
    <ul id={id} className={styles.errors}>
      {errors.map((e, n) => (
        <li key={n}>
          <Caption1 className={styles.error}>{e.message}</Caption1>
        </li>
      ))}
    </ul>
  );
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The template as objects, or null when the text is not a template-shaped JSON object. */
function parse(text: string): { template: Json; tables: Json[] } | null {
  try {
    const value: unknown = JSON.parse(text);
    if (!isObject(value) || !Array.isArray(value["tables"])) return null;
    const tables = value["tables"] as unknown[];
    if (
      !tables.every(
        (t) => isObject(t) && Array.isArray(t["columns"]) && (t["columns"] as unknown[]).every(isObject),
      )
    ) {
      return null;
    }
    return { template: value, tables: tables as Json[] };
  } catch {
    return null;
  }
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item !== undefined && to >= 0 && to <= out.length) out.splice(to, 0, item);
  else if (item !== undefined) out.splice(from, 0, item);
  return out;
}

const words = (value: unknown): string =>
  Array.isArray(value) ? value.filter((v) => typeof v === "string").join(", ") : "";
const list = (text: string): string[] =>
  text
    .split(",")
    .map((w) => w.trim())
    .filter((w) => w !== "");

function freeKey(base: string, taken: readonly unknown[]): string {
  let n = 1;
  while (taken.includes(`${base}${n}`)) n++;
  return `${base}${n}`;
}

export function TemplateEditor({ text, onChange, errors = [] }: TemplateEditorProps) {
  const styles = useStyles();
  const placed = errors.map(placeTemplateError).filter((e): e is PlacedTemplateError => e !== null);
  // One table's columns open at a time keeps a long template short at 320 px (and quick to redraw).
  const [open, setOpen] = useState<number | null>(null);
  const parsed = parse(text);
  if (parsed === null) {
    return (
      <Caption1>
        The template below is not a JSON object with tables and columns; fix it in the JSON box to edit it as
        a list.
      </Caption1>
    );
  }
  const { template, tables } = parsed;
  const save = (next: Json[]) => onChange(`${JSON.stringify({ ...template, tables: next }, null, 2)}\n`);
  const setTable = (i: number, table: Json) => save(tables.map((t, j) => (j === i ? table : t)));
  const columnsOf = (table: Json) => table["columns"] as Json[];
  const setColumn = (i: number, k: number, patch: Json) => {
    const table = tables[i] ?? {};
    const columns = columnsOf(table).map((c, j) => (j === k ? dropUndefined({ ...c, ...patch }) : c));
    setTable(i, { ...table, columns });
  };
  const addTable = () => {
    setOpen(tables.length);
    save([
      ...tables,
      {
        key: freeKey(
          "table",
          tables.map((t) => t["key"]),
        ),
        name: "New table",
        columns: [{ key: "name", header: "Name", type: "text", required: true }],
      },
    ]);
  };
  const addColumn = (i: number) => {
    const table = tables[i] ?? {};
    const columns = columnsOf(table);
    setTable(i, {
      ...table,
      columns: [
        ...columns,
        {
          key: freeKey(
            "column",
            columns.map((c) => c["key"]),
          ),
          header: "New column",
          type: "text",
        },
      ],
    });
  };

  return (
    <div className={styles.list} aria-label="Template tables">
      {tables.map((table, i) => {
        const name = typeof table["name"] === "string" ? table["name"] : "";
        const tableErrors = placed.filter((e) => e.table === i && e.column === null);
        const hiddenErrors = open === i ? 0 : placed.filter((e) => e.table === i && e.column !== null).length;
        return (
          <section key={i} className={styles.table} aria-label={`Table ${name}`}>
            <ErrorList id={`template-table-${i}-errors`} errors={tableErrors} />
            <div className={styles.row}>
              <Subtitle2 as="h3">Table {i + 1}</Subtitle2>
              <Input
                className={styles.grow}
                aria-label={`Table ${i + 1} name`}
                value={name}
                onChange={(_e, d) => setTable(i, { ...table, name: d.value })}
              />
              <Button
                size="small"
                aria-label={`Move table ${name} up`}
                disabled={i === 0}
                onClick={() => save(move(tables, i, i - 1))}
              >
                ↑
              </Button>
              <Button
                size="small"
                aria-label={`Move table ${name} down`}
                disabled={i === tables.length - 1}
                onClick={() => save(move(tables, i, i + 1))}
              >
                ↓
              </Button>
              <Button
                size="small"
                aria-label={`Remove table ${name}`}
                onClick={() => save(tables.filter((_, j) => j !== i))}
              >
                Remove
              </Button>
            </div>
            <div className={styles.row}>
              <Button
                size="small"
                appearance="subtle"
                aria-expanded={open === i}
                onClick={() => setOpen(open === i ? null : i)}
              >
                {open === i ? "Hide" : "Show"} the {columnsOf(table).length} columns of{" "}
                {name === "" ? `table ${i + 1}` : name}
              </Button>
              {hiddenErrors > 0 && (
                <Caption1 className={styles.error}>
                  {hiddenErrors === 1 ? "1 problem" : `${hiddenErrors} problems`} in these columns
                </Caption1>
              )}
            </div>
            {open === i &&
              columnsOf(table).map((column, k) => {
                const header = typeof column["header"] === "string" ? column["header"] : "";
                const type = typeof column["type"] === "string" ? column["type"] : "text";
                const enumValues = isObject(column["enum"]) ? column["enum"]["values"] : undefined;
                const label = `${name} ${header}`;
                const columnErrors = placed.filter((e) => e.table === i && e.column === k);
                const errorId = `template-column-${i}-${k}-errors`;
                // The control an error names is marked invalid and described by the column's errors.
                const invalid = (control: keyof typeof FIELD_OF_CONTROL) =>
                  columnErrors.some((e) => e.field !== null && FIELD_OF_CONTROL[control].includes(e.field))
                    ? { "aria-invalid": true, "aria-describedby": errorId }
                    : {};
                return (
                  <div key={k} className={styles.column} role="group" aria-label={`Column ${label}`}>
                    <Input
                      className={styles.grow}
                      aria-label={`${label}: header`}
                      {...invalid("header")}
                      value={header}
                      onChange={(_e, d) => setColumn(i, k, { header: d.value })}
                    />
                    <Input
                      className={styles.grow}
                      aria-label={`${label}: aliases`}
                      {...invalid("aliases")}
                      placeholder="aliases, comma-separated"
                      value={words(column["aliases"])}
                      onChange={(_e, d) =>
                        setColumn(i, k, { aliases: list(d.value).length === 0 ? undefined : list(d.value) })
                      }
                    />
                    <Select
                      aria-label={`${label}: type`}
                      {...invalid("type")}
                      value={type}
                      onChange={(_e, d) =>
                        setColumn(i, k, {
                          type: d.value,
                          enum:
                            d.value === "enum"
                              ? isObject(column["enum"])
                                ? column["enum"]
                                : { values: [] }
                              : undefined,
                        })
                      }
                    >
                      {COLUMN_TYPES.map((t) => (
                        <option key={t} value={t}>
                          {t}
                        </option>
                      ))}
                    </Select>
                    {type === "enum" && (
                      <Input
                        className={styles.grow}
                        aria-label={`${label}: allowed values`}
                        {...invalid("values")}
                        placeholder="allowed values, comma-separated"
                        value={words(enumValues)}
                        onChange={(_e, d) =>
                          setColumn(i, k, {
                            enum: {
                              ...(isObject(column["enum"]) ? column["enum"] : {}),
                              values: list(d.value),
                            },
                          })
                        }
                      />
                    )}
                    <Checkbox
                      label="Required"
                      checked={column["required"] === true}
                      onChange={(_e, d) =>
                        setColumn(i, k, { required: d.checked === true ? true : undefined })
                      }
                    />
                    <Button
                      size="small"
                      className={styles.icon}
                      aria-label={`Move ${label} up`}
                      disabled={k === 0}
                      onClick={() => setTable(i, { ...table, columns: move(columnsOf(table), k, k - 1) })}
                    >
                      ↑
                    </Button>
                    <Button
                      size="small"
                      className={styles.icon}
                      aria-label={`Move ${label} down`}
                      disabled={k === columnsOf(table).length - 1}
                      onClick={() => setTable(i, { ...table, columns: move(columnsOf(table), k, k + 1) })}
                    >
                      ↓
                    </Button>
                    <Button
                      size="small"
                      className={styles.icon}
                      aria-label={`Remove ${label}`}
                      onClick={() =>
                        setTable(i, { ...table, columns: columnsOf(table).filter((_, j) => j !== k) })
                      }
                    >
                      ✕
                    </Button>
                    <ErrorList id={errorId} errors={columnErrors} />
                  </div>
                );
              })}
            {open === i && (
              <div className={styles.row}>
                <Button size="small" onClick={() => addColumn(i)}>
                  Add column to {name === "" ? `table ${i + 1}` : name}
                </Button>
              </div>
            )}
          </section>
        );
      })}
      <div className={styles.row}>
        <Button size="small" onClick={addTable}>
          Add table
        </Button>
      </div>
    </div>
  );
}

/** JSON has no undefined: a cleared property is removed. */
function dropUndefined(obj: Json): Json {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}
