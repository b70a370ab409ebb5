/**
 * Validate: findings grouped by sheet or by Project Manager, with counts, severity filters and
 * next/previous. A finding's address selects its cell in Excel; highlighting changes the sheets'
 * look, so it happens only when the PMO clicks for it, and "Clear highlights" removes exactly what
 * it added. Messages appear beside the finding or button they are about.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Finding, Severity } from "../../core/model/finding";
import { findingsSummary } from "../announcements";
import { AsOfField, isValidAsOf } from "../components/AsOfField";
import { PlacedNotice } from "../components/PlacedNotice";
import { ResultHeading } from "../components/ResultHeading";
import { useFocusOnChange } from "../components/useFocusOnChange";
import { useGateway } from "../GatewayContext";
import { formatDay } from "../locale";
import type { FindingGroup, GroupBy, IndexedFinding } from "../state";
import {
  SEVERITIES,
  addressOf,
  countBySeverity,
  filteredFindings,
  groupFindings,
  isSelectable,
  managerOf,
  orderedFindings,
  placeOf,
  plural,
  severityCount,
  sheetsWithFindings,
} from "../state";
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
    rowGap: tokens.spacingVerticalS,
  },
  finding: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
    scrollMarginTop: tokens.spacingVerticalXXL,
  },
  // An outline, not a background: link colours keep their contrast in both themes.
  current: {
    outlineWidth: tokens.strokeWidthThick,
    outlineStyle: "solid",
    outlineColor: tokens.colorBrandStroke1,
    outlineOffset: tokens.spacingHorizontalXXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  address: { minHeight: "24px" },
  heading: { outlineOffset: "2px" },
});

const FILTER_LABELS: Readonly<Record<Severity, string>> = {
  error: "Errors",
  warning: "Warnings",
  info: "Info",
};
const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

interface ItemProps {
  readonly item: IndexedFinding;
  readonly current: boolean;
  readonly onSelect: (item: IndexedFinding) => void;
  readonly view: ViewProps;
}

function FindingItem({ item, current, onSelect, view }: ItemProps) {
  const styles = useStyles();
  const { finding } = item;
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (current) ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [current]);
  const check = view.state.check.result;
  const where = addressOf(finding, check);
  // A finding in another file cannot be selected: its file and cell are shown to open by hand.
  const selectable = isSelectable(finding, check);
  return (
    <li
      ref={ref}
      className={mergeClasses(styles.finding, styles[finding.severity], current && styles.current)}
      aria-current={current ? "true" : undefined}
    >
      <div className={styles.row}>
        <Badge size="small" appearance="tint" color={BADGE_COLOR[finding.severity]}>
          {finding.severity}
        </Badge>
        {where !== null && !selectable && <Caption1>{where}</Caption1>}
        {where !== null && selectable && (
          <Link
            as="button"
            className={styles.address}
            onClick={() => onSelect(item)}
            aria-label={`Select ${where} in Excel`}
          >
            {where}
          </Link>
        )}
        {finding.column !== null && <Caption1>{finding.column}</Caption1>}
      </div>
      <Body1>{finding.message}</Body1>
      <PlacedNotice state={view.state} dispatch={view.dispatch} place={`finding:${item.index}`} />
    </li>
  );
}

function groupTitle(group: FindingGroup, groupBy: GroupBy): string {
  if (group.key !== "") return group.key;
  return groupBy === "manager" ? "No Project Manager" : "Workbook";
}

function Group(props: {
  group: FindingGroup;
  cursorIndex: number | null;
  onSelect: (i: IndexedFinding) => void;
  view: ViewProps;
}) {
  const { group, cursorIndex, onSelect, view } = props;
  const styles = useStyles();
  const title = groupTitle(group, view.state.filters.groupBy);
  const summary = SEVERITIES.filter((s) => group.counts[s] > 0)
    .map((s) => severityCount(s, group.counts[s]))
    .join(", ");
  return (
    <section className={styles.group} aria-label={`${title} findings`}>
      <Subtitle2 as="h3">
        {title} <Caption1>({summary})</Caption1>
      </Subtitle2>
      <ul className={styles.list}>
        {group.findings.map((item) => (
          <FindingItem
            key={item.index}
            item={item}
            current={item.index === cursorIndex}
            onSelect={onSelect}
            view={view}
          />
        ))}
      </ul>
    </section>
  );
}

/** "Showing 6 of 14 findings" with what is hidden, or why nothing shows. */
function showingText(shown: number, visible: number, total: number, allOff: boolean): string {
  if (allOff) return "Every severity is turned off: tick Errors, Warnings or Info to see findings.";
  if (visible === 0) return `None of the ${plural(total, "finding")} match the filters.`;
  const hidden = total - visible;
  const page =
    shown < visible
      ? `Showing ${shown} of ${plural(visible, "matching finding")}`
      : `Showing ${plural(visible, "finding")}`;
  return hidden > 0 ? `${page}; ${hidden} hidden by the filters.` : `${page}.`;
}

