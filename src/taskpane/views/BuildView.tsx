/**
 * Build: as-of date and options, then read → validate → KPIs → write with a named progress, then the
 * headline numbers and buttons that show the generated sheets. A workbook without a tracker is not
 * built; a failure says what to do and that the previous dashboard is intact. "Remove PMO sheets"
 * deletes only the sheets PMO Pulse wrote, after a confirmation.
 */
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { RefObject } from "react";
import { useRef } from "react";
import { OWNED_SHEET_NAMES, SHEET_NAMES } from "../../core/model/ownedSheets";
import { AsOfField, isValidAsOf } from "../components/AsOfField";
import { HeadlineNumbers } from "../components/HeadlineNumbers";
import { PlacedNotice } from "../components/PlacedNotice";
import { ResultHeading } from "../components/ResultHeading";
import { useFocusOnChange } from "../components/useFocusOnChange";
import { consolidating } from "../consolidateState";
import { useGateway } from "../GatewayContext";
import { formatDay } from "../locale";
import { BUILD_STEPS, plural } from "../state";
import { errorMessage } from "../../workflow/errorMessage";
import { removePmoSheets, runBuild } from "../workflows";
import { ConsolidateTrackers } from "./ConsolidateTrackers";
import type { ViewProps } from "./viewProps";

const useStyles = makeStyles({
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  current: { fontWeight: tokens.fontWeightSemibold },
  waiting: { color: tokens.colorNeutralForeground3 },
  sheets: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  sheet: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  result: { outlineOffset: "2px" },
});

/** What each PMO sheet is for (the buttons' descriptions). */
const SHEET_PURPOSE: Readonly<Record<string, string>> = {
  [SHEET_NAMES.dashboard]: "headline KPIs, charts and what needs attention",
  [SHEET_NAMES.projects]: "one row per project with EV figures and RAG",
  [SHEET_NAMES.capacity]: "hours and utilisation by resource, role and month",
  [SHEET_NAMES.cost]: "cost by program and role; pay only for large enough groups",
  [SHEET_NAMES.risks]: "open risks, heat map and overdue actions",
  [SHEET_NAMES.validation]: "every finding with a link to its cell",
};

/** The written sheet that started as `base` (the writer may have named it `base (2)`). */
function writtenName(sheets: readonly string[], base: string): string | null {
  return sheets.find((s) => s === base || s.startsWith(`${base} (`)) ?? null;
}

function stepState(index: number, current: number, failed: boolean): string {
  if (index < current) return "done";
  if (index === current) return failed ? "failed" : "in progress";
  return "waiting";
}

