import { Spinner, Title2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
});

/** The task pane's root: the product name above the loading state until the workbook has been read. */
export function App() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">PMO Pulse</Title2>
      <Spinner size="small" label="Loading…" />
    </main>
  );
}
