/**
 * Home: a first-run guide, then which sheets were recognised as which tracker tables with the
 * findings' count and the next step; when no tracker is found, says so and offers the ways to get
 * one (map a sheet, add the example, a new tracker); hand mapping saved in the workbook.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { TableBinding } from "../../core/model/portfolio";
import { mappingFor } from "../../core/read/sheetMapping";
import type { TableDef } from "../../core/template/types";
import { findingsSummary } from "../announcements";
import { PlacedNotice } from "../components/PlacedNotice";
import { ResultHeading } from "../components/ResultHeading";
import { useFocusOnChange } from "../components/useFocusOnChange";
import { useGateway } from "../GatewayContext";
import type { WorkbookCheck } from "../state";
import { countBySeverity, hasNoTracker, plural, severityCount } from "../state";
import { resolveTemplate, withColumnHeader, withSheetTable } from "../../workflow/preferences";
import { addExampleTracker, runCheck, savePreferences } from "../workflows";
import { FirstRunSteps } from "./HelpView";
import { TrackerTools } from "./TrackerTools";
import type { ViewProps } from "./viewProps";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { outlineOffset: "2px" },
});

const NOT_A_TABLE = "";

function columnHeader(table: TableDef, key: string): string {
  return table.columns.find((c) => c.key === key)?.header ?? key;
}

function TableRow({
  table,
  binding,
  errors,
}: {
  table: TableDef;
  binding: TableBinding | undefined;
  errors: number;
}) {
  const styles = useStyles();
  const status =
    binding === undefined
      ? table.required === true
        ? { color: "danger" as const, text: "Missing (required)" }
        : { color: "informative" as const, text: "Not found (optional)" }
      : binding.missingRequired.length > 0
        ? { color: "warning" as const, text: "Incomplete" }
        : errors > 0
          ? { color: "warning" as const, text: `Recognised, ${severityCount("error", errors)}` }
          : { color: "success" as const, text: "Recognised" };
  return (
    <li className={styles.item} aria-label={`${table.name} table`}>
      <div className={styles.line}>
        <Body1>
          <strong>{table.name}</strong>
        </Body1>
        <Badge appearance="tint" color={status.color}>
          {status.text}
        </Badge>
      </div>
      {binding !== undefined && (
        <Caption1>
          {binding.form === true
            ? `Sheet “${binding.sheet}”, a one-project status report laid out as a form (labels from row ${binding.headerRow})`
            : `Sheet “${binding.sheet}”, header row ${binding.headerRow}`}
        </Caption1>
      )}
      {binding !== undefined && binding.missingRequired.length > 0 && (
        <Caption1>
          {binding.form === true ? "Missing required fields" : "Missing required columns"}:{" "}
          {binding.missingRequired.map((k) => columnHeader(table, k)).join(", ")}
        </Caption1>
      )}
    </li>
  );
}

/** After a check: the findings' count and what to do next. */
function CheckSummary({ props, result }: { props: ViewProps; result: WorkbookCheck }) {
  const counts = countBySeverity(result.findings);
  const next =
    counts.error > 0
      ? "Fix the errors in the trackers and check again, or build now: the dashboard lists them on PMO Validation."
      : "The trackers are ready: build the dashboard.";
  return (
    <MessageBar intent={counts.error > 0 ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{findingsSummary(props.state)}</MessageBarTitle>
        {next}
      </MessageBarBody>
      <MessageBarActions>
        {result.findings.length > 0 && (
          <Button onClick={() => props.dispatch({ type: "viewSelected", view: "validate" })}>
            Review findings
          </Button>
        )}
        <Button onClick={() => props.dispatch({ type: "viewSelected", view: "build" })}>Go to Build</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** No tracker at all: say so and offer the ways to get one. */
function NoTracker({ props }: { props: ViewProps }) {
  const styles = useStyles();
  const gateway = useGateway();
  const { state, dispatch } = props;
  const addExample = () => void addExampleTracker(gateway, state.prefs, state.asOf, dispatch);
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>No tracker sheet found</MessageBarTitle>
          None of the sheets in this workbook looks like a Projects, Milestones, Risks or Resources tracker,
          so there is nothing to check or build yet. Choose below what a sheet holds, add the example tracker
          to try PMO Pulse, or open a blank tracker with New tracker below.
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <Button onClick={addExample} disabled={state.exampleBusy}>
          Add the example tracker
        </Button>
      </div>
    </>
  );
}

export function HomeView(props: ViewProps) {
  const { state, dispatch, now } = props;
  const styles = useStyles();
  const gateway = useGateway();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, state.check.runs);
  const { template } = resolveTemplate(state.prefs.templateText);
  const result = state.check.result;
  const running = state.check.status === "running";
  const check = () => void runCheck(gateway, state.prefs, state.asOf, dispatch);
  const saveAndCheck = async () => {
    if (await savePreferences(gateway, state.prefs, state.asOf, dispatch, now(), "home-mapping")) check();
  };

  const bound = new Map((result?.bindings ?? []).map((b) => [b.table, b]));
  const boundSheets = new Set((result?.bindings ?? []).map((b) => b.sheet));
  const errorsOn = (sheet: string) =>
    (result?.findings ?? []).filter((f) => f.sheet === sheet && f.severity === "error").length;
  const mapping = state.prefs.mapping;
  // Sheets the PMO can map: those not recognised, plus any already mapped by hand.
  const mappable = (result?.sheetNames ?? []).filter(
    (s) => !boundSheets.has(s) || mappingFor(mapping, s)?.table !== undefined,
  );
  // A form's missing fields are added on the form itself: no column of it can be mapped.
  const incomplete = (result?.bindings ?? []).filter((b) => b.missingRequired.length > 0 && b.form !== true);
  const noTracker = result !== null && hasNoTracker(result);
  // After "Consolidate trackers" the result spans several files: the table list and the mapping
  // below are about this workbook's sheets alone, so they wait for a check of this workbook.
  const single = result?.consolidated === undefined;

  return (
    <>
      <Body1>
        PMO Pulse reads the tracker sheets in this workbook (Projects, Milestones, Risks, Resources, …),
        checks them against the {template.name} and writes a dashboard next to them.
      </Body1>
      {result === null && <FirstRunSteps />}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={check} disabled={running}>
          Check workbook
        </Button>
        {running && <Spinner size="tiny" label="Reading the workbook…" />}
      </div>
      {state.check.status === "failed" && state.check.error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Check failed</MessageBarTitle>
            {state.check.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {result !== null && (
        <>
          <ResultHeading headingRef={heading}>
            {single
              ? `Tracker tables in ${result.file}`
              : `Trackers consolidated from ${plural(result.consolidated?.files.length ?? 0, "file")}`}
          </ResultHeading>
          {noTracker && single ? <NoTracker props={props} /> : <CheckSummary props={props} result={result} />}
          <PlacedNotice state={state} dispatch={dispatch} place="example" />
          {single && !noTracker && (
            <ul className={styles.list} aria-label="Tracker tables">
              {template.tables.map((t) => {
                const binding = bound.get(t.key);
                return (
                  <TableRow
                    key={t.key}
                    table={t}
                    binding={binding}
                    errors={binding === undefined ? 0 : errorsOn(binding.sheet)}
                  />
                );
              })}
            </ul>
          )}
          {single && (mappable.length > 0 || incomplete.length > 0) && (
            <>
              <Subtitle2 as="h2">Map sheets and columns by hand</Subtitle2>
              <Caption1>
                Choose what a sheet holds when its name or headers differ from the template.
              </Caption1>
              {mappable.map((sheet) => (
                <Field key={sheet} label={`Sheet “${sheet}” holds`}>
                  <Select
                    value={mappingFor(mapping, sheet)?.table ?? NOT_A_TABLE}
                    onChange={(_e, data) =>
                      dispatch({
                        type: "mappingChanged",
                        mapping: withSheetTable(
                          mapping,
                          sheet,
                          data.value === NOT_A_TABLE ? null : data.value,
                        ),
                      })
                    }
                  >
                    <option value={NOT_A_TABLE}>No tracker table</option>
                    {template.tables.map((t) => (
                      <option key={t.key} value={t.key}>
                        {t.name}
                      </option>
                    ))}
                  </Select>
                </Field>
              ))}
              {incomplete.flatMap((b) => {
                const table = template.tables.find((t) => t.key === b.table);
                if (table === undefined) return [];
                return b.missingRequired.map((key) => {
                  const mapped = Object.entries(mappingFor(mapping, b.sheet)?.columns ?? {}).find(
                    ([, k]) => k === key,
                  )?.[0];
                  return (
                    <Field
                      key={`${b.sheet}:${key}`}
                      label={`Column for “${columnHeader(table, key)}” on “${b.sheet}”`}
                      hint={
                        b.unknownHeaders.length === 0
                          ? "The sheet has no unrecognised headers to choose from."
                          : undefined
                      }
                    >
                      <Select
                        value={mapped ?? NOT_A_TABLE}
                        disabled={b.unknownHeaders.length === 0 && mapped === undefined}
                        onChange={(_e, data) =>
                          dispatch({
                            type: "mappingChanged",
                            mapping: withColumnHeader(
                              mapping,
                              b.sheet,
                              b.table,
                              key,
                              data.value === NOT_A_TABLE ? null : data.value,
                            ),
                          })
                        }
                      >
                        <option value={NOT_A_TABLE}>Not in this sheet</option>
                        {[...new Set([...(mapped !== undefined ? [mapped] : []), ...b.unknownHeaders])].map(
                          (h) => (
                            <option key={h} value={h}>
                              {h}
                            </option>
                          ),
                        )}
                      </Select>
                    </Field>
                  );
                });
              })}
              <div className={styles.actions}>
                <Button onClick={() => void saveAndCheck()} disabled={running || state.prefsSaving}>
                  Save mapping and check again
                </Button>
              </div>
              <PlacedNotice state={state} dispatch={dispatch} place="home-mapping" />
            </>
          )}
        </>
      )}
      <TrackerTools prefs={state.prefs} asOf={state.asOf} />
    </>
  );
}
