import { useState } from "react";
import {
  Button,
  Caption1,
  Field,
  Label,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TableAddRegular, TableInsertRowRegular } from "@fluentui/react-icons";
import { generationOf, newPlanBlocks, planCriterionRowsInDocument, targetLevels, type Layout } from "../../core/tables";
import { useCatalogChoice } from "../catalog-choice";
import { snapshotModel } from "../snapshot-model";
import { CatalogPickers } from "../catalog/CatalogPickers";
import { CriteriaChecklist } from "../plan/CriteriaChecklist";
import { describeBlocks } from "../plan/plan-summary";
import { placementText } from "../plan/placement-text";
import { useWordApi } from "../word-api-context";
import { ActionStatus, useDocumentAction } from "./ActionStatus";
import type { TabPanelProps } from "./tab-list";
import { TabIntro } from "./TabIntro";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  summary: {
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

const FORM_DESCRIPTION = {
  "2026": "Mẫu Biểu 2 của Thông tư 57/2026: bảng IV (vấn đề trọng tâm), bảng V (kế hoạch, 10 cột) và bảng VI (theo dõi).",
  "2018": "Mẫu 9 cột các trường dùng theo các thông tư năm 2018: dòng mức, dòng tiêu chuẩn, dòng tiêu chí.",
} as const;

export function PlanTab(_props: TabPanelProps) {
  const styles = useStyles();
  const wordApi = useWordApi();
  const { catalog, framework, schoolType } = useCatalogChoice();
  const levels = targetLevels(catalog);
  const [level, setLevel] = useState(2);
  const [criteria, setCriteria] = useState<string[]>([]);
  const [layout, setLayout] = useState<Layout>({ orientation: "landscape", fontSizePt: 13 });
  const { busy, status, run } = useDocumentAction();

  const generation = generationOf(framework);
  const targetLevel = levels.includes(level) ? level : (levels[levels.length - 1] ?? 1);
  // Codes of another framework are dropped when the user switches catalogs.
  // (Cheap: a plan has at most 28 criteria, so nothing here needs memoising.)
  const chosen = criteria.filter((code) => catalog.standards.some((s) => s.criteria.some((c) => c.code === code)));
  const blocks = chosen.length ? newPlanBlocks({ framework, schoolType, targetLevel, criteria: chosen }) : [];

  function addToExisting() {
    return run(async () => {
      const result = await wordApi.editPlanTable((snapshot) =>
        planCriterionRowsInDocument(snapshotModel(snapshot), snapshot.tables, snapshot.cursorTable, { catalog, criteria: chosen, targetLevel }),
      );
      return result.applied
        ? { intent: "success", text: [`Đã thêm ${result.rowsInserted} dòng vào bảng kế hoạch; các dòng đã có giữ nguyên.`, ...result.notes].join(" ") }
        : { intent: "error", text: result.error };
    });
  }

  function insert() {
    return run(async () => {
      const placement = await wordApi.insertBlocksAfterSelection(blocks, layout);
      return { intent: "success", text: `Đã chèn kế hoạch mới (${describeBlocks(blocks)}) ${placementText(placement)}` };
    });
  }

  return (
    <div className={styles.root}>
      <TabIntro title="Bảng kế hoạch">
        Chọn cấp học, khung tiêu chí và các tiêu chí cần cải tiến; Cải Tiến chèn bảng kế hoạch đúng mẫu tại chỗ con trỏ,
        hoặc thêm các tiêu chí vào bảng kế hoạch đã có (bảng có con trỏ, hoặc bảng kế hoạch duy nhất) mà không sửa các dòng cũ.
      </TabIntro>
      <CatalogPickers />
      <Caption1>{FORM_DESCRIPTION[generation]}</Caption1>
      <Field label="Mức cần đạt">
        <RadioGroup layout="horizontal" value={String(targetLevel)} onChange={(_, data) => setLevel(Number(data.value))}>
          {levels.map((l) => (
            <Radio key={l} value={String(l)} label={`Mức ${l}`} />
          ))}
        </RadioGroup>
      </Field>
      {/* Not a <Field>: Field gives its one control id to every checkbox inside it, breaking their labels. */}
      <section aria-labelledby="plan-criteria-label">
        <Label id="plan-criteria-label" weight="semibold">
          Tiêu chí cần cải tiến
        </Label>
        <CriteriaChecklist catalog={catalog} selected={chosen} onChange={setCriteria} />
      </section>
      <div className={styles.row}>
        <Field label="Khổ giấy">
          <RadioGroup
            layout="horizontal"
            value={layout.orientation}
            onChange={(_, data) => setLayout({ ...layout, orientation: data.value === "portrait" ? "portrait" : "landscape" })}
          >
            <Radio value="landscape" label="A4 ngang" />
            <Radio value="portrait" label="A4 dọc" />
          </RadioGroup>
        </Field>
        <Field label="Cỡ chữ">
          <RadioGroup
            layout="horizontal"
            value={String(layout.fontSizePt)}
            onChange={(_, data) => setLayout({ ...layout, fontSizePt: data.value === "12" ? 12 : 13 })}
          >
            <Radio value="13" label="13" />
            <Radio value="12" label="12" />
          </RadioGroup>
        </Field>
      </div>
      <div className={styles.summary} aria-live="polite">
        <Caption1>{blocks.length ? `Sẽ chèn: ${describeBlocks(blocks)}.` : "Chọn ít nhất một tiêu chí để tạo bảng."}</Caption1>
      </div>
      <Button appearance="primary" icon={<TableAddRegular />} disabled={busy || blocks.length === 0} onClick={() => void insert()}>
        Chèn kế hoạch mới tại con trỏ
      </Button>
      <Button icon={<TableInsertRowRegular />} disabled={busy || chosen.length === 0} onClick={() => void addToExisting()}>
        Thêm tiêu chí vào bảng kế hoạch đã có
      </Button>
      {busy ? <Spinner size="tiny" label="Đang chèn bảng vào tài liệu…" /> : null}
      <ActionStatus status={status} />
    </div>
  );
}
