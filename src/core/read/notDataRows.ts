import type { Finding } from "../model/finding";
import type { RawGrid, RawScalar, RawSheet } from "../model/raw";
import { cellAddress as a1 } from "../model/a1";
import { isBlankText } from "./columnPlan";
import { sheetFinding } from "./findings";
import { isTotalsLabel } from "./totalsLabel";
import { loneTextCell } from "./rowCells";

/** Rows inside a table's data that are not data, each skipped with one info finding. */
export type NotDataKind =
  "totals" | "calculated" | "example" | "guidance" | "header" | "heading" | "summary" | "subtask";

export interface NotDataRow {
  readonly kind: NotDataKind;
  /** Grid column of the cell the finding names. */
  readonly col: number;
}

/** What `notDataRow` needs of the table, decided once per table. */
export interface NotDataContext {
  /** Grid column of an exported schedule's Outline Level (MS Project), or -1. */
  readonly outlineLevel?: number;
  /** Grid column of a work-management export's Parent task (Asana), or -1. */
  readonly parentTask?: number;
  /** The rows' own names and IDs (trimmed, lower case): a subtask's parent must be one of them. */
  readonly parentNames?: ReadonlySet<string>;
  readonly colStart: number;
  readonly colEnd: number;
  /** The first data row (grid index): a guidance row sits there or just below. */
  readonly dataStart: number;
  /** The header row's text by grid column, for the columns with a header. */
  readonly headers: ReadonlyMap<number, string>;
  /** The leftmost column with a header: a repeated header row has its header there. */
  readonly firstHeaded: number;
  readonly sectionHeading: (r: number, cells: readonly RawScalar[]) => number;
  /** The sheet's cells, to look at the row below one (a group's title over its repeated header). */
  readonly grid: RawGrid;
  /** A hierarchy's summary row (its name and the rolled-up dates or totals of the rows under it). */
  readonly summaryRow: (r: number, cells: readonly RawScalar[]) => number;
}

/**
 * A template's example row (`e.g. P-001`, `Example: …`): its first text starts so. "Example" alone
 * is not enough: a project may be called "Example Corp rollout".
 */
const EXAMPLE = /^\s*(?:e\.\s?g\.|eg[.:]|example\s*:)/i;

/**
 * A total named for what it adds up (`Total allocated`, `Total hours`): the word Total first, and
 * no other text in the row. A project named so (`Total Rewards Platform`) has its manager, status…
 */
const TOTAL_OF = /^total\s+\S/i;

/**
 * A row a plan works out from the rows above it, under a label of its own (a capacity plan's
 * `Available` or `Remaining` hours under each person's `Total allocated`, a budget's `Variance`):
 * the label is the row's only text, so a project or person named so, with its other columns
 * filled, stays a row. A decision where the spec is silent: such a row is no more data than a total.
 */
const CALCULATED =
  /^(?:available|availability|available (?:capacity|hours)|remaining(?: capacity| hours)?|spare(?: capacity)?|free(?: capacity)?|unallocated|unassigned|headroom|over\s*\/\s*\(?under\)?|under\s*\/\s*\(?over\)?|variance|difference|balance|average|mean)\s*:?$/i;

/** Whether the row's only text cell is the one at `c` (its other cells numbers or blank). */
function onlyText(cells: readonly RawScalar[], c: number, end: number): boolean {
  for (let i = c + 1; i < end; i++) {
    const v = cells[i];
    if (typeof v === "string" && !isBlankText(v)) return false;
  }
  return true;
}

/**
 * A header row repeated inside the data (a block of rows pasted with its header, or a printout's
 * title rows copied back): at least half of the headed cells, and two, hold their column's header
 * as written. The first headed cell is compared first, so a data row costs one comparison.
 */
function isRepeatedHeader(ctx: NotDataContext, cells: readonly RawScalar[]): boolean {
  const first = cells[ctx.firstHeaded];
  if (typeof first !== "string" || first.trim() !== ctx.headers.get(ctx.firstHeaded)) return false;
  let same = 0;
  for (const [c, header] of ctx.headers) {
    const v = cells[c];
    if (typeof v === "string" && v.trim() === header) same++;
  }
  return same >= 2 && same * 2 >= ctx.headers.size;
}

