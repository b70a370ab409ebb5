/**
 * The .xlsx writer "New tracker" renders its plan with: the portable writer (src/xlsx/write) unless
 * a test provides a double.
 */
import type { ReactNode } from "react";
import { createContext, useContext } from "react";
import { writeTrackerBytes, type TrackerFileWriter } from "../workflow/trackerStructure";

const TrackerWriterContext = createContext<TrackerFileWriter>(writeTrackerBytes);

export function TrackerWriterProvider({
  write,
  children,
}: {
  write: TrackerFileWriter;
  children: ReactNode;
}) {
  return <TrackerWriterContext.Provider value={write}>{children}</TrackerWriterContext.Provider>;
}

export function useTrackerWriter(): TrackerFileWriter {
  return useContext(TrackerWriterContext);
}
