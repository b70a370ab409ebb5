import type { PaneAction, PaneState } from "../state";

/** What every view gets from App. */
export interface ViewProps {
  readonly state: PaneState;
  readonly dispatch: (action: PaneAction) => void;
  readonly now: () => Date;
  /** The Office display locale, for dates and times shown in the pane. */
  readonly locale: string;
}
