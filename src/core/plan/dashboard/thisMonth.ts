import { FIRST_COL, LAST_COL, PAGE_SPAN, type DashboardBlock } from "./layout";

/** Characters a merged B–M row holds per line at the body font (12 columns of width 15). */
const CHARS_PER_LINE = 150;
const LINE_HEIGHT = 15;

/** "This month": the narrative's sentences, one wrapped row each, at the top of the page. */
export const thisMonth: DashboardBlock = ({ input, sheet }, row) => {
  const sentences = input.cycle?.narrative ?? [];
  if (sentences.length === 0) return row;
  sheet.section(row, FIRST_COL, "This month", PAGE_SPAN);
  sentences.forEach((sentence, i) => {
    const r = row + 1 + i;
    sheet.cell(r, FIRST_COL, { value: sentence, style: "narrative" }).merge(r, FIRST_COL, r, LAST_COL);
    sheet.height(r, Math.ceil(sentence.length / CHARS_PER_LINE) * LINE_HEIGHT + 3);
  });
  return row + sentences.length + 2;
};
