import type { Finding } from "../model/finding";
import type { CellValue, NormRow, TableBinding } from "../model/portfolio";
import type { RawScalar, RawSheet } from "../model/raw";
import type { DateOrder } from "../model/settings";
import { cellAddress as a1, columnLetters } from "../model/a1";
import { headerKey } from "../model/names";
import { columnNames } from "../template/tableNames";
import { PHASE, PROJECT_ID, PROJECT_NAME, PROJECTS_TABLE, RAG_STATUS } from "../template/keys";
import { statusWords } from "./lifecycleAsPhase";
import { STANDARD_TEMPLATE } from "../template/standardTemplate";
import { checkNumber } from "./readCell";
import type { ColumnDef, TableDef } from "../template/types";
import { createColumnParser } from "../values/columnParser";
import { isExcelError } from "../values/excelError";
import { enumReader } from "../values/enumValue";
import { absentColumn, type ColumnPlan } from "./columnPlan";
import { sheetFinding } from "./findings";
import { isTotalsLabel } from "./totalsLabel";
import { TableSink } from "./tableSink";

const STANDARD_PROJECT_KEYS =
  STANDARD_TEMPLATE.tables.find((t) => t.key === PROJECTS_TABLE)?.columns.map((c) => c.key) ?? [];

/** Rows and columns of a sheet looked at for a status report's labels (a one-page form). */
const FORM_ROWS = 60;
const FORM_COLUMNS = 12;
/** Cells right of a label where its value may sit (labels are often merged over two or three). */
const VALUE_REACH = 4;
/** A label is short; longer text is a sentence, never tried (untrusted text). */
const MAX_LABEL_LENGTH = 40;
/** Fields a sheet needs to be a project's form: a name or ID and enough of the rest to be a report. */
const MIN_FIELDS = 4;

/** One field of a form: the label as written, its cell, and its value's cell (0-based grid indexes). */
export interface FormField {
  readonly def: ColumnDef;
  readonly label: string;
  readonly labelRow: number;
  readonly labelCol: number;
  /** The value's grid cell, or null when the label has none beside it. */
  readonly value: { readonly row: number; readonly col: number } | null;
}

/** A single project's status report laid out as a form (labels down a column, values beside them). */
export interface ProjectForm {
  readonly sheet: RawSheet;
  readonly fields: readonly FormField[];
}

function isBlank(value: RawScalar): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** Projects' column of a cell's text as a label (`Project Name:`, `Budget ($)*`), else undefined. */
function labelColumn(value: RawScalar, columns: ReadonlyMap<string, ColumnDef>): ColumnDef | undefined {
  if (typeof value !== "string" || value.length > MAX_LABEL_LENGTH) return undefined;
  const label = value
    .trim()
    .replace(/[:*]+$/, "")
    .trim();
  return label === "" ? undefined : columns.get(headerKey(label));
}

/** A label as written, without its trailing colon or asterisk. */
function labelText(value: RawScalar): string {
  return String(value)
    .trim()
    .replace(/[:*]+$/, "")
    .trim();
}

/** Adjacent text cells that make a row the header of a block laid out across (not label: value pairs). */
const BLOCK_WIDTH = 4;

/**
 * A status report's block laid out across, `Overall | Scope | Schedule | Budget | Quality` over
 * one row of ratings, or a budget table's `Category | Budget | Actual | Variance`: four or more
 * adjacent text cells, under two thirds of them the Projects table's labels (a Projects sheet's
 * own header row is nearly all labels, and stays no form). Read as label and value, `Overall`
 * was "Scope" and `Actual` was "Variance".
 */
function isBlockHeader(
  grid: RawSheet["cells"],
  r: number,
  width: number,
  columns: ReadonlyMap<string, ColumnDef>,
): boolean {
  let run = 0;
  let longest = 0;
  let labels = 0;
  for (let c = 0; c < width; c++) {
    const v = grid.value(r, c);
    if (typeof v === "string" && v.trim() !== "") {
      run++;
      if (labelColumn(v, columns) !== undefined) labels++;
    } else run = 0;
    if (run > longest) longest = run;
  }
  return longest >= BLOCK_WIDTH && labels * 3 < longest * 2;
}

/**
 * The cell under a block header's label when the block has one row of values (the row after it
 * is blank there): a table's first line item under `Budget` is not the project's budget.
 */
function oneRowBelow(grid: RawSheet["cells"], r: number, c: number): { row: number; col: number } | null {
  if (r + 1 >= grid.height || isBlank(grid.value(r + 1, c))) return null;
  return r + 2 < grid.height && !isBlank(grid.value(r + 2, c)) ? null : { row: r + 1, col: c };
}

