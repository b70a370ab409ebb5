/**
 * Home: which sheets were recognised as which tracker tables, what required sheets and columns are
 * missing, and a way to map them by hand (saved in the workbook as the sheet mapping).
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { TableBinding } from "../../core/model/portfolio";
import { mappingFor } from "../../core/read/sheetMapping";
import type { TableDef } from "../../core/template/types";
import { useGateway } from "../GatewayContext";
import { resolveTemplate, withColumnHeader, withSheetTable } from "../../workflow/preferences";
import { runCheck, savePreferences } from "../workflows";
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
});

const NOT_A_TABLE = "";

function columnHeader(table: TableDef, key: string): string {
  return table.columns.find((c) => c.key === key)?.header ?? key;
}

function TableRow({ table, binding }: { table: TableDef; binding: TableBinding | undefined }) {
  const styles = useStyles();
  return (
    <li className={styles.item} aria-label={`${table.name} table`}>
      <div className={styles.line}>
        <Body1>
          <strong>{table.name}</strong>
        </Body1>
        {binding !== undefined ? (
          <Badge appearance="tint" color={binding.missingRequired.length > 0 ? "warning" : "success"}>
            {binding.missingRequired.length > 0 ? "Incomplete" : "Recognised"}
          </Badge>
        ) : (
          <Badge appearance="tint" color={table.required === true ? "danger" : "informative"}>
            {table.required === true ? "Missing (required)" : "Not found (optional)"}
          </Badge>
        )}
      </div>
      {binding !== undefined && (
        <Caption1>
          Sheet “{binding.sheet}”, header row {binding.headerRow}
        </Caption1>
      )}
      {binding !== undefined && binding.missingRequired.length > 0 && (
        <Caption1>
          Missing required columns: {binding.missingRequired.map((k) => columnHeader(table, k)).join(", ")}
        </Caption1>
      )}
    </li>
  );
}

export function HomeView({ state, dispatch, now }: ViewProps) {
  const styles = useStyles();
  const gateway = useGateway();
  const { template } = resolveTemplate(state.prefs.templateText);
  const result = state.check.result;
  const running = state.check.status === "running";
  const check = () => void runCheck(gateway, state.prefs, state.asOf, dispatch);
  const saveAndCheck = async () => {
    if (await savePreferences(gateway, state.prefs, state.asOf, dispatch, now())) check();
  };

  const bound = new Map((result?.bindings ?? []).map((b) => [b.table, b]));
  const boundSheets = new Set((result?.bindings ?? []).map((b) => b.sheet));
  const mapping = state.prefs.mapping;
  // Sheets the PMO can map: those not recognised, plus any already mapped by hand.
  const mappable = (result?.sheetNames ?? []).filter(
    (s) => !boundSheets.has(s) || mappingFor(mapping, s)?.table !== undefined,
  );
  const incomplete = (result?.bindings ?? []).filter((b) => b.missingRequired.length > 0);

  return (
    <>
      <Body1>
        PMO Pulse reads the tracker sheets in this workbook (Projects, Milestones, Risks, Resources, …),
        checks them against the {template.name} and writes a dashboard next to them.
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={check} disabled={running}>
          Check workbook
        </Button>
        {running && <Spinner size="tiny" label="Reading the workbook…" />}
      </div>
      {state.check.status === "failed" && state.check.error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.check.error}</MessageBarBody>
        </MessageBar>
      )}
      {result !== null && (
        <>
          <Subtitle2 as="h2">Tracker tables in {result.file}</Subtitle2>
          <ul className={styles.list} aria-label="Tracker tables">
            {template.tables.map((t) => (
              <TableRow key={t.key} table={t} binding={bound.get(t.key)} />
            ))}
          </ul>
          {(mappable.length > 0 || incomplete.length > 0) && (
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
            </>
          )}
        </>
      )}
      <TrackerTools prefs={state.prefs} asOf={state.asOf} />
    </>
  );
}
