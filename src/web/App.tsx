/** Cải Tiến trên web: the district's batch review and, for principals without the add-in, check, report, new plan, catalog. */
import { Suspense, lazy, useState } from "react";
import { Body1, Caption1, Spinner, Tab, TabList, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { BookSearchRegular, DocumentAddRegular, DocumentCheckmarkRegular, TaskListSquareLtrRegular } from "@fluentui/react-icons";

// Each panel carries its own logic (catalog data, the reader, the writer): the shell renders before any of it loads.
const PANELS = {
  batch: lazy(() => import(/* webpackChunkName: "web-batch" */ "./batch/BatchReview")),
  single: lazy(() => import(/* webpackChunkName: "web-single" */ "./principal/SinglePlan")),
  newPlan: lazy(() => import(/* webpackChunkName: "web-new-plan" */ "./principal/NewPlan")),
  catalog: lazy(() => import(/* webpackChunkName: "web-catalog" */ "./principal/CatalogBrowser")),
};

type PanelId = keyof typeof PANELS;

const TABS: { id: PanelId; label: string; Icon: typeof TaskListSquareLtrRegular }[] = [
  { id: "batch", label: "Kiểm tra hàng loạt", Icon: TaskListSquareLtrRegular },
  { id: "single", label: "Kiểm tra một kế hoạch", Icon: DocumentCheckmarkRegular },
  { id: "newPlan", label: "Lập kế hoạch mới", Icon: DocumentAddRegular },
  { id: "catalog", label: "Tra cứu tiêu chí", Icon: BookSearchRegular },
];

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL} 0`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  privacy: { color: tokens.colorNeutralForeground2 },
  tabs: { padding: `0 ${tokens.spacingHorizontalXL}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, flexWrap: "wrap" },
  main: { flex: 1, padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}` },
  footer: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`, color: tokens.colorNeutralForeground3 },
});

export function App() {
  const styles = useStyles();
  const [selected, setSelected] = useState<PanelId>("batch");
  const Panel = PANELS[selected];
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title2 as="h1">Cải Tiến trên web</Title2>
        <Body1>Kiểm tra kế hoạch cải tiến chất lượng giáo dục của các trường, không cần Word hay cài đặt.</Body1>
        <Body1 className={styles.privacy} data-testid="privacy-note">
          Mọi tài liệu chỉ được đọc trên máy này: không tài liệu nào rời khỏi máy, trang không gửi gì lên mạng và vẫn dùng được khi mất mạng sau lần mở đầu tiên.
        </Body1>
      </header>
      <nav aria-label="Chức năng">
        <TabList className={styles.tabs} selectedValue={selected} onTabSelect={(_, data) => setSelected(data.value as PanelId)}>
          {TABS.map((tab) => (
            <Tab key={tab.id} value={tab.id} id={`tab-${tab.id}`} aria-controls="web-panel" icon={<tab.Icon />}>
              {tab.label}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main}>
        <div role="tabpanel" id="web-panel" aria-labelledby={`tab-${selected}`}>
          <Suspense fallback={<Spinner size="small" label="Đang tải…" />}>
            <Panel />
          </Suspense>
        </div>
      </main>
      <footer className={styles.footer}>
        <Caption1>Cải Tiến {__APP_VERSION__}</Caption1>
      </footer>
    </div>
  );
}
