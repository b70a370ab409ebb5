/**
 * Help: the first-run guide and a glossary of the terms the dashboard uses, one tab away from every
 * view. Short on purpose: docs/kpis.md has the formulas.
 */
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  glossary: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { marginLeft: 0 },
});

/** The three steps of a first run (also shown on Home before the first check). */
export function FirstRunSteps() {
  const styles = useStyles();
  return (
    <ol className={styles.steps} aria-label="Getting started">
      <li>
        <strong>Check workbook</strong> on Home: PMO Pulse finds your tracker sheets (Projects, Milestones,
        Risks, Resources, …). No tracker yet? Map your sheets or add the example.
      </li>
      <li>
        <strong>Validate</strong>: review the findings by sheet or by Project Manager; select one to go to its
        cell.
      </li>
      <li>
        <strong>Build</strong>: choose the as-of date and write the PMO sheets. Your own sheets are never
        changed.
      </li>
    </ol>
  );
}

export const GLOSSARY: readonly { readonly term: string; readonly definition: string }[] = [
  {
    term: "SPI (Schedule Performance Index)",
    definition: "Earned value ÷ planned value. 1.0 is on schedule; below 1.0 is behind.",
  },
  {
    term: "CPI (Cost Performance Index)",
    definition: "Earned value ÷ actual cost. 1.0 is on budget; below 1.0 costs more than planned.",
  },
  {
    term: "EAC (Estimate at Completion)",
    definition: "What the project is now expected to cost in total: budget ÷ CPI.",
  },
  {
    term: "RAG (Red, Amber, Green)",
    definition:
      "The status a PM reports, and the status PMO Pulse computes from SPI and CPI with the thresholds in Settings.",
  },
  {
    term: "Watermelon",
    definition: "Green outside, red inside: a project reported Green whose SPI or CPI makes it Red.",
  },
];

export function HelpView() {
  const styles = useStyles();
  return (
    <>
      <Subtitle2 as="h2">Getting started</Subtitle2>
      <FirstRunSteps />
      <Subtitle2 as="h2">Glossary</Subtitle2>
      <dl className={styles.glossary}>
        {GLOSSARY.map(({ term, definition }) => (
          <div key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.definition}>
              <Body1>{definition}</Body1>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
