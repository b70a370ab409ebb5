/**
 * Highlights offending cells in the user's tracker sheets, and removes the highlights again.
 *
 * A highlight is a conditional format (ExcelApi 1.6) whose rule is an always-true formula carrying
 * a marker text, never a change of the cell's own fill: the user's fills, borders and their own
 * conditional formats are not touched, and deleting our formats shows the sheet exactly as it was.
 * The marker lets `clearHighlights` find them again in a later session, after renames or undo,
 * without keeping any record in the workbook.
 */
import type { Severity } from "../core/model/finding";
import { toAppError } from "./appError";

/** Always TRUE (`N` of text is 0); the text inside marks the format as PMO Pulse's highlight. */
export const HIGHLIGHT_FORMULA = '=N("PMO Pulse highlight")=0';
const MARKER = '"PMO Pulse highlight"';

/** Soft fills that keep the cell's text readable; errors stand out most. */
export const HIGHLIGHT_FILLS: Readonly<Record<Severity, string>> = {
  error: "#F8C8C8",
  warning: "#FBE3A8",
  info: "#CFE2F3",
};

/** One conditional format per cell: more than this in one click would slow Excel down. */
export const MAX_HIGHLIGHTS = 500;

export interface HighlightCell {
  readonly sheet: string;
  /** A1 address of one cell, e.g. `F12`. */
  readonly cell: string;
  readonly severity: Severity;
}

export interface HighlightResult {
  /** Cells that got a highlight. */
  readonly highlighted: number;
  /** Distinct cells left out: over MAX_HIGHLIGHTS or on a sheet that no longer exists. */
  readonly skipped: number;
}

const CELL_ADDRESS = /^[A-Z]{1,3}\d{1,7}$/;
const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** One entry per cell, the most severe finding winning, errors first so the cap keeps the worst. */
function distinctCells(cells: readonly HighlightCell[]): HighlightCell[] {
  const byCell = new Map<string, HighlightCell>();
  for (const c of cells) {
    if (!CELL_ADDRESS.test(c.cell)) continue;
    const key = `${c.sheet.toLowerCase()}!${c.cell}`;
    const seen = byCell.get(key);
    if (seen === undefined || RANK[c.severity] < RANK[seen.severity]) byCell.set(key, c);
  }
  return [...byCell.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** Removes every PMO Pulse highlight in the workbook; returns how many formats were removed. */
export async function clearHighlights(context: Excel.RequestContext): Promise<number> {
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const collections = sheets.items.map((sheet) => sheet.getRange().conditionalFormats.load("items/type"));
    await context.sync();
    const rules = collections.flatMap((formats) =>
      formats.items
        .filter((format) => format.type === "Custom")
        .map((format) => ({ format, rule: format.custom.rule.load("formula") })),
    );
    if (rules.length === 0) return 0;
    await context.sync();
    const ours = rules.filter(({ rule }) => rule.formula.includes(MARKER));
    if (ours.length === 0) return 0;
    ours.forEach(({ format }) => format.delete());
    await context.sync();
    return ours.length;
  } catch (error) {
    throw toAppError(error, "Clearing the highlights");
  }
}

/**
 * Replaces any earlier highlights with one for each given cell (fill by severity). Cells on sheets
 * that are gone are skipped rather than failing the whole request.
 */
export async function highlightCells(
  context: Excel.RequestContext,
  cells: readonly HighlightCell[],
): Promise<HighlightResult> {
  await clearHighlights(context);
  const distinct = distinctCells(cells);
  const wanted = distinct.slice(0, MAX_HIGHLIGHTS);
  try {
    const sheetNames = [...new Set(wanted.map((c) => c.sheet))];
    const lookups = sheetNames.map((name) => ({
      name,
      sheet: context.workbook.worksheets.getItemOrNullObject(name).load("name"),
    }));
    await context.sync();
    const present = new Map(lookups.filter((l) => !l.sheet.isNullObject).map((l) => [l.name, l.sheet]));
    const applied = wanted.filter((c) => present.has(c.sheet));
    if (applied.length > 0) {
      applied.forEach((c) => {
        const sheet = present.get(c.sheet);
        if (sheet === undefined) return;
        const format = sheet.getRange(c.cell).conditionalFormats.add("Custom");
        format.custom.rule.formula = HIGHLIGHT_FORMULA;
        format.custom.format.fill.color = HIGHLIGHT_FILLS[c.severity];
      });
      await context.sync();
    }
    return { highlighted: applied.length, skipped: distinct.length - applied.length };
  } catch (error) {
    throw toAppError(error, "Highlighting the cells");
  }
}
