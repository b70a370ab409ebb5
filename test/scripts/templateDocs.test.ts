/**
 * docs/template.md's column tables, the blank tracker's Instructions sheet and the standard template
 * come from one definition: the docs section must be what `npm run docs:template` writes, and the
 * Instructions sheet must hold the same rows.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { END, START } from "../../scripts/templateDocs";
import { buildBlankTrackerPlan } from "../../src/core/plan/blankTracker/buildBlankTrackerPlan";
import { guideRows } from "../../src/core/template/columnGuide";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { templateMarkdown } from "../../src/core/template/templateMarkdown";

/** Markdown as Prettier may lay it out: table cells trimmed, rule rows reduced to dashes, blank lines dropped. */
function normalise(markdown: string): string[] {
  return markdown
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) =>
      line.startsWith("|")
        ? line
            .slice(1, -1)
            .split(/(?<!\\)\|/)
            .map((cell) => (/^\s*-+\s*$/.test(cell) ? "---" : cell.trim()))
            .join("|")
        : line,
    );
}

describe("the template, its Instructions sheet and docs/template.md agree", () => {
  it("docs/template.md holds the generated tables (run npm run docs:template after changing the template)", () => {
    const doc = readFileSync(join(__dirname, "../../docs/template.md"), "utf8");
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    expect(start).toBeGreaterThan(0);
    expect(normalise(doc.slice(start + START.length, end))).toEqual(
      normalise(templateMarkdown(STANDARD_TEMPLATE)),
    );
  });

  it("the Instructions sheet lists every column of every table with the same rows", () => {
    const built = buildBlankTrackerPlan(STANDARD_TEMPLATE);
    if ("errors" in built) throw new Error(built.errors.join("; "));
    const instructions = built.plan.sheets[0];
    const texts = (instructions?.blocks ?? []).flatMap((b) => b.cells.map((row) => row.map((c) => c.value)));
    for (const table of STANDARD_TEMPLATE.tables) {
      for (const row of guideRows(STANDARD_TEMPLATE, table)) expect(texts).toContainEqual(row);
    }
    const columnCount = STANDARD_TEMPLATE.tables.reduce((n, t) => n + t.columns.length, 0);
    expect(texts.filter((row) => row.length === 6).length).toBe(
      columnCount + 2 * STANDARD_TEMPLATE.tables.length,
    );
  });
});
