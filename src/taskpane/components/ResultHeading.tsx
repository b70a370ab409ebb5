/** A subtitle-sized h2 that can take focus (tabIndex -1): where focus lands when a new result arrives. */
import { makeStyles, typographyStyles } from "@fluentui/react-components";
import type { ReactNode, RefObject } from "react";

const useStyles = makeStyles({ heading: { ...typographyStyles.subtitle2, margin: 0, outlineOffset: "2px" } });

export function ResultHeading({
  headingRef,
  children,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <h2 ref={headingRef} tabIndex={-1} className={styles.heading}>
      {children}
    </h2>
  );
}
