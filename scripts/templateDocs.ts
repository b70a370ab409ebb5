/**
 * Regenerates the column tables of docs/template.md from the standard template (the section between
 * the `generated:template-tables` markers); run `npm run docs:template`. test/scripts/templateDocs.test.ts
 * fails when the file and the template differ.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { STANDARD_TEMPLATE } from "../src/core/template/standardTemplate";
import { templateMarkdown } from "../src/core/template/templateMarkdown";

export const START = "<!-- generated:template-tables:start (npm run docs:template; do not edit by hand) -->";
export const END = "<!-- generated:template-tables:end -->";

/** The document with its generated section replaced by `section`. */
export function withSection(doc: string, section: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/template.md has no ${START} ... ${END} section`);
  return `${doc.slice(0, start + START.length)}\n\n${section}\n${doc.slice(end)}`;
}

if (require.main === module) {
  const path = resolve(__dirname, "../../docs/template.md");
  writeFileSync(path, withSection(readFileSync(path, "utf8"), templateMarkdown(STANDARD_TEMPLATE)));
  process.stdout.write(`${path} regenerated; run prettier --write on it\n`);
}
