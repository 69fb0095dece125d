// The manifest's FunctionFile: the ribbon button only opens the task pane (ShowTaskpane), so this page just
// has to finish initialising Office for the host to consider it loaded.
import { connectToOffice } from "../word/office-host";

void connectToOffice();
