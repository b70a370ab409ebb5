/**
 * "Consolidate trackers" on Build: the PMO chooses the PMs' .xlsx files (the browser's file
 * picker; they are read here in the pane, nothing is uploaded), says whether the open workbook's
 * own trackers count too, and builds one dashboard from all of them. Progress names each file;
 * Cancel stops between files and leaves the workbook as it was.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ChangeEvent, RefObject } from "react";
import { useRef } from "react";
import { SHEET_NAMES } from "../../core/model/ownedSheets";
import type { OpenWorkbookUse } from "../../workflow/consolidate";
import { CONSOLIDATE_STEPS } from "../../workflow/consolidate";
import { errorMessage } from "../../workflow/errorMessage";
import { isValidAsOf } from "../components/AsOfField";
import { HeadlineNumbers } from "../components/HeadlineNumbers";
import { ResultHeading } from "../components/ResultHeading";
import { useFocusOnChange } from "../components/useFocusOnChange";
import type { ConsolidateState } from "../consolidateState";
import { consolidateProgressText, consolidating } from "../consolidateState";
import { runConsolidate } from "../consolidateWorkflow";
import { useGateway } from "../GatewayContext";
import { dateTimeFormat, formatDay } from "../locale";
import { plural } from "../state";
import type { ViewProps } from "./viewProps";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  // The native input does the picking; the Fluent button in front of it is what the PMO sees and tabs to.
  picker: { display: "none" },
  files: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  result: { outlineOffset: "2px" },
  grow: { flexGrow: 1, minWidth: 0 },
});

/** .xlsx, and .xlsm (the same format with macros, which are never run), as the CLI's folder build reads. */
const XLSX_TYPES = [
  ".xlsx",
  ".xlsm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel.sheet.macroEnabled.12",
].join(",");

/** How many chosen files are named in the pane; PMO Validation lists every one with its date. */
const FILES_NAMED = 5;

/** The chosen files, the first few with their dates, before the run. */
function ChosenFiles({ state, locale }: { state: ConsolidateState; locale: string }) {
  const styles = useStyles();
  if (state.files.length === 0) return <Caption1>No files chosen yet.</Caption1>;
  const named = state.files.slice(0, FILES_NAMED);
  const more = state.files.length - named.length;
  const format = dateTimeFormat(locale);
  return (
    <>
      <Caption1>{plural(state.files.length, "file")} chosen:</Caption1>
      <ul className={styles.files} aria-label="Chosen tracker files">
        {named.map((f, i) => (
          <li key={`${i}:${f.name}`}>
            <Caption1>
              {f.name}, modified {format.format(new Date(f.lastModified))}
            </Caption1>
          </li>
        ))}
        {more > 0 && (
          <li>
            <Caption1>and {plural(more, "more file")}</Caption1>
          </li>
        )}
      </ul>
    </>
  );
}

function Progress({ state, onCancel }: { state: ConsolidateState; onCancel: () => void }) {
  const styles = useStyles();
  const reading = state.step === 0 && state.progress !== null;
  // While reading, the bar follows the files; afterwards, the remaining steps.
  const [value, max] = reading
    ? [(state.progress?.index ?? 1) - 1, state.progress?.total ?? 1]
    : [state.step, CONSOLIDATE_STEPS.length];
  const writing = CONSOLIDATE_STEPS[state.step] === "Writing dashboard";
  return (
    <div className={styles.row}>
      <Field
        label="Consolidation progress"
        validationMessage={consolidateProgressText(state)}
        validationState="none"
        className={styles.grow}
      >
        <ProgressBar value={value} max={max} />
      </Field>
      <Button onClick={onCancel} disabled={state.status === "cancelling" || writing}>
        Cancel
      </Button>
    </div>
  );
}

type ResultRef = RefObject<HTMLElement | null>;

