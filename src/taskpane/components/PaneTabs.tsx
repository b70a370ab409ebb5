/**
 * The pane's tab list, written here rather than Fluent's TabList: Fluent's keeps arrow-key focus
 * with Tabster's hidden focus helpers (`<i tabindex="0" aria-hidden="true">`), which axe reports as
 * aria-hidden-focus. This is the WAI-ARIA tabs pattern with a roving tabindex and no helpers:
 * arrow keys (and Home/End) move focus, Enter or Space selects (manual activation).
 */
import { makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import { useRef } from "react";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXXS },
  tab: {
    ...typographyStyles.body1,
    minHeight: "32px",
    minWidth: "44px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThick} solid transparent`,
    borderRadius: 0,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  selected: {
    ...typographyStyles.body1Strong,
    color: tokens.colorNeutralForeground1,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

export interface PaneTab<T extends string> {
  readonly id: T;
  readonly label: string;
}

export interface PaneTabsProps<T extends string> {
  readonly tabs: readonly PaneTab<T>[];
  readonly selected: T;
  readonly onSelect: (id: T) => void;
  readonly label: string;
}

export function PaneTabs<T extends string>({ tabs, selected, onSelect, label }: PaneTabsProps<T>) {
  const styles = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const target =
      event.key === "ArrowRight" || event.key === "ArrowDown"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft" || event.key === "ArrowUp"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    refs.current[target]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} aria-orientation="horizontal" className={styles.list}>
      {tabs.map((tab, index) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={isSelected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
