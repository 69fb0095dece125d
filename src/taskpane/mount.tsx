import { createRoot } from "react-dom/client";
import { TaskpaneRoot } from "./TaskpaneRoot";

/** Renders the task pane into `container`. The host (real Word or the preview's fake) must already be installed. */
export function mountTaskpane(container: HTMLElement): void {
  createRoot(container).render(<TaskpaneRoot />);
}
