import type { ComponentType } from "react";
import { CatalogChoiceProvider } from "../catalog-choice";
import { CatalogTab } from "./CatalogTab";
import { CheckTab } from "./CheckTab";
import { PlanTab } from "./PlanTab";
import { ReportTab } from "./ReportTab";
import type { TabId, TabPanelProps } from "./tab-list";

const PANELS: Record<TabId, ComponentType<TabPanelProps>> = {
  plan: PlanTab,
  catalog: CatalogTab,
  check: CheckTab,
  report: ReportTab,
};

/** The panels and the choices they share (school type, framework), kept mounted while the user switches tabs. */
export default function TabPanels({ selected, host }: TabPanelProps & { selected: TabId }) {
  const Panel = PANELS[selected];
  return (
    <CatalogChoiceProvider>
      <Panel host={host} />
    </CatalogChoiceProvider>
  );
}
