/**
 * The as-of date, shown on Validate and on Build because it drives both. Cleared or invalid, it
 * says so here and the actions that need it are disabled (no engine run on a bad date).
 */
import { Field, Input } from "@fluentui/react-components";
import { dayFromIso } from "../../core/model/calendar";
import { formatDay } from "../locale";
import type { ViewProps } from "../views/viewProps";

export function isValidAsOf(asOf: string): boolean {
  return dayFromIso(asOf) !== null;
}

export function AsOfField({ state, dispatch, locale }: ViewProps) {
  const valid = isValidAsOf(state.asOf);
  const last =
    state.lastBuildAsOf !== null
      ? ` The last build was as of ${formatDay(state.lastBuildAsOf, locale)}.`
      : "";
  return (
    <Field
      label="As-of date"
      hint={
        valid
          ? `KPIs and checks are as at ${formatDay(state.asOf, locale)}; by default the end of last month.${last}`
          : undefined
      }
      validationMessage={valid ? undefined : "Enter the as-of date (the day the figures are as at)."}
    >
      <Input
        type="date"
        value={state.asOf}
        onChange={(_e, data) => dispatch({ type: "asOfChanged", asOf: data.value })}
      />
    </Field>
  );
}