/** Rows a block's totals row is looked for under its header. */
const BLOCK_ROWS = 30;

/**
 * A block of line items under its header (`Category | Budget | Actual`, then Labor, Software …,
 * then `Total`): the cell of its totals row under the label, the project's figure. Null when the
 * block ends (a blank row) without one.
 */
function blockTotal(
  grid: RawSheet["cells"],
  r: number,
  c: number,
  width: number,
): { row: number; col: number } | null {
  for (let row = r + 1; row < Math.min(grid.height, r + 1 + BLOCK_ROWS); row++) {
    let first: RawScalar = null;
    for (let col = 0; col < width && first === null; col++) {
      const v = grid.value(row, col);
      if (!isBlank(v)) first = v;
    }
    if (first === null) return null;
    if (typeof first === "string" && isTotalsLabel(first.trim())) return { row, col: c };
  }
  return null;
}

/** Whether a value can be the column's: a rating for a list column, a number for an amount or date. */
function fitsColumn(def: ColumnDef, value: RawScalar): boolean {
  if (def.enum !== undefined) return typeof value === "string" && enumReader(def.enum)(value) !== null;
  if (def.type === "text" || def.type === "id") return typeof value === "string" || typeof value === "number";
  return typeof value === "number";
}

/**
 * A sheet that holds one project as a form: `Project Name: | Apollo`, `Project Manager: | Ann Lee`,
 * `Budget: | 120000`, down a column or two (the project status report PMs send as often as any
 * tracker). Labels are the Projects table's headers and aliases, a trailing colon or asterisk
 * allowed; each label's value is the first filled cell right of it in its row (within four cells).
 * A label whose right-hand neighbour is another label is a table's header row, not a form; a label
 * in the header of a block laid out across takes the value under it (`isBlockHeader`). Needs a
 * Project ID or Project Name and four fields at least; null otherwise. The first label of a column
 * counts.
 */
export function findProjectForm(sheet: RawSheet, table: TableDef): ProjectForm | null {
  if (sheet.unreadable !== undefined) return null;
  const columns = new Map<string, ColumnDef>();
  for (const def of table.columns) {
    for (const name of columnNames(def)) if (!columns.has(headerKey(name))) columns.set(headerKey(name), def);
  }
  const fields = new Map<string, FormField>();
  const grid = sheet.cells;
  for (let r = 0; r < Math.min(FORM_ROWS, grid.height); r++) {
    const width = Math.min(FORM_COLUMNS, grid.width(r));
    const block = isBlockHeader(grid, r, width, columns);
    for (let c = 0; c < width; c++) {
      const def = labelColumn(grid.value(r, c), columns);
      // A label left without a value (a sheet title `Project Budget`) gives way to a later one with a value.
      if (def === undefined || fields.get(def.key)?.value != null) continue;
      if (block) {
        // A one-row block's header (`Overall | Scope | Schedule | Budget`): the value is below it.
        const below = oneRowBelow(grid, r, c) ?? blockTotal(grid, r, c, width);
        if (below !== null && fitsColumn(def, grid.value(below.row, below.col))) {
          fields.set(def.key, {
            def,
            label: labelText(grid.value(r, c)),
            labelRow: r,
            labelCol: c,
            value: below,
          });
        }
        continue;
      }
      let value: FormField["value"] = null;
      for (let v = c + 1; v <= c + VALUE_REACH && v < grid.width(r); v++) {
        const raw = grid.value(r, v);
        if (isBlank(raw)) continue;
        // A label right beside a label is a table's header row, which is no form; one further on
        // is the next field, this one left empty.
        if (labelColumn(raw, columns) !== undefined) {
          if (v === c + 1) return null;
          break;
        }
        value = { row: r, col: v };
        break;
      }
      // A banner's label over its value (`TOTAL BUDGET` above the amount, the next banner's label
      // beside it): with nothing beside it, or only words where an amount or date belongs, the
      // number, date or rating right below (never a text, which in a form laid out down a column
      // is the next label).
      const beside = value === null ? null : grid.value(value.row, value.col);
      const wordsOnly = typeof beside === "string" && !/\d/.test(beside) && def.enum === undefined;
      if ((value === null || wordsOnly) && def.type !== "text" && def.type !== "id" && r + 1 < grid.height) {
        const below = grid.value(r + 1, c);
        if (labelColumn(below, columns) === undefined && fitsColumn(def, below))
          value = { row: r + 1, col: c };
      }
      const label = labelText(grid.value(r, c));
      // A section's title in capitals (`BUDGET` over the budget table) is no field left empty.
      if (value === null && label === label.toUpperCase() && label !== label.toLowerCase()) continue;
      if (value === null && fields.has(def.key)) continue;
      fields.set(def.key, { def, label, labelRow: r, labelCol: c, value });
    }
  }
  const filled = [...fields.values()].filter((f) => f.value !== null);
  const named = filled.some((f) => f.def.key === PROJECT_ID || f.def.key === PROJECT_NAME);
  if (!named || filled.length < MIN_FIELDS) return null;
  return { sheet, fields: [...fields.values()] };
}

