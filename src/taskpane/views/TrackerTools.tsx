/**
 * New tracker and Fix structure, as one self-contained block a view can place: New tracker opens
 * the blank tracker of the workbook's template (optionally for one project) as a new workbook; Fix
 * structure first lists what it would add to the open workbook, then adds it on confirmation.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { StructureFix } from "../../core/plan/structureFix/planStructureFix";
import type { FixResult } from "../../excel/fixStructure";
import { errorMessage } from "../../workflow/errorMessage";
import type { Preferences } from "../../workflow/preferences";
import { fixIsEmpty, openNewTracker, planFixStructure } from "../../workflow/trackerStructure";
import { useGateway } from "../GatewayContext";
import { useTrackerWriter } from "../TrackerWriterContext";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

type Busy = "none" | "creating" | "planning" | "fixing";

export interface TrackerToolsProps {
  readonly prefs: Preferences;
  readonly asOf: string;
}

export function TrackerTools({ prefs, asOf }: TrackerToolsProps) {
  const styles = useStyles();
  const gateway = useGateway();
  const write = useTrackerWriter();
  const [projectId, setProjectId] = useState("");
  const [busy, setBusy] = useState<Busy>("none");
  const [created, setCreated] = useState<string | null>(null);
  const [fix, setFix] = useState<StructureFix | null>(null);
  const [fixed, setFixed] = useState<FixResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (what: Busy, work: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy("none");
    }
  };
  const create = () =>
    run("creating", async () => {
      const sheets = await openNewTracker(gateway, prefs, projectId, write);
      setCreated(`A new workbook opened with ${sheets.join(", ")}.`);
    });
  const preview = () =>
    run("planning", async () => {
      setFixed(null);
      setFix(await planFixStructure(gateway, prefs, asOf));
    });
  const apply = (planned: StructureFix) =>
    run("fixing", async () => {
      setFixed(await gateway.fixStructure(planned));
      setFix(null);
    });

  return (
    <section className={styles.block} aria-label="Tracker structure">
      <Subtitle2 as="h2">Trackers</Subtitle2>
      <Body1>A blank tracker from this workbook's template, with drop-downs and instructions.</Body1>
      <Field label="Project ID (optional, for a single-project tracker)">
        <Input value={projectId} onChange={(_e, d) => setProjectId(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button onClick={() => void create()} disabled={busy !== "none"}>
          New tracker
        </Button>
        <Button onClick={() => void preview()} disabled={busy !== "none"}>
          Fix structure…
        </Button>
        {busy !== "none" && (
          <Spinner
            size="tiny"
            label={
              busy === "creating"
                ? "Writing the tracker…"
                : busy === "planning"
                  ? "Reading the workbook…"
                  : "Adding…"
            }
          />
        )}
      </div>
      {created !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{created}</MessageBarBody>
        </MessageBar>
      )}
      {fix !== null && (
        <FixPreview
          fix={fix}
          onApply={() => void apply(fix)}
          onCancel={() => setFix(null)}
          disabled={busy !== "none"}
        />
      )}
      {fixed !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Structure fixed</MessageBarTitle>
            {fixed.columnsAdded} column(s), {fixed.sheetsAdded.length} sheet(s) and data validation on{" "}
            {fixed.validationsAdded} column(s) added
            {fixed.validationsKept > 0
              ? `; ${fixed.validationsKept} column(s) kept their own validation`
              : ""}
            . Ctrl+Z undoes it.
          </MessageBarBody>
        </MessageBar>
      )}
      {error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

function FixPreview(props: {
  fix: StructureFix;
  onApply: () => void;
  onCancel: () => void;
  disabled: boolean;
}) {
  const styles = useStyles();
  const { fix } = props;
  if (fixIsEmpty(fix) && fix.blocked.length === 0) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          Nothing to add: the workbook has every table, required column and validation.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.block} role="region" aria-label="What Fix structure adds">
      <Body1>Fix structure will add (nothing is moved or deleted):</Body1>
      <ul className={styles.list}>
        {fix.summary.map((line) => (
          <li key={line}>
            <Caption1>{line}</Caption1>
          </li>
        ))}
      </ul>
      {fix.blocked.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{fix.blocked.join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onApply} disabled={props.disabled || fixIsEmpty(fix)}>
          Add these
        </Button>
        <Button onClick={props.onCancel} disabled={props.disabled}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
