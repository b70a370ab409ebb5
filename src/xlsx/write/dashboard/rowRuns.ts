/**
 * Writes a sheet plan's row runs (see RowRunPlan): each run's rows as one stored unit, or, when the
 * run was carried from an earlier dashboard written the same way, its stored bytes copied as they
 * are. A stored run's rows carry no references and hold inline strings, so they mean the same
 * wherever they land; their style indexes are the run formats registered first in every workbook.
 */
import { runCells } from "../../../core/plan/sheetCells";
import type { PlanCell, RowRunPlan, RowRunsPlan, StyleName } from "../../../core/plan/types";
import { StoredRun } from "../../rowRuns/storedRun";
import { unplacedCellXml } from "../cellXml";
import type { PartWriter } from "../zip/partWriter";

type StyleIndex = (name?: StyleName, format?: string) => number;

/**
 * Registers the run formats before any other style, so they get the same indexes in every
 * workbook, and returns what those indexes stand for (kept in the part's run index).
 */
export function registerRunFormats(formats: readonly (string | undefined)[], styleIndex: StyleIndex): string {
  return formats.map((format) => `${styleIndex(undefined, format)}=${format ?? ""}`).join("|");
}

/** The run formats of every sheet, in sheet order, each once. */
export function runFormatsOf(plans: readonly { readonly rowRuns?: RowRunsPlan }[]): (string | undefined)[] {
  const formats: (string | undefined)[] = [];
  for (const plan of plans)
    for (const f of plan.rowRuns?.formats ?? []) if (!formats.includes(f)) formats.push(f);
  return formats;
}

/**
 * Below this many rows in a sheet's runs, they are written as ordinary cells (see renderPlanSheet): rewriting them each
 * month costs little, and every reader, including the few that need row numbers (ExcelJS), reads
 * them. From here on (a large portfolio's history), runs are stored without row numbers so that
 * the next month copies them instead of writing them again. See docs/monthly-cycle.md.
 */
export const STORED_RUNS_FROM_ROWS = 20_000;

export interface RunWriterOptions {
  readonly sheetName: string;
  readonly formats: readonly (string | undefined)[];
  readonly styleIndex: StyleIndex;
  /** What this workbook's run style indexes stand for. */
  readonly styles: string;
}

export class RunWriter {
  private readonly allowed: ReadonlySet<number>;
  /** One `<c>` per text cell object: a history's repeated values share their cell. */
  private readonly cellXml = new Map<PlanCell, string>();

  constructor(private readonly options: RunWriterOptions) {
    this.allowed = new Set(options.formats.map((f) => options.styleIndex(undefined, f)));
  }

  /** Stores the run, or copies it when it was stored by an earlier workbook with the same formats. */
  write(run: RowRunPlan, sink: PartWriter): void {
    const stored = run.stored;
    if (stored instanceof StoredRun && stored.styles === this.options.styles && stored.rows === run.rows) {
      sink.writeStored(stored);
      return;
    }
    const rows = runCells(run);
    if (rows.length !== run.rows) {
      throw new Error(
        `Sheet "${this.options.sheetName}": run ${run.key} has ${rows.length} rows, not ${run.rows}`,
      );
    }
    sink.beginRun();
    for (const cells of rows) {
      let xml = "<row>";
      for (const cell of cells) xml += this.unplacedCell(run, cell);
      sink.write(`${xml}</row>`);
    }
    sink.endRun(run.key, run.rows);
  }

  /** A style index that means the same in next month's workbook, or an error. */
  private style(run: RowRunPlan, cell: PlanCell): number {
    const { sheetName, styleIndex } = this.options;
    if (cell.link !== undefined) throw new Error(`Sheet "${sheetName}": run ${run.key} holds a link`);
    const style = styleIndex(cell.style, cell.format);
    if (!this.allowed.has(style)) {
      throw new Error(`Sheet "${sheetName}": run ${run.key} uses a format that is not a run format`);
    }
    return style;
  }

  private unplacedCell(run: RowRunPlan, cell: PlanCell): string {
    let xml = this.cellXml.get(cell);
    if (xml !== undefined) return xml;
    xml = unplacedCellXml(cell.value, this.style(run, cell));
    // Text is what costs (escaping); numbers are cheap to write again and rarely repeat.
    if (typeof cell.value === "string") this.cellXml.set(cell, xml);
    return xml;
  }
}