export function ValidateView(view: ViewProps) {
  const { state, dispatch, locale } = view;
  const styles = useStyles();
  const gateway = useGateway();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, state.check.runs);
  const result = state.check.result;
  const running = state.check.status === "running";
  const validDate = isValidAsOf(state.asOf);
  const all = result?.findings ?? [];
  const totals = countBySeverity(all);
  const visible = filteredFindings(state);
  const ordered = orderedFindings(state);
  const shown = ordered.slice(0, state.filters.shown);
  // Only cells of the open workbook can be selected or highlighted.
  const withCells = visible.filter((f) => f.cell !== "" && f.sheet !== "" && isSelectable(f, result));
  const allOff = SEVERITIES.every((s) => !state.filters.severities[s]);
  const groupBy = state.filters.groupBy;
  const managers = result?.managers ?? {};
  const groups =
    groupBy === "manager"
      ? groupFindings(
          shown.map((i) => i.finding),
          (f) => managerOf(f, managers),
          true,
        )
      : groupFindings(
          shown.map((i) => i.finding),
          (f) => placeOf(f, result),
        );
  // groupFindings numbers the findings it was given; map them back to their place in the visible list.
  const byFinding = new Map(shown.map((i) => [i.finding, i]));
  const indexed = groups.map((g) => ({
    ...g,
    findings: g.findings.map((i) => byFinding.get(i.finding) ?? i),
  }));
  const cursor = state.filters.cursor;
  const cursorIndex = cursor === null ? null : (ordered[cursor]?.index ?? null);

  const fail = (place: `finding:${number}` | "highlight", error: unknown) =>
    dispatch({ type: "noticeShown", notice: { place, intent: "error", text: errorMessage(error) } });
  const selectItem = (item: IndexedFinding) => {
    const f: Finding = item.finding;
    if (f.cell === "" || f.sheet === "" || !isSelectable(f, result)) return;
    void gateway.selectCell(f.sheet, f.cell).catch((error: unknown) => fail(`finding:${item.index}`, error));
  };
  const step = (delta: number) => {
    if (ordered.length === 0) return;
    const next =
      cursor === null
        ? delta > 0
          ? 0
          : ordered.length - 1
        : (cursor + delta + ordered.length) % ordered.length;
    dispatch({ type: "cursorMoved", cursor: next });
    const item = ordered[next];
    if (item !== undefined) selectItem(item);
  };
  const highlight = () => {
    dispatch({ type: "highlightStarted" });
    gateway
      .highlightCells(withCells.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })))
      .then(
        (done) => {
          const skipped = done.skipped > 0 ? ` (${done.skipped} more not highlighted)` : "";
          dispatch({
            type: "noticeShown",
            notice: {
              place: "highlight",
              intent: "success",
              text: `Highlighted ${plural(done.highlighted, "cell")}${skipped}.`,
            },
          });
        },
        (error: unknown) => fail("highlight", error),
      );
  };
  const clear = () => {
    dispatch({ type: "highlightStarted" });
    gateway.clearHighlights().then(
      (removed) =>
        dispatch({
          type: "noticeShown",
          notice: {
            place: "highlight",
            intent: "success",
            text:
              removed === 0
                ? "There were no highlights to clear."
                : `Cleared ${plural(removed, "highlight")}.`,
          },
        }),
      (error: unknown) => fail("highlight", error),
    );
  };

  return (
    <>
      <AsOfField {...view} />
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => void runCheck(gateway, state.prefs, state.asOf, dispatch)}
          disabled={running || !validDate}
        >
          Check workbook
        </Button>
        {running && <Spinner size="tiny" label="Checking…" />}
      </div>
      {state.check.status === "failed" && state.check.error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Check failed</MessageBarTitle>
            {state.check.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {result === null && state.check.status !== "running" && (
        <Body1>Check the workbook to see what the trackers need fixing.</Body1>
      )}
      {result !== null && (
        <>
          <ResultHeading headingRef={heading}>{findingsSummary(state)}</ResultHeading>
          {result.consolidated !== undefined && (
            <Caption1>
              Consolidated from {plural(result.consolidated.files.length, "file")}. A finding in a chosen file
              names its file and cell: open that file to fix it.
            </Caption1>
          )}
          {result.asOf !== state.asOf && (
            <Caption1>
              These results are as of {formatDay(result.asOf, locale)}. Check again for{" "}
              {formatDay(state.asOf, locale)}.
            </Caption1>
          )}
          {all.length > 0 && (
            <>
              <div className={styles.row} role="group" aria-label="Show severities">
                {SEVERITIES.map((s) => (
                  <Checkbox
                    key={s}
                    label={`${FILTER_LABELS[s]} (${totals[s]})`}
                    checked={state.filters.severities[s]}
                    onChange={() => dispatch({ type: "severityToggled", severity: s })}
                  />
                ))}
              </div>
              <div className={styles.row}>
                <Field label="Sheet">
                  <Select
                    value={state.filters.sheet ?? ""}
                    onChange={(_e, data) =>
                      dispatch({ type: "sheetFiltered", sheet: data.value === "" ? null : data.value })
                    }
                  >
                    <option value="">All sheets</option>
                    {sheetsWithFindings(all, result).map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label="Group by">
                  <Select
                    value={groupBy}
                    onChange={(_e, data) =>
                      dispatch({ type: "groupByChanged", groupBy: data.value as GroupBy })
                    }
                  >
                    <option value="sheet">Sheet</option>
                    <option value="manager">Project Manager</option>
                  </Select>
                </Field>
              </div>
              <div className={styles.row}>
                <Button onClick={highlight} disabled={state.highlight.busy || withCells.length === 0}>
                  Highlight cells
                </Button>
                <Button onClick={clear} disabled={state.highlight.busy}>
                  Clear highlights
                </Button>
              </div>
              <PlacedNotice state={state} dispatch={dispatch} place="highlight" />
              <Caption1 role="status">
                {showingText(shown.length, visible.length, all.length, allOff)}
              </Caption1>
              {ordered.length > 0 && (
                <div className={styles.row} role="group" aria-label="Step through findings">
                  <Button onClick={() => step(-1)}>Previous finding</Button>
                  <Button onClick={() => step(1)}>Next finding</Button>
                  {cursor !== null && <Caption1>{`Finding ${cursor + 1} of ${ordered.length}`}</Caption1>}
                </div>
              )}
              {indexed.map((g) => (
                <Group key={g.key} group={g} cursorIndex={cursorIndex} onSelect={selectItem} view={view} />
              ))}
              {shown.length < ordered.length && (
                <Button onClick={() => dispatch({ type: "showMore" })}>Show more findings</Button>
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
