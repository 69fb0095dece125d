import { Suspense, lazy, useState } from "react";
import { Caption1, Link, Spinner, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { HostInfo } from "../word";
import { TABS, type TabId } from "./tabs/tab-list";

// The panels carry the catalog and the document logic; loading them after the shell keeps the first render fast.
const TabPanels = lazy(() => import("./tabs/TabPanels"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100%", minHeight: 0 },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  tabs: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, flexWrap: "wrap" },
  panel: { flex: 1, overflowY: "auto", padding: tokens.spacingHorizontalL },
  footer: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
  },
});

export function App({ host }: { host: Extract<HostInfo, { kind: "word" }> }) {
  const styles = useStyles();
  const [selected, setSelected] = useState<TabId>(TABS[0].id);
  const current = TABS.find((tab) => tab.id === selected) ?? TABS[0];

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">Cải Tiến</Title3>
        <Caption1>Kế hoạch cải tiến chất lượng giáo dục</Caption1>
      </header>
      <nav aria-label="Chức năng">
        <TabList
          className={styles.tabs}
          selectedValue={selected}
          onTabSelect={(_, data) => setSelected(data.value as TabId)}
          size="small"
        >
          {TABS.map((tab) => (
            <Tab key={tab.id} value={tab.id} id={`tab-${tab.id}`} aria-controls={`panel-${tab.id}`} icon={<tab.Icon />}>
              {tab.label}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.panel}>
        <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
          <Suspense fallback={<Spinner size="small" label="Đang tải…" />}>
            <TabPanels selected={current.id} host={host} />
          </Suspense>
        </div>
      </main>
      <footer className={styles.footer}>
        <Caption1>
          Phiên bản {__APP_VERSION__} · Word API {host.wordApi14 ? "1.4" : "1.3"} ·{" "}
          {/* The page beside the pane on the same site: the district's batch review and the check without Word. */}
          <Link href="web.html" target="_blank" rel="noopener">
            Mở Cải Tiến trên web
          </Link>
        </Caption1>
      </footer>
    </div>
  );
}
