import type { Finding } from "../model/finding";
import type { NormRow } from "../model/portfolio";
import { planAcrossColumns, planColumns, planPeriodColumns } from "./columnPlan";
import { reportColumns } from "./columnFindings";
import { sheetFinding } from "./findings";
import { createRowReader, readRows } from "./readRows";
import type { TableReadInput } from "./tableReadInput";
import { TableSink } from "./tableSink";

/**
 * Reads the data rows of one sheet bound to one table (its header already found by `findHeader`)
 * into normalised rows, reporting every problem as a finding. Steps: plan the columns (decisions
 * made once per column), report column problems, read the rows (the loop only indexes arrays,
 * calls the column's parser and allocates the row object), then the per-column notes.
 */
export function readTable(input: TableReadInput, findings: Finding[]): NormRow[] {
  const { file, sheet, table } = input;
  const plans = planColumns(input);
  // Month columns across, or a period's start, end and amount: read beside the template's columns.
  const acrossPlans = input.period ? planPeriodColumns(input) : planAcrossColumns(input);
  reportColumns(input, [...plans, ...acrossPlans], findings);
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
