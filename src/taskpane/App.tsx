/** The task pane: five views behind a tab list, state in one reducer, Excel behind the gateway. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useReducer } from "react";
import { useGateway } from "./GatewayContext";
import { defaultAsOf } from "../workflow/runDates";
import { errorMessage } from "../workflow/errorMessage";
import { loadPreferences } from "../workflow/engine";
import type { RunChoices } from "../excel/runChoices";
import { usePaneAnnouncements } from "./announcements";
import { PaneTabs } from "./components/PaneTabs";
import { officeLocale } from "./locale";
import type { ViewId } from "./state";
import { initialState, paneReducer } from "./state";
import { BuildView } from "./views/BuildView";
import { HelpView } from "./views/HelpView";
import { HomeView } from "./views/HomeView";
import { SettingsView } from "./views/SettingsView";
import { ValidateView } from "./views/ValidateView";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

const VIEWS: readonly { readonly id: ViewId; readonly label: string }[] = [
  { id: "home", label: "Home" },
  { id: "validate", label: "Validate" },
  { id: "build", label: "Build" },
  { id: "settings", label: "Settings" },
  { id: "help", label: "Help" },
];

export interface AppProps {
  /** The clock, for the default as-of date (tests pass a fixed one). */
  readonly now?: () => Date;
  /** The locale dates are shown in; by default Office's display language. */
  readonly locale?: string;
}

/** The stored preferences and the last build's choices; either failing falls back to defaults with a reason. */
async function loadStored(gateway: ReturnType<typeof useGateway>) {
  const [loaded, run] = await Promise.all([
    loadPreferences(gateway).catch((error: unknown) => ({
      prefs: initialState("").prefs,
      problems: [errorMessage(error)],
    })),
    gateway.loadRunChoices().catch((): RunChoices | undefined => undefined),
  ]);
  return { ...loaded, ...(run !== undefined ? { run } : {}) };
}

export function App({ now = () => new Date(), locale = officeLocale() }: AppProps) {
  const styles = useStyles();
  const gateway = useGateway();
  const [state, dispatch] = useReducer(paneReducer, undefined, () => initialState(defaultAsOf(now())));
  usePaneAnnouncements(state);

  useEffect(() => {
    let live = true;
    void loadStored(gateway).then((stored) => {
      if (live) dispatch({ type: "prefsLoaded", ...stored });
    });
    return () => {
      live = false;
    };
  }, [gateway]);

  const props = { state, dispatch, now, locale };
  return (
    <main className={styles.root}>
      <Title2 as="h1">PMO Pulse</Title2>
      <PaneTabs
        tabs={VIEWS}
        selected={state.view}
        label="PMO Pulse views"
        onSelect={(view) => dispatch({ type: "viewSelected", view })}
      />
      {state.prefsProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Some stored settings were not used</MessageBarTitle>
            {state.prefsProblems.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      <section
        id={`panel-${state.view}`}
        role="tabpanel"
        aria-labelledby={`tab-${state.view}`}
        className={styles.panel}
      >
        {state.view === "home" && <HomeView {...props} />}
        {state.view === "validate" && <ValidateView {...props} />}
        {state.view === "build" && <BuildView {...props} />}
        {state.view === "settings" && <SettingsView {...props} />}
        {state.view === "help" && <HelpView />}
      </section>
    </main>
  );
}
