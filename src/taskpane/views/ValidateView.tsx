/**
 * Validate: findings grouped by sheet and severity, with counts and filters. A finding's address is
 * a link that selects its cell in Excel; highlighting changes the sheets' look, so it happens only
 * when the PMO clicks for it, and "Clear highlights" removes exactly what it added.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/model/finding";
import { useGateway } from "../GatewayContext";
import type { FindingGroup } from "../state";
import { SEVERITIES, countBySeverity, filteredFindings, groupFindings, sheetsWithFindings } from "../state";
import { errorMessage } from "../../workflow/errorMessage";
import { runCheck } from "../workflows";
import type { ViewProps } from "./viewProps";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  finding: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const LABELS: Readonly<Record<Severity, { one: string; many: string }>> = {
  error: { one: "error", many: "errors" },
  warning: { one: "warning", many: "warnings" },
  info: { one: "info", many: "info" },
};

function countText(severity: Severity, n: number): string {
  return `${n} ${n === 1 ? LABELS[severity].one : LABELS[severity].many}`;
}

const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

function FindingItem({ finding, onSelect }: { finding: Finding; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  const where = finding.cell === "" ? null : `${finding.sheet}!${finding.cell}`;
  return (
    <li className={mergeClasses(styles.finding, styles[finding.severity])}>
      <div className={styles.row}>
        <Badge size="small" appearance="tint" color={BADGE_COLOR[finding.severity]}>
          {finding.severity}
        </Badge>
        {where !== null && (
          <Link as="button" onClick={() => onSelect(finding)} aria-label={`Select ${where} in Excel`}>
            {where}
          </Link>
        )}
        {finding.column !== null && <Caption1>{finding.column}</Caption1>}
      </div>
      <Body1>{finding.message}</Body1>
    </li>
  );
}

function Group({ group, onSelect }: { group: FindingGroup; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  const title = group.sheet === "" ? "Workbook" : group.sheet;
  const summary = SEVERITIES.filter((s) => group.counts[s] > 0)
    .map((s) => countText(s, group.counts[s]))
    .join(", ");
  return (
    <section className={styles.group} aria-label={`${title} findings`}>
      <Subtitle2 as="h3">
        {title} <Caption1>({summary})</Caption1>
      </Subtitle2>
      <ul className={styles.list}>
        {group.findings.map((f, i) => (
          <FindingItem key={`${f.cell}:${f.rule}:${i}`} finding={f} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}

export function ValidateView({ state, dispatch }: ViewProps) {
  const styles = useStyles();
  const gateway = useGateway();
  const result = state.check.result;
  const running = state.check.status === "running";
  const all = result?.findings ?? [];
  const totals = countBySeverity(all);
  const visible = filteredFindings(state);
  const shown = visible.slice(0, state.filters.shown);
  const withCells = visible.filter((f) => f.cell !== "" && f.sheet !== "");

  const act = (work: () => Promise<void>) =>
    void work().catch((error: unknown) => dispatch({ type: "actionFailed", error: errorMessage(error) }));
  const select = (f: Finding) => act(() => gateway.selectCell(f.sheet, f.cell));
  const highlight = () =>
    act(async () => {
      dispatch({ type: "highlightStarted" });
      const done = await gateway.highlightCells(
        withCells.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })),
      );
      const skipped = done.skipped > 0 ? ` (${done.skipped} more not highlighted)` : "";
      dispatch({ type: "highlightDone", message: `Highlighted ${done.highlighted} cells${skipped}.` });
    });
  const clear = () =>
    act(async () => {
      dispatch({ type: "highlightStarted" });
      const removed = await gateway.clearHighlights();
      dispatch({
        type: "highlightDone",
        message: removed === 0 ? "There were no highlights to clear." : `Cleared ${removed} highlights.`,
      });
    });

  return (
    <>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => void runCheck(gateway, state.prefs, state.asOf, dispatch)}
          disabled={running}
        >
          Validate workbook
        </Button>
        {running && <Spinner size="tiny" label="Validating…" />}
      </div>
      <Caption1>As of {state.asOf} (change the date under Build).</Caption1>
      {state.check.status === "failed" && state.check.error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.check.error}</MessageBarBody>
        </MessageBar>
      )}
      {result !== null && (
        <>
          <Subtitle2 as="h2" aria-live="polite">
            {all.length === 0
              ? "No findings: the trackers follow the template."
              : `${all.length} findings: ${SEVERITIES.map((s) => countText(s, totals[s])).join(", ")}`}
          </Subtitle2>
          {all.length > 0 && (
            <>
              <div className={styles.row} role="group" aria-label="Show severities">
                {SEVERITIES.map((s) => (
                  <ToggleButton
                    key={s}
                    size="small"
                    checked={state.filters.severities[s]}
                    onClick={() => dispatch({ type: "severityToggled", severity: s })}
                  >
                    {`${s === "info" ? "Info" : s === "error" ? "Errors" : "Warnings"} (${totals[s]})`}
                  </ToggleButton>
                ))}
              </div>
              <Field label="Sheet">
                <Select
                  value={state.filters.sheet ?? ""}
                  onChange={(_e, data) =>
                    dispatch({ type: "sheetFiltered", sheet: data.value === "" ? null : data.value })
                  }
                >
                  <option value="">All sheets</option>
                  {sheetsWithFindings(all).map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </Select>
              </Field>
              <div className={styles.row}>
                <Button onClick={highlight} disabled={state.highlight.busy || withCells.length === 0}>
                  Highlight cells
                </Button>
                <Button onClick={clear} disabled={state.highlight.busy}>
                  Clear highlights
                </Button>
              </div>
              {state.highlight.message !== null && (
                <Caption1 role="status">{state.highlight.message}</Caption1>
              )}
              <Caption1>
                Showing {shown.length} of {visible.length} findings.
              </Caption1>
              {groupFindings(shown).map((g) => (
                <Group key={g.sheet} group={g} onSelect={select} />
              ))}
              {shown.length < visible.length && (
                <Button onClick={() => dispatch({ type: "showMore" })}>Show more findings</Button>
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