function Progress({ state }: ViewProps) {
  const styles = useStyles();
  const { build } = state;
  const total = BUILD_STEPS.length;
  const stepName = BUILD_STEPS[Math.min(build.step, total - 1)];
  const progressLabel =
    build.status === "done"
      ? "Done"
      : build.status === "failed"
        ? `Stopped at ${stepName}`
        : `Step ${build.step + 1} of ${total}: ${stepName}${build.detail !== null ? ` (${build.detail})` : ""}`;
  return (
    <>
      <Field label="Progress" validationMessage={progressLabel} validationState="none">
        <ProgressBar
          value={Math.min(build.step, total)}
          max={total}
          color={build.status === "failed" ? "error" : build.status === "done" ? "success" : "brand"}
        />
      </Field>
      <ol className={styles.steps} aria-label="Build steps">
        {BUILD_STEPS.map((name, i) => {
          const status = stepState(i, build.step, build.status === "failed");
          return (
            <li
              key={name}
              className={mergeClasses(
                status === "in progress" && styles.current,
                status === "waiting" && styles.waiting,
              )}
            >
              {name}: {status}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** Where focus goes when a build ends: its result heading or its failure message. */
type ResultRef = RefObject<HTMLElement | null>;

function Failure({ view, resultRef }: { view: ViewProps; resultRef: ResultRef }) {
  const { state, dispatch } = view;
  const styles = useStyles();
  const failure = state.build.failure;
  if (failure === null) return null;
  const noTracker = failure.kind === "no-tracker";
  return (
    <MessageBar
      ref={resultRef as RefObject<HTMLDivElement | null>}
      tabIndex={-1}
      className={styles.result}
      intent={noTracker ? "warning" : "error"}
      layout="multiline"
    >
      <MessageBarBody>
        <MessageBarTitle>
          {noTracker ? "No tracker sheet found" : "The dashboard was not built"}
        </MessageBarTitle>
        {failure.message}
        {!noTracker && failure.intact && " Your previous PMO sheets are unchanged."}
      </MessageBarBody>
      {noTracker && (
        <MessageBarActions>
          <Button onClick={() => dispatch({ type: "viewSelected", view: "home" })}>Go to Home</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

function Written({
  view,
  show,
  resultRef,
}: {
  view: ViewProps;
  show: (sheet: string) => void;
  resultRef: ResultRef;
}) {
  const { state, dispatch, locale } = view;
  const styles = useStyles();
  const { build } = state;
  const dashboard = writtenName(build.sheets, SHEET_NAMES.dashboard);
  const validation = writtenName(build.sheets, SHEET_NAMES.validation);
  return (
    <>
      <ResultHeading headingRef={resultRef as RefObject<HTMLHeadingElement | null>}>
        Dashboard written: {plural(build.sheets.length, "sheet")} as of{" "}
        {formatDay(build.headline?.asOf ?? state.asOf, locale)}
      </ResultHeading>
      {build.headline !== null && (
        <HeadlineNumbers
          headline={build.headline}
          locale={locale}
          onOpenDashboard={dashboard === null ? null : () => show(dashboard)}
        />
      )}
      {validation !== null && (build.headline?.errors ?? 0) + (build.headline?.warnings ?? 0) > 0 && (
        <Body1>
          Each finding is listed, with a link to its cell, on{" "}
          <Link as="button" onClick={() => show(validation)}>
            the validation sheet
          </Link>{" "}
          and under{" "}
          <Link as="button" onClick={() => dispatch({ type: "viewSelected", view: "validate" })}>
            Validate
          </Link>
          .
        </Body1>
      )}
      <Subtitle2 as="h2">Generated sheets</Subtitle2>
      <Caption1>Select a sheet to show it in Excel.</Caption1>
      <ul className={styles.sheets} aria-label="Generated sheets">
        {build.sheets.map((sheet) => {
          const base = OWNED_SHEET_NAMES.find((n) => sheet === n || sheet.startsWith(`${n} (`));
          const purpose = base === undefined ? undefined : SHEET_PURPOSE[base];
          return (
            <li key={sheet} className={styles.sheet}>
              <Button size="small" onClick={() => show(sheet)}>
                {sheet}
              </Button>
              {purpose !== undefined && <Caption1>{purpose}</Caption1>}
            </li>
          );
        })}
      </ul>
      <PlacedNotice state={state} dispatch={dispatch} place="sheet-links" />
      <Caption1>
        Build again after editing the trackers: the PMO sheets are replaced, your sheets are not touched.
      </Caption1>
    </>
  );
}

function RemoveSheets({ state, dispatch }: ViewProps) {
  const styles = useStyles();
  const gateway = useGateway();
  const status = state.remove.status;
  return (
    <>
      <Subtitle2 as="h2">Remove PMO sheets</Subtitle2>
      {status === "idle" ? (
        <div>
          <Button onClick={() => dispatch({ type: "removeAsked" })}>Remove PMO sheets…</Button>
        </div>
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Remove the PMO sheets?</MessageBarTitle>
            This deletes the sheets PMO Pulse wrote ({OWNED_SHEET_NAMES.join(", ")}) in one step. Sheets with
            those names that you made yourself, and your trackers, are not touched. You can build the
            dashboard again at any time.
          </MessageBarBody>
          <MessageBarActions>
            <div className={styles.row}>
              <Button
                appearance="primary"
                disabled={status === "running"}
                onClick={() => void removePmoSheets(gateway, dispatch)}
              >
                Remove
              </Button>
              <Button disabled={status === "running"} onClick={() => dispatch({ type: "removeCancelled" })}>
                Cancel
              </Button>
            </div>
          </MessageBarActions>
        </MessageBar>
      )}
      <PlacedNotice state={state} dispatch={dispatch} place="remove" />
    </>
  );
}

export function BuildView(view: ViewProps) {
  const { state, dispatch, now } = view;
  const gateway = useGateway();
  const { build } = state;
  const running = build.status === "running";
  const busy = running || consolidating(state.consolidate);
  const validDate = isValidAsOf(state.asOf);
  const resultRef = useRef<HTMLElement>(null);
  // Focus moves to the outcome when a build ends (not when the PMO comes back to this tab).
  useFocusOnChange(resultRef, running ? null : build.status);
  const start = () =>
    void runBuild(
      gateway,
      state.prefs,
      { asOf: state.asOf, portfolioName: build.portfolioName, linkFindings: build.linkFindings, now: now() },
      dispatch,
    );
  const show = (sheet: string) =>
    void gateway.activateSheet(sheet).catch((error: unknown) =>
      dispatch({
        type: "noticeShown",
        notice: { place: "sheet-links", intent: "error", text: errorMessage(error) },
      }),
    );

  return (
    <>
      <AsOfField {...view} />
      <Field label="Portfolio name" hint="Shown on the dashboard; empty uses the workbook's name.">
        <Input
          value={build.portfolioName}
          onChange={(_e, data) => dispatch({ type: "buildOptionsChanged", portfolioName: data.value })}
        />
      </Field>
      <Checkbox
        label="Link each finding on the validation sheet to its cell"
        checked={build.linkFindings}
        onChange={(_e, data) =>
          dispatch({ type: "buildOptionsChanged", linkFindings: data.checked === true })
        }
      />
      <div>
        <Button appearance="primary" onClick={start} disabled={busy || !validDate}>
          Build dashboard
        </Button>
      </div>
      {build.status !== "idle" && <Progress {...view} />}
      {build.status === "failed" && <Failure view={view} resultRef={resultRef} />}
      {build.status === "failed" && <PlacedNotice state={state} dispatch={dispatch} place="sheet-links" />}
      {build.status === "done" && <Written view={view} show={show} resultRef={resultRef} />}
      {build.status === "idle" && (
        <Body1>The PMO sheets are created next to your trackers; your own sheets are never changed.</Body1>
      )}
      <ConsolidateTrackers {...view} />
      {!busy && <RemoveSheets {...view} />}
    </>
  );
}
