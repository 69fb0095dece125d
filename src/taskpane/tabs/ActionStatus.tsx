import { useEffect, useRef, useState } from "react";
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { describeWordError } from "../word-errors";

/** The outcome of a tab's last action, shown under its buttons; null when there is nothing to say. */
export type Status = { intent: "success" | "error" | "warning"; text: string } | null;

/**
 * A tab's action on the document: the tab is busy while it runs, and its outcome becomes the status — or, when
 * Word fails, a sentence the principal can act on (word-errors.ts).
 */
export function useDocumentAction() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  async function run(action: () => Promise<Status>): Promise<void> {
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ intent: "error", text: describeWordError(error) });
    } finally {
      setBusy(false);
    }
  }

  return { busy, status, setStatus, run };
}

const useStyles = makeStyles({
  // Room above and below when scrolled to, so the message does not stick to the pane's edge.
  region: { scrollMarginBlock: tokens.spacingVerticalL },
});

/**
 * The outcome, in a live region that is always in the page (screen readers announce changes of a region they
 * already know, not a region inserted with its text): errors assertively, other outcomes politely. A new outcome is
 * scrolled into view, so the principal sees what happened in a short pane without scrolling.
 */
export function ActionStatus({ status, multiline = false }: { status: Status; multiline?: boolean }) {
  const styles = useStyles();
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = region.current;
    if (!status || !element) return;
    element.scrollIntoView({ block: "nearest" });
    // The message bar settles its layout after it is drawn (it wraps onto more lines in a narrow pane): follow it.
    const observer = new ResizeObserver(() => element.scrollIntoView({ block: "nearest" }));
    observer.observe(element);
    return () => observer.disconnect();
  }, [status]);
  return (
    <div
      ref={region}
      className={styles.region}
      aria-live={status?.intent === "error" ? "assertive" : "polite"}
      aria-atomic="true"
      data-action-status
    >
      {status ? (
        <MessageBar intent={status.intent} layout={multiline ? "multiline" : "auto"}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
