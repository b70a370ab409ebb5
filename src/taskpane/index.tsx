// Task pane entry: mounts the React app inside the single FluentProvider once Office.js is ready.
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { GatewayProvider } from "./GatewayContext";
import { createOfficeGateway } from "../workflow/gateway";
import { fluentThemeFor } from "./officeTheme";

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (container === null)
    throw new Error("taskpane.html has no element with id 'container' to mount PMO Pulse in");
  // Outside Office (the browser harness) there is no context and the light theme is used.
  const officeTheme =
    typeof Office.context === "object" && Office.context !== null ? Office.context.officeTheme : undefined;
  createRoot(container).render(
    <FluentProvider theme={fluentThemeFor(officeTheme)}>
      <GatewayProvider gateway={createOfficeGateway()}>
        <App />
      </GatewayProvider>
    </FluentProvider>,
  );
});
