/**
 * Settings: the report settings (RAG thresholds, currency, privacy threshold, stale days, date
 * order, hours per year, project) and an optional custom template, pasted or loaded from a file,
 * checked with parseTemplate before anything is saved in the workbook. The form lives in the pane's
 * state, so switching tabs keeps unsaved changes; messages appear beside the Save button.
 */
import {
  Button,
  Caption1,
  Field,
  Input,
  Label,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { ChangeEvent } from "react";
import { useState } from "react";
import type { DateOrder } from "../../core/model/settings";
import { PlacedNotice } from "../components/PlacedNotice";
import { draftTemplateFromWorkbook } from "../../core/read/draftTemplateFromWorkbook";
import { STANDARD_TEMPLATE } from "../../core/template/standardTemplate";
import { templateToJson } from "../../core/template/templateToJson";
import { errorMessage } from "../../workflow/errorMessage";
import { useGateway } from "../GatewayContext";
import { formatTime } from "../locale";
import type { SettingsEdit } from "../state";
import { plural } from "../state";
import { resolveTemplate } from "../../workflow/preferences";
import type { SettingsDraft } from "../settingsForm";
import { draftFromSettings, settingsFromDraft } from "../settingsForm";
import { runCheck, savePreferences } from "../workflows";
import { TemplateEditor } from "./TemplateEditor";
import type { ViewProps } from "./viewProps";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  file: { maxWidth: "100%", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1 },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type TextField = Exclude<keyof SettingsDraft, "dateOrder">;

const FIELD_LABELS: Readonly<Record<keyof SettingsDraft, string>> = {
  ragGreen: "RAG Green from",
  ragAmber: "RAG Amber from",
  currency: "Currency",
  minGroupSize: "Privacy threshold",
  staleDays: "Stale after (days)",
  dateOrder: "Date order of dates typed as text",
  hoursPerYear: "Hours per year",
  historyPeriods: "History periods kept",
  projectId: "Project ID",
};

export function SettingsView({ state, dispatch, now, locale }: ViewProps) {
  const styles = useStyles();
  const gateway = useGateway();
  const fileId = useId("template-file");
  const [fileError, setFileError] = useState<string | null>(null);
  const edit: SettingsEdit = state.settingsEdit ?? {
    draft: draftFromSettings(state.prefs.settings),
    templateText: state.prefs.templateText ?? "",
  };
  const { draft, templateText } = edit;
  const errors = state.settingsErrors;
  const templateErrors = templateText.trim() === "" ? [] : resolveTemplate(templateText).errors;
  const change = (next: Partial<SettingsEdit>) =>
    dispatch({ type: "settingsEdited", edit: { ...edit, ...next } });
  const setTemplateText = (text: string) => change({ templateText: text });
  const [drafting, setDrafting] = useState(false);
  const [draftNote, setDraftNote] = useState<string | null>(null);
  const startFromWorkbook = async () => {
    setDrafting(true);
    try {
      const raw = await gateway.readWorkbook();
      const base = resolveTemplate(templateText.trim() === "" ? null : templateText).template;
      const draft = draftTemplateFromWorkbook(raw, base);
      setTemplateText(templateToJson(draft));
      setDraftNote(
        `Drafted from the header rows of ${draft.tables.length} table(s) in this workbook; new columns got a type from their values. Check each type, then save.`,
      );
    } catch (error) {
      setDraftNote(`The workbook could not be read: ${errorMessage(error)}`);
    } finally {
      setDrafting(false);
    }
  };

  const field = (name: TextField, hint?: string, type: "text" | "number" = "number") => (
    <Field label={FIELD_LABELS[name]} hint={hint} validationMessage={errors[name]}>
      <Input
        type={type}
        value={draft[name]}
        onChange={(_e, data) => change({ draft: { ...draft, [name]: data.value } })}
        {...(type === "number" ? { inputMode: "decimal" as const } : {})}
      />
    </Field>
  );

  const loadFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file === undefined) return;
    setFileError(null);
    const reader = new FileReader();
    reader.onload = () => change({ templateText: typeof reader.result === "string" ? reader.result : "" });
    reader.onerror = () => setFileError(`Could not read ${file.name}.`);
    reader.readAsText(file);
  };

  const save = async () => {
    const parsed = settingsFromDraft(draft);
    if ("errors" in parsed || templateErrors.length > 0) {
      const fieldErrors = "errors" in parsed ? parsed.errors : {};
      const names = (Object.keys(fieldErrors) as (keyof SettingsDraft)[]).map((k) => FIELD_LABELS[k]);
      const parts = [
        ...(names.length > 0
          ? [`${plural(names.length, "field needs", "fields need")} a change: ${names.join(", ")}.`]
          : []),
        ...(templateErrors.length > 0 ? ["The custom template is not valid (see above)."] : []),
      ];
      dispatch({
        type: "settingsInvalid",
        errors: fieldErrors,
        text: `Nothing was saved. ${parts.join(" ")}`,
      });
      return;
    }
    const text = templateText.trim() === "" ? null : templateText;
    const prefs = { ...state.prefs, settings: parsed.settings, templateText: text };
    // Results on Validate follow the saved settings.
    if ((await savePreferences(gateway, prefs, state.asOf, dispatch, now())) && state.check.result !== null) {
      await runCheck(gateway, prefs, state.asOf, dispatch);
    }
  };

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Subtitle2 as="h2">Report settings</Subtitle2>
      {field("ragGreen", "SPI and CPI at or above this are Green.")}
      {field("ragAmber", "Below Green and at or above this are Amber.")}
      {field("currency", "Three-letter ISO code.", "text")}
      {field("minGroupSize", "Salary figures are hidden for groups with fewer people than this.")}
      {field("staleDays", "A project not updated for longer gets a warning.")}
      <Field label={FIELD_LABELS.dateOrder}>
        <Select
          value={draft.dateOrder}
          onChange={(_e, data) => change({ draft: { ...draft, dateOrder: data.value as DateOrder } })}
        >
          <option value="MDY">Month/day/year (MDY)</option>
          <option value="DMY">Day/month/year (DMY)</option>
        </Select>
      </Field>
      {field("hoursPerYear", "Turns a yearly salary into an hourly rate.")}
      {field("historyPeriods", "PMO History keeps this many latest periods (months) for changes and trends.")}
      {field("projectId", "Only for a single-project workbook without a Projects sheet.", "text")}

      <Subtitle2 as="h2">Template</Subtitle2>
      <Caption1>
        Empty uses the PMO Standard Tracker. Paste your PMO's template (JSON) or load it from a file.
      </Caption1>
      <div className={styles.row}>
        <Button
          type="button"
          size="small"
          onClick={() => setTemplateText(templateToJson(STANDARD_TEMPLATE))}
          disabled={templateText !== ""}
        >
          Edit a copy of the standard template
        </Button>
        <Button type="button" size="small" onClick={() => void startFromWorkbook()} disabled={drafting}>
          Start from this workbook
        </Button>
        {templateText !== "" && (
          <Link
            href={`data:application/json;charset=utf-8,${encodeURIComponent(templateText)}`}
            download="pmo-template.json"
          >
            Export JSON
          </Link>
        )}
      </div>
      {draftNote !== null && <Caption1 role="status">{draftNote}</Caption1>}
      {templateText !== "" && (
        <TemplateEditor text={templateText} onChange={setTemplateText} errors={templateErrors} />
      )}
      <Field label="Custom template (JSON)">
        <Textarea
          resize="vertical"
          rows={6}
          value={templateText}
          onChange={(_e, data) => change({ templateText: data.value })}
        />
      </Field>
      <div className={styles.row}>
        <Label htmlFor={fileId}>Load template file</Label>
        <input
          id={fileId}
          className={styles.file}
          type="file"
          accept=".json,application/json"
          onChange={loadFile}
        />
      </div>
      {fileError !== null && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Not loaded</MessageBarTitle>
            {fileError}
          </MessageBarBody>
        </MessageBar>
      )}
      {templateErrors.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The template is not valid</MessageBarTitle>
            <ul className={styles.errors}>
              {templateErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={state.prefsSaving}>
          Save settings
        </Button>
        <Button type="button" onClick={() => change({ templateText: "" })} disabled={templateText === ""}>
          Use the standard template
        </Button>
      </div>
      <PlacedNotice state={state} dispatch={dispatch} place="settings" />
      {state.settingsEdit !== null && (
        <Caption1>You have unsaved changes. They stay while you switch tabs.</Caption1>
      )}
      {state.prefsSavedAt !== null && (
        <Caption1 role="status">Saved in this workbook at {formatTime(state.prefsSavedAt, locale)}.</Caption1>
      )}
    </form>
  );
}
