import type { Finding, Severity } from "../model/finding";
import { FORMULA_NOT_CALCULATED } from "../model/ruleIds";
import type { CellSink, NoteDescriber } from "../values/types";
import type { ColumnPlan } from "./columnPlan";

interface NoteTally {
  readonly plan: ColumnPlan;
  readonly rule: string;
  readonly describe: NoteDescriber;
  readonly firstRow: number;
  count: number;
  /** The sheet row last counted: both sides of a range column note the same cell once. */
  lastRow: number;
  readonly cells: string[];
  projectId: string | null;
  mixedProjects: boolean;
}

/**
 * The sink parsers report to. The row loop points it at the current cell (`row`, `plan`, `projectId`)
 * and it builds findings only when something is reported, so a clean cell costs nothing.
 */
/** Rules whose reader messages never quote the cell's value (or, for pay cells, are built not to). */
const VALUE_FREE_RULES: ReadonlySet<string> = new Set([
  "required-missing",
  "excel-error",
  FORMULA_NOT_CALCULATED,
  "number-not-finite",
  "number-too-large",
  "out-of-range",
]);

export class TableSink implements CellSink {
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
    this.report("error", rule, this.payless(rule, message));
  }

  warn(rule: string, message: string): void {
    this.report("warning", rule, this.payless(rule, message));
  }

  /** A parser's message quotes the cell; about a pay cell it is replaced by one that does not. */
  private payless(rule: string, message: string): string {
    const plan = this.plan;
    if (plan === null || !plan.pay || VALUE_FREE_RULES.has(rule)) return message;
    return (
      `${plan.header} in ${plan.letters}${this.row} is not a valid amount; enter a plain number such as 125000 ` +
      `(the value is not repeated here: pay is personal).`
    );
  }

  note(rule: string, describe: NoteDescriber): void {
    const plan = this.plan;
    if (plan === null) return;
    // A range column's two plans (`Dates` as start and end) share their notes: one cell, one note.
    const id = `${plan.side === null ? plan.key : plan.letters}\u0000${rule}`;
    let tally = this.tallies.get(id);
    if (tally === undefined) {
      tally = {
        plan,
        rule,
        describe,
        firstRow: this.row,
        count: 0,
        lastRow: -1,
        cells: [],
        projectId: this.projectId,
        mixedProjects: false,
      };
      this.tallies.set(id, tally);
    }
    if (plan.side !== null && tally.lastRow === this.row) return;
    tally.lastRow = this.row;
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
