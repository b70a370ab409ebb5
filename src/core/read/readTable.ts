import type { Finding, Severity } from "../model/finding";
import type { CellValue, NormRow, SourceRef } from "../model/portfolio";
import type { RawScalar, RawSheet } from "../model/raw";
import type { DateOrder } from "../model/settings";
import type { ColumnDef, TableDef } from "../template/types";
import type { CellParser, CellSink, ColumnNotice, NoteDescriber } from "../values/types";
import { isoFromMonth } from "../model/calendar";
import { createColumnParser } from "../values/columnParser";
import { isExcelError } from "../values/excelError";
import { formatDay, formatNumber } from "../values/formatValue";
import { cellAddress as a1, columnLetters, parseCellAddress as parseA1 } from "../model/a1";
import { STANDARD_TEMPLATE } from "../template/standardTemplate";
import type { HeaderMatch } from "./findHeader";
import { quotedList, sheetFinding } from "./findings";

export interface TableReadInput {
  readonly file: string;
  readonly sheet: RawSheet;
  readonly table: TableDef;
  readonly match: HeaderMatch;
  readonly date1904: boolean;
  readonly dateOrder: DateOrder;
  /**
   * Single-project workbooks: the project that rows without a `projectId` column (or with it blank)
   * belong to; null otherwise.
   */
  readonly defaultProjectId: string | null;
}

/** The column key that names a row's project (spec: single-project rule and per-project findings). */
const PROJECT_KEY = "projectId";

/** Everything decided once per template column before the row loop. */
interface ColumnPlan {
  readonly key: string;
  readonly def: ColumnDef;
  /** 0-based index into a row, or -1 when the sheet has no such column. */
  readonly index: number;
  readonly header: string;
  readonly letters: string;
  readonly parse: CellParser | null;
  readonly usesFormat: boolean;
  /** Values of vertically merged cells by data row index (the merge's top value applies to every row). */
  readonly fill: ReadonlyMap<number, RawScalar> | null;
  /** Row indexes of formula cells without a computed value. */
  readonly uncalculated: ReadonlySet<number> | null;
  readonly notices: readonly ColumnNotice[];
}

/**
 * Column keys of each standard table. The typed views (`Project`, `Milestone`, …) promise every one
 * of them, so a custom template that drops an optional standard column still gives it as null
 * (undefined would vanish from the KPI JSON and read as "filled" to `!== null` checks).
 */
const STANDARD_KEYS: ReadonlyMap<string, readonly string[]> = new Map(
  STANDARD_TEMPLATE.tables.map((t) => [t.key, t.columns.map((c) => c.key)]),
);

const TOTALS_LABELS: ReadonlySet<string> = new Set(["total", "totals", "grand total", "grand totals"]);

/** A row's first text `Total`, `Totals` or `Grand Total` (a trailing colon allowed) marks a totals row. */
export function isTotalsLabel(text: string): boolean {
  // Cheap rejection first: this runs on the first text cell of every row.
  if (text.length > 16) return false;
  const c = text.charCodeAt(0) | 0x20;
  if (c !== 0x74 /* t */ && c !== 0x67 /* g */ && c !== 0x20 /* space */ && c !== 0x29 /* tab */)
    return false;
  // Names such as "Tom Smith" stop here: "total…" and "grand…" have o or r second (after any spaces).
  const trimmed = text.trimStart();
  const second = trimmed.charCodeAt(1) | 0x20;
  if (second !== 0x6f /* o */ && second !== 0x72 /* r */) return false;
  const key = text.trim().toLowerCase().replace(/\s+/g, " ").replace(/:$/, "");
  return TOTALS_LABELS.has(key);
}

function isBlankText(text: string): boolean {
  return text.length === 0 || text.trim().length === 0;
}

/** A value as a PM reads it in a range message. */
function display(def: ColumnDef, value: number, dateOrder: DateOrder): string {
  switch (def.type) {
    case "percent":
    case "fraction":
      return `${formatNumber(value * 100)} %`;
    case "date":
      return formatDay(value, dateOrder);
    case "month":
      return isoFromMonth(value);
    default:
      return formatNumber(value);
  }
}

interface NoteTally {
  readonly plan: ColumnPlan;
  readonly rule: string;
  readonly describe: NoteDescriber;
  readonly firstRow: number;
  count: number;
  readonly cells: string[];
  projectId: string | null;
  mixedProjects: boolean;
}

/**
 * The sink parsers report to. The row loop points it at the current cell (`row`, `plan`, `projectId`)
 * and it builds findings only when something is reported, so a clean cell costs nothing.
 */
class TableSink implements CellSink {
  row = 0;
  plan: ColumnPlan | null = null;
  projectId: string | null = null;
  private readonly tallies = new Map<string, NoteTally>();

