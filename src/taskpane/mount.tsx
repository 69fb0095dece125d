import { createRoot } from "react-dom/client";
import { TaskpaneRoot } from "./TaskpaneRoot";

/**
 * Renders the task pane into `container`. The host (real Word or the preview's fake) must already be installed.
 * Returns a function that unmounts it (the preview mounts a fresh pane per opened document, as Word does).
 */
export function mountTaskpane(container: HTMLElement): () => void {
  const root = createRoot(container);
  root.render(<TaskpaneRoot />);
  return () => root.unmount();
}
