/**
 * Build: as-of date and options, then read → validate → KPIs → write with a named progress, then a
 * summary whose links show the generated sheets.
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
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { dayFromIso } from "../../core/model/calendar";
import { useGateway } from "../GatewayContext";
import { BUILD_STEPS } from "../state";
import { errorMessage } from "../../workflow/errorMessage";
import { runBuild } from "../workflows";
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
  links: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

function stepState(index: number, current: number, failed: boolean): string {
  if (index < current) return "done";
  if (index === current) return failed ? "failed" : "in progress";
  return "waiting";
}

export function BuildView({ state, dispatch, now }: ViewProps) {
  const styles = useStyles();
  const gateway = useGateway();
  const { build } = state;
  const running = build.status === "running";
  const validDate = dayFromIso(state.asOf) !== null;
  const total = BUILD_STEPS.length;
  const stepName = BUILD_STEPS[Math.min(build.step, total - 1)];
  const progressLabel =
    build.status === "done"
      ? "Done"
      : build.status === "failed"
        ? `Stopped at ${stepName}`
        : `Step ${build.step + 1} of ${total}: ${stepName}${build.detail !== null ? ` (${build.detail})` : ""}`;
  const start = () =>
    void runBuild(
      gateway,
      state.prefs,
      { asOf: state.asOf, portfolioName: build.portfolioName, linkFindings: build.linkFindings, now: now() },
      dispatch,
    );
  const show = (sheet: string) =>
    void gateway
      .activateSheet(sheet)
      .catch((error: unknown) => dispatch({ type: "actionFailed", error: errorMessage(error) }));

  return (
    <>
      <Field
        label="As-of date"
        hint="KPIs are computed as at this date; by default the end of last month."
        validationMessage={validDate ? undefined : "Enter a date."}
      >
        <Input
          type="date"
          value={state.asOf}
          onChange={(_e, data) => dispatch({ type: "asOfChanged", asOf: data.value })}
        />
      </Field>
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
        <Button appearance="primary" onClick={start} disabled={running || !validDate}>
          Build dashboard
        </Button>
      </div>
      {build.status !== "idle" && (
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
      )}
      {build.status === "failed" && build.error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The dashboard was not built</MessageBarTitle>
            {build.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {build.status === "done" && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Dashboard written</MessageBarTitle>
              {build.sheets.length} sheets as of {state.asOf}. The trackers have {build.errors} errors and{" "}
              {build.warnings} warnings (see the validation sheet).
            </MessageBarBody>
          </MessageBar>
          <Subtitle2 as="h2">Generated sheets</Subtitle2>
          <ul className={styles.links} aria-label="Generated sheets">
            {build.sheets.map((sheet) => (
              <li key={sheet}>
                <Link as="button" onClick={() => show(sheet)}>
                  {sheet}
                </Link>
              </li>
            ))}
          </ul>
          <Caption1>
            Build again after editing the trackers: the PMO sheets are replaced, your sheets are not touched.
          </Caption1>
        </>
      )}
      {build.status === "idle" && (
        <Body1>The PMO sheets are created next to your trackers; your own sheets are never changed.</Body1>
      )}
    </>
  );
}
