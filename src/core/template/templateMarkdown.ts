import { GUIDE_HEADERS, guideRows, tableTitle } from "./columnGuide";
import type { TemplateDef } from "./types";

/**
 * The template's tables as Markdown, the same rows as the blank tracker's Instructions sheet:
 * docs/template.md holds this between its `generated` markers (scripts/templateDocs.ts writes it,
 * a test fails when they differ).
 */
export function templateMarkdown(template: TemplateDef): string {
  const cell = (text: string): string => (text === "" ? " " : text.replace(/\|/g, "\\|"));
  const row = (cells: readonly string[]): string => `| ${cells.map(cell).join(" | ")} |`;
  const sections = template.tables.map((table) => {
    const aliases = table.aliases ?? [];
    return [
      `### ${tableTitle(table)}`,
      "",
      ...(aliases.length === 0 ? [] : [`Sheet names also accepted: ${aliases.join(", ")}.`, ""]),
      row(GUIDE_HEADERS),
      row(GUIDE_HEADERS.map(() => "---")),
      ...guideRows(template, table).map(row),
    ].join("\n");
  });
  return `${sections.join("\n\n")}\n`;
}
