import type { Finding } from "../model/finding";
import type { NormRow } from "../model/portfolio";
import { planAcrossColumns, planColumns, planPeriodColumns } from "./columnPlan";
import { reportColumns } from "./columnFindings";
import { sheetFinding } from "./findings";
import type { ColumnPlan } from "./columnPlan";
import { createRowReader, nonDataRows, readRows } from "./readRows";
import { stackedBlockFinding } from "./stackedTables";
import type { TableReadInput } from "./tableReadInput";
import { TableSink } from "./tableSink";

function planAll(input: TableReadInput): { plans: ColumnPlan[]; acrossPlans: ColumnPlan[] } {
  // Month columns across, or a period's start, end and amount: read beside the template's columns.
  const acrossPlans = input.period ? planPeriodColumns(input) : planAcrossColumns(input);
  return { plans: planColumns(input), acrossPlans };
}

/**
 * The column plans. A column whose values decided its reading (a percent over 1, a date only valid
 * day-first) is planned again without the rows that are not data, when there are any: a totals row
 * of FTEs (2.3) put the whole column on the 0–100 scale, and a template's example row dated
 * 21/02/2026 switched every date to day-first. Only then are the rows told apart twice.
 */
function planTable(input: TableReadInput): { plans: ColumnPlan[]; acrossPlans: ColumnPlan[] } {
  const first = planAll(input);
  if (![...first.plans, ...first.acrossPlans].some((p) => p.fromColumn)) return first;
  const scratch = new TableSink(input.file, input.sheet.name, []);
  const notData = nonDataRows(createRowReader(input, first.plans, scratch, first.acrossPlans));
  return notData.size === 0 ? first : planAll({ ...input, notData });
}

/**
 * Reads the data rows of one sheet bound to one table (its header already found by `findHeader`)
 * into normalised rows, reporting every problem as a finding. Steps: plan the columns (decisions
 * made once per column), report column problems, read the rows (the loop only indexes arrays,
 * calls the column's parser and allocates the row object), then the per-column notes.
 */
export function readTable(input: TableReadInput, findings: Finding[]): NormRow[] {
  const { file, sheet, table } = input;
  const { plans, acrossPlans } = planTable(input);
  reportColumns(input, [...plans, ...acrossPlans], findings);
  if (input.match.stacked !== undefined) {
    findings.push(stackedBlockFinding(file, sheet, input.match, input.match.stacked));
  }
  const sink = new TableSink(file, sheet.name, findings);
  const { rows, skipped } = readRows(createRowReader(input, plans, sink, acrossPlans), findings);
  sink.flushNotes();
  if (skipped > 0 && table.skipRows !== undefined) {
    findings.push(
      sheetFinding(
        file,
        sheet.name,
        "info",
        "rows-skipped",
        `${skipped === 1 ? "1 row" : `${skipped} rows`} of sheet "${sheet.name}" ${skipped === 1 ? "is" : "are"} ` +
          `${table.skipRows.description}: skipped and not counted.`,
      ),
    );
  }
  return rows;
}