  constructor(
    private readonly file: string,
    private readonly sheet: string,
    private readonly findings: Finding[],
  ) {}

  error(rule: string, message: string): void {
    this.report("error", rule, message);
  }

  warn(rule: string, message: string): void {
    this.report("warning", rule, message);
  }

  note(rule: string, describe: NoteDescriber): void {
    const plan = this.plan;
    if (plan === null) return;
    const id = `${plan.key}\u0000${rule}`;
    let tally = this.tallies.get(id);
    if (tally === undefined) {
      tally = {
        plan,
        rule,
        describe,
        firstRow: this.row,
        count: 0,
        cells: [],
        projectId: this.projectId,
        mixedProjects: false,
      };
      this.tallies.set(id, tally);
    }
    tally.count++;
    if (tally.cells.length < 4) tally.cells.push(plan.letters + this.row);
    if (tally.projectId !== this.projectId) tally.mixedProjects = true;
  }

  report(severity: Severity, rule: string, message: string): void {
    const plan = this.plan;
    this.findings.push(
      this.finding(severity, rule, message, {
        cell: plan ? plan.letters + this.row : "",
        row: this.row,
        column: plan?.header ?? null,
        projectId: this.projectId,
      }),
    );
  }

  /** One warning per (column, rule) for the noted cells, naming the first few. */
  flushNotes(): void {
    for (const t of this.tallies.values()) {
      const cells = t.cells.slice(0, 3).join(", ") + (t.count > 3 ? ", …" : "");
      const projectId = t.mixedProjects ? null : t.projectId;
      this.findings.push(
        this.finding("warning", t.rule, t.describe(t.count, cells), {
          cell: t.plan.letters + t.firstRow,
          row: t.firstRow,
          column: t.plan.header,
          projectId,
        }),
      );
    }
    this.tallies.clear();
  }

  private finding(
    severity: Severity,
    rule: string,
    message: string,
    at: { cell: string; row: number; column: string | null; projectId: string | null },
  ): Finding {
    const { cell, row, column, projectId } = at;
    const base = { file: this.file, sheet: this.sheet, cell, row, column, severity, rule, message };
    return projectId === null ? base : { ...base, projectId };
  }
}

function planColumns(input: TableReadInput): ColumnPlan[] {
  const { sheet, table, match, date1904, dateOrder } = input;
  const { dataStart, dataEnd } = match;
  const uncalculatedCells = (sheet.uncalculated ?? []).map(parseA1);
  return table.columns.map((def): ColumnPlan => {
    const bound = match.columns.get(def.key);
    if (bound === undefined) {
      return {
        key: def.key,
        def,
        index: -1,
        header: def.header,
        letters: "",
        parse: null,
        usesFormat: false,
        fill: null,
        uncalculated: null,
        notices: [],
      };
    }
    const { index, header } = bound;
    const sheetCol = sheet.left + index;
    const fill = new Map<number, RawScalar>();
    for (const m of sheet.merges ?? []) {
      const top = m.top - sheet.top;
      if (m.left !== sheetCol || m.bottom <= m.top || top < dataStart) continue;
      const value = sheet.values[top]?.[index] ?? null;
      if (value === null || (typeof value === "string" && isBlankText(value))) continue;
      for (let r = top + 1; r <= Math.min(m.bottom - sheet.top, dataEnd - 1); r++) fill.set(r, value);
    }
    const uncalculated = new Set<number>();
    for (const cell of uncalculatedCells) {
      if (cell !== null && cell.col === sheetCol) uncalculated.add(cell.row - sheet.top);
    }
    const rawAt = (r: number): RawScalar => {
      const v = sheet.values[r]?.[index] ?? null;
      return v === null ? (fill.get(r) ?? null) : v;
    };
    const parser = createColumnParser({
      column: def,
      header,
      dateOrder,
      date1904,
      addressOf: (i) => a1(sheet.top + dataStart + i, sheetCol),
      cells: {
        length: dataEnd - dataStart,
        value: (i) => (uncalculated.has(dataStart + i) ? null : rawAt(dataStart + i)),
        format: (i) => sheet.formats?.[dataStart + i]?.[index] ?? null,
      },
    });
    return {
      key: def.key,
      def,
      index,
      header,
      letters: columnLetters(sheetCol),
      parse: parser.parse,
      usesFormat: parser.usesFormat,
      fill: fill.size > 0 ? fill : null,
      uncalculated: uncalculated.size > 0 ? uncalculated : null,
      notices: parser.notices,
    };
  });
}

