// Task pane entry: mounts the React app inside the single FluentProvider once Office.js is ready.
import { AriaLiveAnnouncer, FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { GatewayProvider } from "./GatewayContext";
import { createOfficeGateway } from "../workflow/gateway";
import { applyPageTheme, fluentThemeFor, isDarkOfficeTheme } from "./officeTheme";

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (container === null)
    throw new Error("taskpane.html has no element with id 'container' to mount PMO Pulse in");
  // Outside Office (the browser harness) there is no context: the browser's colour scheme decides.
  const officeTheme =
    typeof Office.context === "object" && Office.context !== null ? Office.context.officeTheme : undefined;
  const prefersDark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  const theme = fluentThemeFor(officeTheme, prefersDark);
  applyPageTheme(document, theme, isDarkOfficeTheme(officeTheme, prefersDark));
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <AriaLiveAnnouncer>
        <GatewayProvider gateway={createOfficeGateway()}>
          <App />
        </GatewayProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>,
  );
});
