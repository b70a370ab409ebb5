/**
 * After a build: the numbers a PMO reads first (projects, RAG split, watermelons, overdue
 * milestones, and the changes since the previous period when PMO History holds one), with a button
 * to the dashboard.
 */
import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Headline } from "../headline";
import { formatDay } from "../locale";
import { plural } from "../state";

const useStyles = makeStyles({
  list: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  tile: {
    display: "flex",
    flexDirection: "column-reverse",
    // The figure on top: column-reverse puts flex-end at the top.
    justifyContent: "flex-end",
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  figure: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  label: { color: tokens.colorNeutralForeground2 },
});

export interface HeadlineNumbersProps {
  readonly headline: Headline;
  readonly locale: string;
  readonly onOpenDashboard: (() => void) | null;
}

export function HeadlineNumbers({ headline: h, locale, onOpenDashboard }: HeadlineNumbersProps) {
  const styles = useStyles();
  const notReported = h.ragNotReported > 0 ? `, ${h.ragNotReported} not reported` : "";
  const tiles: readonly [string, string][] = [
    [String(h.projects), `projects (${h.active} active)`],
    [`${h.rag.Green} / ${h.rag.Amber} / ${h.rag.Red}`, `Green / Amber / Red reported${notReported}`],
    [
      String(h.watermelons),
      h.watermelons === 1 ? "watermelon (Green, computed Red)" : "watermelons (Green, computed Red)",
    ],
    [String(h.overdueMilestones), h.overdueMilestones === 1 ? "overdue milestone" : "overdue milestones"],
    ...(h.sincePrevious === null
      ? []
      : ([
          [
            String(h.sincePrevious.changes),
            `${h.sincePrevious.changes === 1 ? "change" : "changes"} since ${formatDay(h.sincePrevious.asOf, locale)}`,
          ],
        ] satisfies [string, string][])),
  ];
  return (
    <>
      <dl className={styles.list} aria-label={`Headline numbers as of ${formatDay(h.asOf, locale)}`}>
        {tiles.map(([figure, label]) => (
          <div key={label} className={styles.tile}>
            <dt className={styles.label}>{label}</dt>
            <dd className={styles.figure}>{figure}</dd>
          </div>
        ))}
      </dl>
      <Body1>
        The trackers have {plural(h.errors, "error")} and {plural(h.warnings, "warning")}.
      </Body1>
      {onOpenDashboard !== null && (
        <div>
          <Button appearance="primary" onClick={onOpenDashboard}>
            Open the dashboard
          </Button>
        </div>
      )}
    </>
  );
}
