import type { ReactNode } from "react";
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
});

/** The heading and one-paragraph purpose shown at the top of every tab. */
export function TabIntro({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.root}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      <Body1>{children}</Body1>
    </section>
  );
}