/** Findings about the table's columns: required ones missing, unknown ones, and column-wide notices. */
function reportColumns(input: TableReadInput, plans: readonly ColumnPlan[], findings: Finding[]): void {
  const { file, sheet, table, match, defaultProjectId } = input;
  const sheetName = sheet.name;
  const headerRow = sheet.top + match.headerIndex;
  // Missing columns are reported at the first header cell of the header row.
  const headerIndexes = [
    ...[...match.columns.values()].map((b) => b.index),
    ...match.unknown.map((u) => u.index),
  ];
  const firstCol = sheet.left + (headerIndexes.length > 0 ? Math.min(...headerIndexes) : match.colStart);
  for (const plan of plans) {
    const required = plan.def.required === true && !(plan.key === PROJECT_KEY && defaultProjectId !== null);
    if (plan.index >= 0 || !required) continue;
    findings.push(
      sheetFinding(
        file,
        sheetName,
        "error",
        "required-column-missing",
        `Sheet "${sheetName}" has no "${plan.def.header}" column, which the ${table.name} table requires ` +
          `(the header row is row ${headerRow}). Add the column or map your header to it.`,
        { cell: a1(headerRow, firstCol), row: headerRow, column: plan.def.header },
      ),
    );
  }
  const first = match.unknown[0];
  if (first !== undefined) {
    const headers = match.unknown.map((u) => u.header);
    findings.push(
      sheetFinding(
        file,
        sheetName,
        "warning",
        "unknown-columns",
        `Sheet "${sheetName}" has ${headers.length === 1 ? "a column" : "columns"} the ${table.name} table does not ` +
          `use: ${quotedList(headers)}. ${headers.length === 1 ? "It is" : "They are"} kept and ignored; map ` +
          `${headers.length === 1 ? "it" : "them"} to a template column if ${headers.length === 1 ? "it holds" : "they hold"} ` +
          `template data.`,
        { cell: a1(headerRow, sheet.left + first.index), row: headerRow, column: null },
      ),
    );
  }
  for (const plan of plans) {
    for (const n of plan.notices) {
      const row = sheet.top + match.dataStart + n.index;
      findings.push(
        sheetFinding(file, sheetName, n.severity, n.rule, n.message, {
          cell: plan.letters + row,
          row,
          column: plan.header,
        }),
      );
    }
  }
}

/**
 * Reads the data rows of one sheet bound to one table into normalised rows, reporting every problem
 * as a finding. Decisions per column are made once (`planColumns`); the row loop then only indexes
 * arrays, calls the column's parser and allocates the row object.
 */