/**
 * A group's title over its own copy of the header row, as board exports write each group
 * (monday.com: `Pipeline`, then `Name | Owner | Status …`, then the group's items): a row whose
 * one filled cell under the headers is a text, right above a repeated header row. The row below
 * is looked at only when its first headed cell holds that column's header.
 */
function groupTitle(ctx: NotDataContext, cells: readonly RawScalar[], r: number): number {
  if (ctx.firstHeaded < 0 || r + 1 >= ctx.grid.height) return -1;
  const below = ctx.grid.value(r + 1, ctx.firstHeaded);
  const header = ctx.headers.get(ctx.firstHeaded) ?? "";
  // The length first: this runs on every row, and an ID below is shorter than its header.
  if (typeof below !== "string" || below.length < header.length || below.trim() !== header) return -1;
  const lone = loneTextCell([...ctx.headers.keys()], cells);
  if (lone < 0) return -1;
  const next: RawScalar[] = [];
  ctx.grid.copyRow(r + 1, next);
  return isRepeatedHeader(ctx, next) ? lone : -1;
}

/**
 * What a template writes under its headers to guide the PM rather than as data: a date mask
 * (`dd/mm/yyyy`), an instruction (`Select from list`, `Enter the date`), a word for the kind of
 * entry (`Mandatory`, `Optional`, `Free text`, `Y/N`), or a bracketed unit or range (`(£)`, `(1-5)`).
 */
const GUIDANCE =
  /^(?:\(.*\)|\[.*\]|(?:dd|mm|yy|yyyy)[/.\- ](?:mm|dd|yy|yyyy)\b.*|(?:select|choose|enter|pick|type|insert)\b.*|(?:mandatory|optional|required|free text|text|number|date|currency|drop-?down(?: list)?|list|yes\/no|y\/n)\.?)$/i;

/**
 * A template's guidance row: in the first two data rows, every filled headed cell is text, at least
 * two are, and at least half of them read as guidance. A real row has an ID, a name, a date or a
 * number that is not a hint, so it never is one.
 */
function isGuidanceRow(ctx: NotDataContext, cells: readonly RawScalar[], r: number): boolean {
  if (r > ctx.dataStart + 1) return false;
  let filled = 0;
  let guidance = 0;
  for (const c of ctx.headers.keys()) {
    const v = cells[c];
    if (v === null || v === undefined) continue;
    if (typeof v !== "string") return false;
    const text = v.trim();
    if (text === "") continue;
    filled++;
    if (GUIDANCE.test(text)) guidance++;
  }
  return guidance >= 2 && guidance * 2 >= filled;
}

