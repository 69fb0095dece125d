/** The outcome of an action on the web page, in a live region that is always present so screen readers hear it. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface Status {
  intent: "error" | "success";
  text: string;
}

export function StatusMessage({ status }: { status: Status | null }) {
  return (
    <div role="status">
      {status && (
        <MessageBar intent={status.intent}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