export function readTable(input: TableReadInput, findings: Finding[]): NormRow[] {
  const { file, sheet, table, match, defaultProjectId, dateOrder } = input;
  const sheetName = sheet.name;
  const plans = planColumns(input);
  const sink = new TableSink(file, sheetName, findings);

  reportColumns(input, plans, findings);

  // Parse the project column first so every finding of the row can name its project...
  const projectPlanIndex = plans.findIndex(
    (p) =>
      p.key === PROJECT_KEY ||
      (p.def.references?.table === "projects" && p.def.references.column === PROJECT_KEY),
  );
  // Then left to right as in the sheet, so a row's findings read in the order a PM sees the cells.
  const order = plans
    .map((_, i) => i)
    .sort((a, b) => {
      if (a === projectPlanIndex || b === projectPlanIndex) return a === projectPlanIndex ? -1 : 1;
      const ia = (plans[a] as ColumnPlan).index;
      const ib = (plans[b] as ColumnPlan).index;
      return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib) || a - b;
    });
  const projectPlan = projectPlanIndex >= 0 ? plans[projectPlanIndex] : undefined;
  const defaultsProject =
    projectPlan !== undefined && projectPlan.key === PROJECT_KEY ? defaultProjectId : null;

  const skip = table.skipRows;
  const skipPlan = skip ? plans.find((p) => p.key === skip.column && p.index >= 0) : undefined;
  const skipValues = new Set((skip?.values ?? []).map((v) => v.toLowerCase()));
  let skipped = 0;

  const values = sheet.values;
  const formats = sheet.formats;
  const { colStart, colEnd, dataStart, dataEnd } = match;
  const rows: NormRow[] = [];
  const blankRow: Record<string, CellValue | SourceRef | null> = { src: null };
  for (const plan of plans) blankRow[plan.key] = null;
  for (const key of STANDARD_KEYS.get(table.key) ?? []) blankRow[key] = null;

  for (let r = dataStart; r < dataEnd; r++) {
    const cells = values[r];
    if (cells === undefined) continue;
    const sheetRow = sheet.top + r;
    sink.row = sheetRow;
    sink.plan = null;
    sink.projectId = null;

    // Fully blank rows are skipped; the first text cell tells a totals row.
    let blank = true;
    let firstText = -1;
    const end = Math.min(colEnd, cells.length);
    for (let c = colStart; c < end; c++) {
      const v = cells[c];
      if (v === null || v === undefined) continue;
      if (typeof v === "string") {
        if (isBlankText(v)) continue;
        blank = false;
        firstText = c;
        break;
      }
      blank = false;
    }
    if (blank) continue;
    if (firstText >= 0 && isTotalsLabel(cells[firstText] as string)) {
      findings.push(
        sheetFinding(
          file,
          sheetName,
          "info",
          "totals-row-skipped",
          `Row ${sheetRow} of sheet "${sheetName}" is a totals row ("${String(cells[firstText]).trim()}"); it was ` +
            `skipped and not counted as data.`,
          { cell: a1(sheetRow, sheet.left + firstText), row: sheetRow, column: null },
        ),
      );
      continue;
    }
    if (skipPlan !== undefined) {
      const v = cells[skipPlan.index] ?? skipPlan.fill?.get(r) ?? null;
      if (typeof v === "string" && skipValues.has(v.trim().toLowerCase())) {
        skipped++;
        continue;
      }
    }

    // Cloning a literal of the final shape keeps every row on one hidden class (fast to build and read).
    const row: Record<string, CellValue | SourceRef> = { ...blankRow };
    row["src"] = { file, sheet: sheetName, row: sheetRow } satisfies SourceRef;
    for (let o = 0; o < order.length; o++) {
      const p = order[o] as number;
      const plan = plans[p] as ColumnPlan;
      let value: CellValue = null;
      if (plan.index < 0) {
        if (p === projectPlanIndex && defaultsProject !== null) value = defaultsProject;
        row[plan.key] = value;
        if (p === projectPlanIndex) sink.projectId = value as string | null;
        continue;
      }
      sink.plan = plan;
      let raw: RawScalar | undefined = cells[plan.index];
      if ((raw === null || raw === undefined) && plan.fill !== null) raw = plan.fill.get(r);
      if (plan.uncalculated !== null && plan.uncalculated.has(r)) {
        // Reported once as a warning; the cell is read as blank without a second "required" error.
        sink.warn(
          "formula-not-calculated",
          `${plan.header} in ${plan.letters}${sheetRow} is a formula with no calculated value (the file was saved ` +
            `by a tool that does not calculate); it was read as blank. Open and save the file in Excel.`,
        );
        continue;
      }
      let isBlank = raw === null || raw === undefined;
      if (!isBlank) {
        if (typeof raw === "string") {
          const text = raw.trim();
          if (text.length === 0) isBlank = true;
          else if (isExcelError(text)) {
            sink.error(
              "excel-error",
              `${plan.header} shows the Excel error ${text.toUpperCase()}; fix the ` +
                `formula or enter a value.`,
            );
          } else
            value = (plan.parse as CellParser)(
              text,
              plan.usesFormat ? (formats?.[r]?.[plan.index] ?? null) : null,
              sink,
            );
        } else {
          value = (plan.parse as CellParser)(
            raw as number | boolean,
            plan.usesFormat ? (formats?.[r]?.[plan.index] ?? null) : null,
            sink,
          );
        }
      }
      if (isBlank) {
        if (p === projectPlanIndex && defaultsProject !== null) value = defaultsProject;
        else if (plan.def.required === true) {
          sink.error(
            "required-missing",
            `${plan.header} is blank in row ${sheetRow}; it is required, so fill it in.`,
          );
        }
      } else if (typeof value === "number") {
        const { min, max } = plan.def;
        if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
          const below = min !== undefined && value < min;
          const limit = below ? (min as number) : (max as number);
          sink.error(
            "out-of-range",
            `${plan.header} ${display(plan.def, value, dateOrder)} is ${below ? "below the minimum" : "above the maximum"} ` +
              `of ${display(plan.def, limit, dateOrder)}; enter a value ${below ? "of at least" : "of at most"} ` +
              `${display(plan.def, limit, dateOrder)}.`,
          );
          value = null;
        }
      }
      row[plan.key] = value;
      if (p === projectPlanIndex) sink.projectId = typeof value === "string" ? value : null;
    }
    rows.push(row as NormRow);
  }
  sink.plan = null;
  sink.flushNotes();

  if (skipped > 0 && skip !== undefined) {
    findings.push(
      sheetFinding(
        file,
        sheetName,
        "info",
        "rows-skipped",
        `${skipped === 1 ? "1 row" : `${skipped} rows`} of sheet "${sheetName}" ${skipped === 1 ? "is" : "are"} ` +
          `${skip.description}: skipped and not counted.`,
      ),
    );
  }
  return rows;
}