/** Whether a row is a totals row, the template's example or guidance, a repeated header or a section heading; null for data. */
export function notDataRow(
  ctx: NotDataContext,
  cells: readonly RawScalar[],
  width: number,
  r: number,
): NotDataRow | null {
  // The first text cell tells a totals or example row (its label may sit in a column without a header).
  let firstText = -1;
  const end = Math.min(ctx.colEnd, width);
  for (let c = ctx.colStart; c < end; c++) {
    const v = cells[c];
    if (typeof v === "string" && !isBlankText(v)) {
      firstText = c;
      break;
    }
  }
  if (firstText >= 0) {
    const text = cells[firstText] as string;
    if (isTotalsLabel(text)) return { kind: "totals", col: firstText };
    // Cheap rejection first: this runs on the first text cell of every row.
    const first = text.charCodeAt(0) | 0x20;
    if (first === 0x74 /* t */ && TOTAL_OF.test(text) && onlyText(cells, firstText, end))
      return { kind: "totals", col: firstText };
    // The row's other cells first: a data row has more text (a person, a project) and stops there.
    if (text.length <= 24 && onlyText(cells, firstText, end) && CALCULATED.test(text.trim()))
      return { kind: "calculated", col: firstText };
    if ((first === 0x65 /* e */ || first === 0x20) /* space */ && EXAMPLE.test(text))
      return { kind: "example", col: firstText };
  }
  if (isRepeatedHeader(ctx, cells)) return { kind: "header", col: ctx.firstHeaded };
  // MS Project's project summary task (Outline Level 0): the sum of the projects under it.
  const outline = ctx.outlineLevel ?? -1;
  if (outline >= 0 && cells[outline] === 0)
    return { kind: "summary", col: firstText >= 0 ? firstText : outline };
  // A subtask of a project (Asana's Parent task filled): a task, not a project of the portfolio.
  const parent = ctx.parentTask ?? -1;
  if (parent >= 0) {
    const v = cells[parent];
    // Only a parent the sheet lists: a portfolio every row of which names the portfolio is no parent row.
    if (typeof v === "string" && ctx.parentNames?.has(v.trim().toLowerCase()) === true)
      return { kind: "subtask", col: parent };
  }
  const title = groupTitle(ctx, cells, r);
  if (title >= 0) return { kind: "heading", col: title };
  if (isGuidanceRow(ctx, cells, r)) return { kind: "guidance", col: firstText };
  const heading = ctx.sectionHeading(r, cells);
  if (heading >= 0) return { kind: "heading", col: heading };
  const summary = ctx.summaryRow(r, cells);
  return summary >= 0 ? { kind: "summary", col: summary } : null;
}

const RULES: Readonly<Record<NotDataKind, string>> = {
  totals: "totals-row-skipped",
  calculated: "totals-row-skipped",
  example: "example-row",
  guidance: "guidance-row",
  header: "header-repeated",
  heading: "section-heading",
  summary: "summary-row",
  subtask: "subtask-row",
};

/** What the finding says of a row of this kind (`where` names the row, `shown` its telling text). */
function notDataMessage(kind: NotDataKind, where: string, shown: string): string {
  switch (kind) {
    case "totals":
      return `${where} is a totals row ("${shown}"); it was skipped and not counted as data.`;
    case "calculated":
      return (
        `${where} holds "${shown}", worked out from the rows above it like a total; it was skipped and not ` +
        `counted as data.`
      );
    case "example":
      return (
        `${where} is an example ("${shown}"); it was skipped and not counted as data. Delete it when the ` +
        `tracker has its own rows.`
      );
    case "guidance":
      return (
        `${where} guides the PM ("${shown}" …) rather than holding data; it was skipped and not counted ` +
        `as data.`
      );
    case "header":
      return (
        `${where} repeats the header row (pasted with a block of rows?); it was skipped and not counted as ` +
        `data. Delete it.`
      );
    case "heading":
      return (
        `${where} holds only "${shown}", a section heading: it was skipped and not counted as data. If it ` +
        `is a row of the table, fill in its other columns.`
      );
    case "subtask":
      return (
        `${where} is a subtask of "${shown}" (its parent task), not a project: it was skipped and not counted ` +
        `as data.`
      );
    case "summary":
      return (
        `${where} holds "${shown}" and only the dates or totals of the rows under it, a summary row ` +
        `(a parent row of an exported hierarchy): it was skipped and not counted as data. If it is a ` +
        `row of the table, fill in its other columns.`
      );
  }
}

/** The info finding for a row that is not data, at the cell that tells. */
export function notDataFinding(
  file: string,
  sheet: RawSheet,
  row: NotDataRow,
  cells: readonly RawScalar[],
  r: number,
): Finding {
  const sheetRow = sheet.top + r;
  const where = `Row ${sheetRow} of sheet "${sheet.name}"`;
  const text = String(cells[row.col]).trim();
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return sheetFinding(file, sheet.name, "info", RULES[row.kind], notDataMessage(row.kind, where, shown), {
    cell: a1(sheetRow, sheet.left + row.col),
    row: sheetRow,
    column: null,
  });
}
