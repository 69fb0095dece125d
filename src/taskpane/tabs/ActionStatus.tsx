import { useState } from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
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

/** Errors are alerts (read out at once); other outcomes are polite status messages. */
export function ActionStatus({ status, multiline = false }: { status: Status; multiline?: boolean }) {
  if (!status) return null;
  return (
    <MessageBar intent={status.intent} role={status.intent === "error" ? "alert" : "status"} layout={multiline ? "multiline" : "auto"}>
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}