function Outcome({ view, resultRef }: { view: ViewProps; resultRef: ResultRef }) {
  const { state, dispatch, locale } = view;
  const styles = useStyles();
  const gateway = useGateway();
  const c = state.consolidate;
  const show = (sheet: string) =>
    void gateway.activateSheet(sheet).catch((error: unknown) =>
      dispatch({
        type: "noticeShown",
        notice: { place: "sheet-links", intent: "error", text: errorMessage(error) },
      }),
    );
  if (c.status === "cancelled") {
    return (
      <MessageBar
        ref={resultRef as RefObject<HTMLDivElement | null>}
        tabIndex={-1}
        className={styles.result}
        layout="multiline"
      >
        <MessageBarBody>
          <MessageBarTitle>Cancelled</MessageBarTitle>
          Nothing was written: the workbook is as it was.
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (c.status === "failed" && c.failure !== null) {
    return (
      <MessageBar
        ref={resultRef as RefObject<HTMLDivElement | null>}
        tabIndex={-1}
        className={styles.result}
        intent={c.failure.kind === "excel" ? "error" : "warning"}
        layout="multiline"
      >
        <MessageBarBody>
          <MessageBarTitle>The trackers were not consolidated</MessageBarTitle>
          {c.failure.message}
          {c.failure.intact && " Your previous PMO sheets are unchanged."}
        </MessageBarBody>
        {c.failure.kind !== "excel" && state.check.result?.consolidated !== undefined && (
          <MessageBarActions>
            <Button onClick={() => dispatch({ type: "viewSelected", view: "validate" })}>
              Review findings
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
    );
  }
  const result = c.result;
  if (c.status !== "done" || result === null) return null;
  const read = result.files.length - result.unreadable.length;
  const dashboard = result.sheets.find(
    (s) => s === SHEET_NAMES.dashboard || s.startsWith(`${SHEET_NAMES.dashboard} (`),
  );
  return (
    <>
      <ResultHeading headingRef={resultRef as RefObject<HTMLHeadingElement | null>}>
        Consolidated {plural(read, "workbook")}: dashboard written as of{" "}
        {formatDay(result.headline.asOf, locale)}
      </ResultHeading>
      {result.unreadable.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{plural(result.unreadable.length, "file")} could not be read</MessageBarTitle>
            <ul className={styles.files} aria-label="Files not read">
              {result.unreadable.map((f) => (
                <li key={f.file}>{f.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <HeadlineNumbers
        headline={result.headline}
        locale={locale}
        onOpenDashboard={dashboard === undefined ? null : () => show(dashboard)}
      />
      <Body1>
        PMO Validation lists the {plural(result.files.length, "file")} read with their modification dates
        (UTC) and every finding with its file and cell.
      </Body1>
      <div>
        <Button onClick={() => dispatch({ type: "viewSelected", view: "validate" })}>Review findings</Button>
      </div>
    </>
  );
}

/** The "Consolidate trackers" block of the Build view. */
export function ConsolidateTrackers(view: ViewProps) {
  const { state, dispatch, now, locale } = view;
  const styles = useStyles();
  const gateway = useGateway();
  const picker = useRef<HTMLInputElement>(null);
  const cancelled = useRef(false);
  const resultRef = useRef<HTMLElement>(null);
  const c = state.consolidate;
  const running = consolidating(c);
  useFocusOnChange(resultRef, running ? null : c.status);
  const blocked = running || state.build.status === "running" || !isValidAsOf(state.asOf);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Cleared so choosing the same files again is noticed.
    event.target.value = "";
    if (files.length > 0) dispatch({ type: "consolidateFilesChosen", files });
  };
  const start = () => {
    cancelled.current = false;
    void runConsolidate(
      gateway,
      {
        files: c.files,
        use: c.use,
        prefs: state.prefs,
        asOf: state.asOf,
        plan: {
          portfolioName: state.build.portfolioName,
          linkFindings: state.build.linkFindings,
          now: now(),
        },
      },
      dispatch,
      { isCancelled: () => cancelled.current },
    );
  };
  const cancel = () => {
    cancelled.current = true;
    dispatch({ type: "consolidateCancelRequested" });
  };

  return (
    <section className={styles.section} aria-labelledby="consolidate-heading">
      <Subtitle2 as="h2" id="consolidate-heading">
        Consolidate trackers
      </Subtitle2>
      <Caption1>
        Build one dashboard from the Project Managers&apos; tracker files. They are read here, in this pane:
        nothing is uploaded.
      </Caption1>
      <input
        ref={picker}
        className={styles.picker}
        type="file"
        multiple
        accept={XLSX_TYPES}
        aria-label="Tracker files to consolidate"
        onChange={choose}
        tabIndex={-1}
      />
      <div className={styles.row}>
        <Button onClick={() => picker.current?.click()} disabled={running}>
          Choose tracker files…
        </Button>
      </div>
      {!running && <ChosenFiles state={c} locale={locale} />}
      <Field label="This workbook's own tracker sheets">
        <RadioGroup
          value={c.use}
          disabled={running}
          onChange={(_e, data) =>
            dispatch({ type: "consolidateUseChanged", use: data.value as OpenWorkbookUse })
          }
        >
          <Radio value="with" label="Include them with the chosen files" />
          <Radio value="instead" label="Leave them out: the chosen files only" />
        </RadioGroup>
      </Field>
      <div>
        <Button onClick={start} disabled={blocked || c.files.length === 0}>
          Consolidate and build
        </Button>
      </div>
      {running && <Progress state={c} onCancel={cancel} />}
      {!running && <Outcome view={view} resultRef={resultRef} />}
    </section>
  );
}
