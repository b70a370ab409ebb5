/**
 * What a screen reader hears as the pane works: results, errors, build progress and saves, taken
 * from the change between two states (pure, so it is tested without React) and spoken through
 * Fluent's announcer (`useAnnounce`, provided by <AriaLiveAnnouncer> in index.tsx).
 */
import { useAnnounce } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { consolidateProgressText, consolidating } from "./consolidateState";
import type { PaneState } from "./state";
import { BUILD_STEPS, SEVERITIES, countBySeverity, hasNoTracker, plural, severityCount } from "./state";

/** "14 findings: 8 errors, 5 warnings, 1 info" or "No findings". */
export function findingsSummary(state: PaneState): string {
  const findings = state.check.result?.findings ?? [];
  if (findings.length === 0) return "No findings: the trackers follow the template.";
  const counts = countBySeverity(findings);
  return `${plural(findings.length, "finding")}: ${SEVERITIES.map((s) => severityCount(s, counts[s])).join(", ")}`;
}

function checkAnnouncement(prev: PaneState, next: PaneState): string | null {
  if (next.check.runs === prev.check.runs) return null;
  if (next.check.status === "failed") return `Check failed. ${next.check.error ?? ""}`;
  const result = next.check.result;
  if (result === null || next.build.status === "running" || consolidating(next.consolidate)) return null;
  return hasNoTracker(result)
    ? "No tracker sheet was found in this workbook."
    : `Check done. ${findingsSummary(next)}.`;
}

function buildAnnouncement(prev: PaneState, next: PaneState): string | null {
  const b = next.build;
  if (b.status === "running" && (prev.build.status !== "running" || prev.build.step !== b.step)) {
    return `Building, step ${b.step + 1} of ${BUILD_STEPS.length}: ${BUILD_STEPS[b.step] ?? ""}`;
  }
  if (b.status === "done" && prev.build.status !== "done") {
    return `Dashboard written: ${plural(b.sheets.length, "sheet")}.`;
  }
  if (b.status === "failed" && prev.build.status !== "failed" && b.failure !== null) {
    return `The dashboard was not built. ${b.failure.message}`;
  }
  return null;
}

/** Each file as it is read ("Reading 12 of 40: north.xlsx"), each later step, and how it ended. */
function consolidateAnnouncement(prev: PaneState, next: PaneState): string | null {
  const [was, now] = [prev.consolidate, next.consolidate];
  if (consolidating(now)) {
    const text = consolidateProgressText(now);
    return consolidating(was) && text === consolidateProgressText(was) ? null : text;
  }
  if (now.status === was.status) return null;
  if (now.status === "cancelled") return "Consolidation cancelled. The workbook was not changed.";
  if (now.status === "failed" && now.failure !== null)
    return `The trackers were not consolidated. ${now.failure.message}`;
  if (now.status === "done" && now.result !== null) {
    const read = now.result.files.length - now.result.unreadable.length;
    const notRead = now.result.unreadable.length;
    return (
      `Consolidated ${plural(read, "workbook")}${notRead > 0 ? `; ${plural(notRead, "file")} could not be read` : ""}. ` +
      `Dashboard written: ${plural(now.result.sheets.length, "sheet")}.`
    );
  }
  return null;
}

export function announcementFor(prev: PaneState, next: PaneState): string | null {
  if (next.notice !== null && next.notice !== prev.notice) return next.notice.text;
  if (next.prefsSavedAt !== null && next.prefsSavedAt !== prev.prefsSavedAt)
    return "Settings saved in this workbook.";
  return (
    consolidateAnnouncement(prev, next) ?? buildAnnouncement(prev, next) ?? checkAnnouncement(prev, next)
  );
}

/** Speaks each new announcement (politely; errors are also focused where they appear). */
export function usePaneAnnouncements(state: PaneState): void {
  const { announce } = useAnnounce();
  const previous = useRef(state);
  useEffect(() => {
    const text = announcementFor(previous.current, state);
    previous.current = state;
    if (text !== null) announce(text, { polite: true });
  }, [state, announce]);
}
