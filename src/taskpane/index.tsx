// Task pane entry: mounts the React app inside the single FluentProvider once Office.js is ready.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (container === null)
    throw new Error("taskpane.html has no element with id 'container' to mount PMO Pulse in");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
});