/** What reading a form needs besides the form. */
export interface FormReadInput {
  readonly file: string;
  readonly table: TableDef;
  readonly date1904: boolean;
  readonly dateOrder: DateOrder;
  readonly currency: string;
}

/** A form field as the sink and parsers see a column: its value cell's letters, its label as header. */
function fieldPlan(form: ProjectForm, field: FormField, col: number): ColumnPlan {
  return {
    ...absentColumn(field.def),
    index: col,
    header: field.label,
    letters: columnLetters(form.sheet.left + col),
  };
}

/** One field's value, parsed as its column's cells are, problems reported at its cell. */
function readField(form: ProjectForm, field: FormField, input: FormReadInput, sink: TableSink): CellValue {
  const { sheet } = form;
  const at = field.value;
  if (at === null) return null;
  const sheetRow = sheet.top + at.row;
  const raw = sheet.cells.value(at.row, at.col);
  const format = sheet.cells.format(at.row, at.col);
  const plan = fieldPlan(form, field, at.col);
  sink.row = sheetRow;
  sink.plan = plan;
  if (raw === null) return null;
  const value = typeof raw === "string" ? raw.trim() : raw;
  if (typeof value === "string" && isExcelError(value)) {
    sink.error(
      "excel-error",
      `${field.label} holds the Excel error ${value}; correct the formula or the value.`,
    );
    return null;
  }
  const parser = createColumnParser({
    column: field.def,
    header: field.label,
    dateOrder: input.dateOrder,
    date1904: input.date1904,
    currency: input.currency,
    addressOf: () => a1(sheetRow, sheet.left + at.col),
    cells: { length: 1, value: () => raw, format: () => format },
  });
  const parsed = parser.parse(value, format, sink);
  // Bounds and overflow as for a table's cell: a form's Budget is an amount like any other.
  return typeof parsed === "number"
    ? checkNumber({ sink, input: { dateOrder: input.dateOrder } }, plan, parsed, sheetRow)
    : parsed;
}

/**
 * Reads a project's form as its one Projects row: each field parsed as its column's cells are
 * (findings at the value's own cell), the ID the Project ID's value or else the name's. Findings:
 * one info that the sheet was read as a form, and one error per required field it does not give.
 * The binding places each column at its value's cell (`row` of each column), so the validator's
 * findings name those cells too.
 */
export function readProjectForm(
  form: ProjectForm,
  input: FormReadInput,
  findings: Finding[],
): { row: NormRow | null; binding: TableBinding } {
  const { file, table } = input;
  const { sheet } = form;
  const sink = new TableSink(file, sheet.name, findings);
  const byKey = new Map(form.fields.map((f) => [f.def.key, f]));
  const asPhase = statusAsPhase(form, table, byKey);
  if (asPhase !== null) {
    byKey.delete(RAG_STATUS);
    byKey.set(PHASE, asPhase.field);
    findings.push(asPhase.finding(file));
  }
  const nameField = byKey.get(PROJECT_NAME);
  const anchor = nameField ?? byKey.get(PROJECT_ID) ?? (form.fields[0] as FormField);
  const labelCell = (f: FormField): string => a1(sheet.top + f.labelRow, sheet.left + f.labelCol);
  findings.push(formFinding(file, form, labelCell));
  const values: Record<string, CellValue> = {};
  for (const def of table.columns) {
    const field = byKey.get(def.key);
    values[def.key] = field === undefined ? null : readField(form, field, input, sink);
  }
  sink.plan = null;
  sink.flushNotes();
  const idFromName = !byKey.has(PROJECT_ID) || byKey.get(PROJECT_ID)?.value === null;
  if (idFromName) values[PROJECT_ID] = values[PROJECT_NAME] ?? null;
  const missing: string[] = [];
  for (const def of table.columns) {
    const idStandIn = def.key === PROJECT_ID && idFromName;
    if (def.required !== true || (values[def.key] !== null && !idStandIn)) continue;
    const field = byKey.get(def.key);
    if (!idStandIn && field !== undefined && field.value !== null) continue; // read, reported as invalid
    missing.push(def.key);
    findings.push(missingFieldFinding(file, sheet, def, field, idFromName, labelCell(field ?? anchor)));
  }
  const columns: Record<string, { col: number; header: string; row: number }> = {};
  for (const field of form.fields) {
    const at = field.value ?? { row: field.labelRow, col: field.labelCol };
    columns[field.def.key] = { col: sheet.left + at.col, header: field.label, row: sheet.top + at.row };
  }
  if (idFromName && nameField !== undefined && columns[PROJECT_NAME] !== undefined)
    columns[PROJECT_ID] = columns[PROJECT_NAME];
  const srcRow = sheet.top + (anchor.value?.row ?? anchor.labelRow);
  const binding: TableBinding = {
    table: table.key,
    file,
    sheet: sheet.name,
    headerRow: sheet.top + Math.min(...form.fields.map((f) => f.labelRow)),
    columns,
    missingRequired: missing,
    unknownHeaders: [],
    form: true,
  };
  // Every standard Projects key, as the row reader gives them, even where a custom template drops one.
  for (const key of STANDARD_PROJECT_KEYS) if (!(key in values)) values[key] = null;
  const id = values[PROJECT_ID];
  const row =
    typeof id === "string" ? ({ src: { file, sheet: sheet.name, row: srcRow }, ...values } as NormRow) : null;
  return { row, binding };
}

