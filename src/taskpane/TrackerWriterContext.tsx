/**
 * The .xlsx writer "New tracker" renders its plan with. The pane bundle holds no file writer yet, so
 * the host page provides one (a test passes a double); without one, New tracker says it is unavailable.
 */
import type { ReactNode } from "react";
import { createContext, useContext } from "react";
import type { TrackerFileWriter } from "../workflow/trackerStructure";

const TrackerWriterContext = createContext<TrackerFileWriter | null>(null);

export function TrackerWriterProvider({
  write,
  children,
}: {
  write: TrackerFileWriter;
  children: ReactNode;
}) {
  return <TrackerWriterContext.Provider value={write}>{children}</TrackerWriterContext.Provider>;
}

export function useTrackerWriter(): TrackerFileWriter | null {
  return useContext(TrackerWriterContext);
}
