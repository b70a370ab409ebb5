/**
 * A small action's message, shown where the action was (next to its button or finding) and given
 * focus when it appears, so a keyboard or screen-reader user lands on it and a sighted user sees it
 * without scrolling. Dismissable; any new action replaces it.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { NoticePlace, PaneAction, PaneState } from "../state";

const useStyles = makeStyles({ bar: { outlineOffset: "2px" } });

export interface PlacedNoticeProps {
  readonly state: PaneState;
  readonly dispatch: (action: PaneAction) => void;
  readonly place: NoticePlace;
}

export function PlacedNotice({ state, dispatch, place }: PlacedNoticeProps) {
  const styles = useStyles();
  const notice = state.notice?.place === place ? state.notice : null;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice !== null) ref.current?.focus();
  }, [notice]);
  if (notice === null) return null;
  return (
    <MessageBar ref={ref} tabIndex={-1} className={styles.bar} intent={notice.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{notice.intent === "error" ? "Not done" : "Done"}</MessageBarTitle>
        {notice.text}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" onClick={() => dispatch({ type: "noticeDismissed" })}>
            Dismiss
          </Button>
        }
      />
    </MessageBar>
  );
}