/**
 * A form without a Phase field whose status field gives a life-cycle word (`Status: In Progress`)
 * rather than a rating: that field is read as the Phase, with the life-cycle words, as a tracker's
 * status column is (`readLifecycleAsPhase`); the RAG is then missing. Null otherwise.
 */
function statusAsPhase(
  form: ProjectForm,
  table: TableDef,
  byKey: ReadonlyMap<string, FormField>,
): { field: FormField; finding: (file: string) => Finding } | null {
  const status = byKey.get(RAG_STATUS);
  const at = status?.value ?? null;
  const words = statusWords(table);
  if (status === undefined || at === null || byKey.has(PHASE) || words === null) return null;
  const { phaseDef } = words;
  const raw = form.sheet.cells.value(at.row, at.col);
  const text = typeof raw === "string" ? raw.trim() : "";
  const phase = text === "" || words.rating(text) !== null ? null : words.phase(text);
  if (phase === null) return null;
  const row = form.sheet.top + at.row;
  const cell = a1(row, form.sheet.left + at.col);
  return {
    field: { ...status, def: phaseDef },
    finding: (file) =>
      sheetFinding(
        file,
        form.sheet.name,
        "warning",
        "status-read-as-phase",
        `${status.label} (${cell}) gives a life-cycle word, not a RAG rating: "${text}" is read as the ` +
          `${phaseDef.header} (${phase}). Add a "RAG:" line with the project's rating (Green, Amber, Red).`,
        { cell, row, column: status.label },
      ),
  };
}

function formFinding(file: string, form: ProjectForm, labelCell: (f: FormField) => string): Finding {
  const shown = form.fields.slice(0, 4).map((f) => `${f.label} in ${labelCell(f)}`);
  const more = form.fields.length > 4 ? ", …" : "";
  return sheetFinding(
    file,
    form.sheet.name,
    "info",
    "project-form",
    `Sheet "${form.sheet.name}" was read as one project's status report laid out as a form: its labels ` +
      `(${shown.join(", ")}${more}) with the values beside them are the project's row in the Projects table. ` +
      `The PMO template's Projects sheet makes that certain.`,
  );
}

function missingFieldFinding(
  file: string,
  sheet: RawSheet,
  def: ColumnDef,
  field: FormField | undefined,
  idFromName: boolean,
  cell: string,
): Finding {
  const row = Number(/\d+$/.exec(cell)?.[0] ?? 0);
  const byName = "the project is identified by its name instead, so a renamed project starts a new history";
  const message =
    def.key === PROJECT_ID && idFromName
      ? field === undefined
        ? `Sheet "${sheet.name}" gives no ${def.header}, which the Projects table requires: ${byName}. Add a ` +
          `"${def.header}:" line with the PMO's ID.`
        : `${field.label} (${cell}) has no value beside it, and the Projects table requires it: ${byName}. ` +
          `Enter the PMO's ID in the cell to its right.`
      : field === undefined
        ? `Sheet "${sheet.name}" gives no ${def.header}, which the Projects table requires: add ` +
          `${/^[AEIOU]/i.test(def.header) ? "an" : "a"} "${def.header}:" line with the project's value beside it.`
        : `${field.label} (${cell}) has no value beside it; it is required, so enter it in the cell to its right.`;
  return sheetFinding(
    file,
    sheet.name,
    "error",
    field === undefined ? "required-column-missing" : "required-missing",
    message,
    {
      cell,
      row,
      column: field?.label ?? def.header,
    },
  );
}
